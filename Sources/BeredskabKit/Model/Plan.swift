/// A kommune's beredskabsplan (`plan.md`).
public struct Plan: Sendable {
    public let title: String
    /// Only the dates the plan itself gives: nothing is filled in.
    public let dates: PlanDates
    /// Barnets lov § 15, stk. 3: revised at least every fourth year; nil when the
    /// plan gives no date to count from.
    public let reviseBy: Day?
    public let responsible: String
    public let summary: String
    public let body: MarkdownText
    public let location: SourceLocation

    /// The latest revision date the law allows for a plan dated `start`.
    public static func legalRevisionDate(from start: Day) -> Day { start.adding(years: 4) }
}

/// The dates a plan states about itself: when it was adopted (and by whom), and
/// when it applies from. Some plans give one, some both, some neither.
public struct PlanDates: Sendable, Hashable {
    public let adopted: Day?
    public let adoptedBy: String?
    public let inForce: Day?

    public init(adopted: Day? = nil, adoptedBy: String? = nil, inForce: Day? = nil) {
        self.adopted = adopted
        self.adoptedBy = adoptedBy
        self.inForce = inForce
    }

    /// The date the revision deadline counts from: the adoption, else the date it applies from.
    public var start: Day? { adopted ?? inForce }
}
