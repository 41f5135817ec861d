/// What the site-wide pages (front page, lists across kommuner, comparison, search
/// page, organisation pages) show of the kommuner: names, plans, akut contacts and
/// each card's front matter, but no card or plan text. When a change inside a
/// kommune leaves this unchanged, the preview server keeps the site-wide pages.
enum SiteSummary {
    static func hash(_ linked: LinkedSite) -> Int {
        var h = Hasher()
        h.combine(linked.today?.iso)
        for m in linked.site.municipalities {
            h.combine(m.id); h.combine(m.name); h.combine(m.description); h.combine(m.website.value)
            if let plan = m.plan {
                h.combine(plan.title); h.combine(plan.summary); h.combine(plan.dates); h.combine(plan.reviseBy?.iso)
                h.combine(plan.responsible)
            }
            h.combine(m.actionPlan?.title)
            for ref in m.urgentReferences {
                if let entry = linked.index.contact(ref.id, in: m.id) {
                    h.combine(entry.name); h.combine(entry.role); h.combine(entry.email?.value); h.combine(entry.openingHours)
                    h.combine(entry.alwaysOpen); h.combine(entry.phones.map(\.dial))
                }
            }
            for contact in m.contacts { h.combine(contact.id); h.combine(contact.name); h.combine(contact.role); h.combine(contact.unit) }
            for card in m.cards {
                h.combine(card.id); h.combine(card.title); h.combine(card.summary); h.combine(card.age.rawValue)
                h.combine(card.audiences.map(\.id)); h.combine(card.situations.map(\.id)); h.combine(card.updated.iso)
            }
        }
        for (id, citations) in linked.citations.sorted(by: { $0.key < $1.key }) {
            h.combine(id)
            for c in citations { h.combine(c.title); h.combine(c.municipality); h.combine(c.route.path) }
        }
        return h.finalize()
    }
}
