/// A row of a kommune's contact table.
public struct Contact: Sendable, Identifiable {
    public enum Visibility: String, Sendable {
        /// Shown on every build.
        case everyone = "offentlig"
        /// Only in the intranet build: direct lines, staff names.
        case intranetOnly = "intern"
    }

    public let id: String
    public let name: String
    public let role: String
    public let unit: String?
    public let phones: [PhoneNumber]
    public let email: EmailAddress?
    public let openingHours: String?
    public let alwaysOpen: Bool
    public let visibility: Visibility
    /// The day someone last checked the details; nil when nobody did (a plan's own date belongs in `source`).
    public let verified: Day?
    public let source: String
    public let note: String?
    public let location: SourceLocation

    /// The columns of a contact table (the keys of a YAML contact), in their order.
    static let columns = ["id", "navn", "rolle", "enhed", "telefon", "email", "aabningstid", "doegnaaben",
                          "synlighed", "verificeret", "kilde", "note"]
    static let requiredColumns = ["id", "navn", "rolle", "kilde"]
}
