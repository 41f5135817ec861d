/// Lookups by id over the whole site, built once. Building it reports ids that
/// are used twice in the same scope.
public struct SiteIndex: Sendable {
    public let organisations: [String: Organisation]
    public let situations: [String: Situation]
    public let audiences: [String: Audience]
    public let terms: [String: GlossaryTerm]
    public let pages: [String: FreePage]
    public let municipalities: [String: Municipality]
    /// municipality id → contact id → contact
    public let contacts: [String: [String: Contact]]
    /// municipality id → card id → card
    public let cards: [String: [String: ActionCard]]

    init(_ site: Site, diagnostics d: inout Diagnostics) {
        organisations = Self.unique(site.organisations, noun: "organisation", location: \.location, d: &d)
        situations = Self.unique(site.situations, noun: "situation", location: \.location, d: &d)
        audiences = Self.unique(site.audiences, noun: "målgruppe", location: \.location, d: &d)
        terms = Dictionary(site.terms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        pages = Dictionary(site.pages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        municipalities = Dictionary(site.municipalities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var contacts: [String: [String: Contact]] = [:]
        var cards: [String: [String: ActionCard]] = [:]
        for m in site.municipalities {
            contacts[m.id] = Self.unique(m.contacts, noun: "kontakt", location: \.location, d: &d)
            cards[m.id] = Dictionary(m.cards.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        self.contacts = contacts
        self.cards = cards
    }

    /// `kontakt:<id>` and contact lists: the kommune's own contact first, then a
    /// national organisation of that id.
    public func contact(_ id: String, in municipality: String?) -> ContactEntry? {
        if let municipality, let local = contacts[municipality]?[id] { return .local(municipality: municipality, local) }
        return organisations[id].map { .national($0) }
    }

    private static func unique<T: Identifiable>(
        _ items: [T], noun: String, location: KeyPath<T, SourceLocation>, d: inout Diagnostics
    ) -> [String: T] where T.ID == String {
        var byID: [String: T] = [:]
        for item in items {
            if let first = byID[item.id] {
                d.error("id'et `\(item.id)` er brugt to gange; den første \(noun) med det står på \(first[keyPath: location]); giv hver sit id",
                        at: item[keyPath: location])
            } else {
                byID[item.id] = item
            }
        }
        return byID
    }
}
