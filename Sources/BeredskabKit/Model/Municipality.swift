/// A kommune and everything it publishes.
public struct Municipality: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let website: WebURL
    public let description: String?
    public let accessibilityStatement: WebURL?
    /// Whom to call in opening hours.
    public let urgentContact: Reference
    /// Who answers outside them (a døgnvagt, the police, a 24-hour hotline); nil
    /// when the plan names no one, and the site then says so and shows 112 and 114.
    public let afterHoursContact: Reference?
    public let police: Reference?
    public let plan: Plan?
    public let contacts: [Contact]
    public let cards: [ActionCard]
    public let actionPlan: ActionPlan?
    public let location: SourceLocation
    /// `kladde: ja` in kommune.yaml: the whole kommune is a draft (see `ActionCard.isDraft`).
    public internal(set) var isDraft = false
    /// Which decoding of the kommune this is. The preview server numbers each one,
    /// and keeps a kommune's linking and checks while its number is unchanged; a
    /// plain build leaves it 0.
    public internal(set) var revision = 0

    /// The akut box's contacts, in the order it shows them.
    public var urgentReferences: [Reference] { [urgentContact] + [afterHoursContact, police].compactMap { $0 } }
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
    /// `kommune:<id>`, `plan:<id>`, `kort:<kommune>/<id>`, `begreb:<id>`, `side:<id>`,
    /// and `kontakter:<kommune>` for a contact table that is missing or could not be read.
    /// Links to them are not reported again: one defect, one error.
    public let unreadable: Set<String>
    /// The public build's `intern` contacts, removed at the model stage: only their
    /// ids and where they were written, per kommune id, so that a reference to one
    /// gets its own message and a duplicate id is still caught.
    public var hiddenContacts: [String: [HiddenContact]] = [:]
    /// Drafts left out of this build, as `kommune:<id>` and `kort:<kommune>/<id>`:
    /// a link to one renders as plain text, with a warning rather than an error.
    public internal(set) var drafts: Set<String> = []
}

/// What a public build keeps of an `intern` contact: nothing a reader could see.
public struct HiddenContact: Sendable, Hashable {
    public let id: String
    public let location: SourceLocation
}
