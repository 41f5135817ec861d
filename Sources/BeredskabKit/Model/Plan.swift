/// A kommune's beredskabsplan (`plan.md`).
public struct Plan: Sendable {
    public let title: String
    public let adopted: Day
    public let adoptedBy: String
    /// Barnets lov § 15, stk. 3: revised at least every fourth year.
    public let reviseBy: Day
    public let responsible: String
    public let summary: String
    public let body: MarkdownText
    public let location: SourceLocation

    /// The latest revision date the law allows for a plan adopted on `adopted`.
    public static func legalRevisionDate(adopted: Day) -> Day { adopted.adding(years: 4) }
}
