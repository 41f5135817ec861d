/// "Udskriv alle kort": per kommune and audience, every card on one page that
/// prints one card per sheet. The page sits beside the cards
/// (`kort/udskriv-<målgruppe>/`) so the cards' relative links work unchanged.
extension Renderer {
    /// Each card's article as the bundles show it, rendered once: a card is in the
    /// bundle of every audience it serves, and the bundles sit beside the cards, so
    /// the same HTML fits all of them.
    static func bundleArticles(_ municipalities: [Municipality], context: PageContext, templates: TemplateSet,
                               qrCodes: QRCodes) -> [Route: String] {
        let texts = context.texts()
        let cards = municipalities.flatMap { m in m.cards.map { (m, $0) } }
        let html = ParallelMap.map(cards) { m, card in
            let route = Routes.card(m.id, card.id)
            var view = CardView.full(card, of: m, from: route, context: context, qrCodes: qrCodes, idPrefix: card.id + "-")
            view["t"] = texts.view // rendered on its own, outside a page that gives it
            return templates.render(view, template: "card-article", parts: context.renderedParts)
        }
        return Dictionary(zip(cards.map { Routes.card($0.0.id, $0.1.id) }, html), uniquingKeysWith: { a, _ in a })
    }

    static func printBundlePages(_ m: Municipality, _ linked: LinkedSite, articles: Lazy<[Route: String]>) -> [PageJob] {
        linked.site.audiences.compactMap { audience in
            let cards = m.cards(audience: audience.id)
            guard !cards.isEmpty else { return nil }
            let route = Routes.printBundle(m.id, audience.id)
            return PageJob(route: route, template: "print-bundle") { ctx in
                var view = ctx.make(route: route, title: "Udskriv alle kort for \(audience.name.lowercased()) i \(m.name)",
                                    description: "Alle handlekort for \(audience.name.lowercased()) i \(m.name), ét kort pr. side.",
                                    municipality: m, breadcrumbs: [("Forside", Routes.home), (m.name, Routes.municipality(m.id))])
                view["bundle"] = ["audience": audience.name, "municipality": m.name, "count": cards.count] as View
                let articles = articles.value
                view["articles"] = cards.compactMap { articles[Routes.card(m.id, $0.id)] }
                return view
            }
        }
    }
}
