/// One action card: what a professional does now, for an audience and a worry.
public struct ActionCard: Sendable, Identifiable {
    public enum AgeGroup: String, Sendable, CaseIterable {
        case under18 = "under-18"
        case over18 = "over-18"
        case all = "alle"

        /// The key of the label among the interface texts (`strings/<sprog>.yaml`).
        public var textKey: String {
            switch self {
            case .under18: "ageUnder18"
            case .over18: "ageOver18"
            case .all: "ageAll"
            }
        }

    }

    public let id: String
    public let title: String
    public let summary: String
    public let audiences: [Reference]
    public let situations: [Reference]
    public let age: AgeGroup
    public let contacts: [Reference]
    public let updated: Day
    /// Anchors of the plan sections the card's procedure rests on (`bygger_paa`).
    public let basis: [Reference]
    public let body: MarkdownText
    public let location: SourceLocation
    /// `kladde: ja`: shown by `serve`, `check` and `build --kladder`, never published.
    public internal(set) var isDraft = false
    /// By language code.
    public var translations: [String: Translation] = [:]
}
