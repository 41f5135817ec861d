/// A kommune and everything it publishes.
public struct Municipality: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let website: WebURL
    public let description: String?
    public let accessibilityStatement: WebURL?
    /// Whom to call in opening hours.
    public let urgentContact: Reference
    /// Who answers outside them (a døgnvagt, the police, a 24-hour hotline).
    public let afterHoursContact: Reference
    public let police: Reference?
    public let plan: Plan?
    public let contacts: [Contact]
    public let cards: [ActionCard]
    public let actionPlan: ActionPlan?
    public let location: SourceLocation
}

/// The whole content, typed and checked for shape; references still unresolved.
public struct Site: Sendable {
    public let settings: SiteSettings
    public let organisations: [Organisation]
    public let situations: [Situation]
    public let audiences: [Audience]
    public let terms: [GlossaryTerm]
    public let pages: [FreePage]
    public let municipalities: [Municipality]
    /// Things whose files exist but could not be read (already reported), as
    /// `kommune:<id>`, `plan:<id>`, `kort:<kommune>/<id>`, `begreb:<id>`, `side:<id>`.
    /// Links to them are not reported again: one defect, one error.
    public let unreadable: Set<String>
}
