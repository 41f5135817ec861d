/// `handleplan.yaml`: a kommune's action plan with goals per track and yearly status.
public struct ActionPlan: Sendable {
    public enum Assessment: String, Sendable, CaseIterable {
        case achieved = "naaet"
        case partly = "delvist"
        case notAchieved = "ikke-naaet"

        public var label: String {
            switch self {
            case .achieved: "Nået"
            case .partly: "Delvist nået"
            case .notAchieved: "Ikke nået"
            }
        }
    }

    public struct Status: Sendable {
        public let year: Int
        public let result: Double?
        public let assessment: Assessment
        public let text: String?
    }

    public struct Goal: Sendable {
        public let id: String
        public let text: String
        public let target: Double?
        public let unit: String?
        public let statuses: [Status]
    }

    public struct Track: Sendable {
        public let id: String
        public let name: String
        public let description: String?
        public let goals: [Goal]
    }

    public struct PastInitiative: Sendable {
        public let name: String
        public let goal: String?
        public let target: Double?
        public let result: Double?
        public let assessment: Assessment?
        public let status: String?
    }

    public struct History: Sendable {
        public let period: String
        public let title: String
        public let source: String?
        public let initiatives: [PastInitiative]
    }

    public let title: String
    public let responsible: String?
    public let periodFrom: Int
    public let periodTo: Int
    public let summary: String?
    public let budget: String?
    public let source: String?
    public let tracks: [Track]
    public let history: [History]
    public let location: SourceLocation
}
