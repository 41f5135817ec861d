/// "Udskriv alle kort": per kommune and audience, every card on one page that
/// prints one card per sheet. The page sits beside the cards
/// (`kort/udskriv-<målgruppe>/`) so the cards' relative links work unchanged.
extension Renderer {
    static func printBundlePages(_ m: Municipality, _ linked: LinkedSite, articles: CardArticles) -> [PageJob] {
        linked.site.audiences.compactMap { audience in
            let cards = m.cards(audience: audience.id)
            guard !cards.isEmpty else { return nil }
            let route = Routes.printBundle(m.id, audience.id)
            return PageJob(route: route, template: "print-bundle") { ctx in
                var view = ctx.make(route: route, title: "Udskriv alle kort for \(audience.name.lowercased()) i \(m.name)",
                                    description: "Alle handlekort for \(audience.name.lowercased()) i \(m.name), ét kort pr. side.",
                                    municipality: m, breadcrumbs: [("Forside", Routes.home), (m.name, Routes.municipality(m.id))])
                view["bundle"] = ["audience": audience.name, "municipality": m.name, "count": cards.count] as View
                // Rendered once with the card's page; the bundles sit beside the cards,
                // so the same HTML fits all of them.
                view["articles"] = cards.map { articles.article($0, of: m).bundleHTML }
                return view
            }
        }
    }
}
