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
    /// municipality id → ids of the `intern` contacts a public build left out
    public let hiddenContacts: [String: Set<String>]

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
            Self.reportDuplicates(m.contacts.map { ($0.id, $0.location) }, hidden: site.hiddenContacts[m.id] ?? [], d: &d)
        }
        self.contacts = contacts
        self.cards = cards
        hiddenContacts = site.hiddenContacts.mapValues { Set($0.map(\.id)) }
    }

    /// A public build's index holds no `intern` contacts, but an id used twice is
    /// the same mistake in both builds: report the pairs that involve a hidden one.
    private static func reportDuplicates(_ shown: [(String, SourceLocation)], hidden: [HiddenContact], d: inout Diagnostics) {
        guard !hidden.isEmpty else { return }
        let all = (shown + hidden.map { ($0.id, $0.location) }).sorted { $0.1 < $1.1 }
        let hiddenAt = Set(hidden.map(\.location))
        var first: [String: SourceLocation] = [:]
        for (id, location) in all {
            guard let earlier = first[id] else { first[id] = location; continue }
            // Pairs of two shown contacts were reported by `unique` already.
            guard hiddenAt.contains(location) || hiddenAt.contains(earlier) else { continue }
            d.error("id'et `\(id)` er brugt to gange; den første kontakt med det står på \(earlier); giv hver sit id", at: location)
        }
    }

    /// Whether `id` is one of the kommune's `intern` contacts that this (public) build left out.
    public func isHidden(_ id: String, in municipality: String?) -> Bool {
        municipality.map { hiddenContacts[$0]?.contains(id) == true } ?? false
    }

    /// `kontakt:<id>` and contact lists: the kommune's own contact first, then a
    /// national organisation of that id. A hidden `intern` contact is nobody: its id
    /// must not fall through to a national organisation that happens to share it.
    public func contact(_ id: String, in municipality: String?) -> ContactEntry? {
        if isHidden(id, in: municipality) { return nil }
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
