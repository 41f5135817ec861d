/// "Find dit kort" within one kommune: who are you → what worries you → how old
/// is the person → the card. Plain links; each step offers only choices that
/// lead to a card.
extension Renderer {
    static func finderPages(_ m: Municipality, _ linked: LinkedSite) -> [PageJob] {
        var jobs: [PageJob] = []
        let home = Routes.municipality(m.id)
        for audience in linked.site.audiences where !m.cards(audience: audience.id).isEmpty {
            let route = Routes.municipalityAudience(m.id, audience.id)
            let crumbs: [(String, Route)] = [("Forside", Routes.home), (m.name, home)]
            jobs.append(PageJob(route: route, template: "finder-audience") { ctx in
                var view = ctx.make(route: route, title: "\(audience.name) i \(m.name)",
                                    description: "Handlekort for \(audience.name.lowercased()) i \(m.name).",
                                    municipality: m, breadcrumbs: crumbs)
                view["municipality"] = municipalityView(m, from: route, context: ctx)
                view["audience"] = ["name": audience.name, "description": audience.description]
                view["situations"] = situations(for: audience, in: m, linked: linked).map { situation -> View in
                    let cards = m.cards(audience: audience.id, situation: situation.id)
                    return ["name": situation.name, "description": situation.description,
                            "href": route.relative(to: Routes.finder(m.id, audience.id, situation.id)),
                            "cards": cards.map { CardView.summary($0, of: m, from: route, texts: ctx.texts()) }]
                }
                return view
            })
            for situation in situations(for: audience, in: m, linked: linked) {
                let step = Routes.finder(m.id, audience.id, situation.id)
                jobs.append(PageJob(route: step, template: "finder-age") { ctx in
                    var view = ctx.make(route: step, title: "\(situation.name): \(audience.name.lowercased()) i \(m.name)",
                                        description: "Vælg alderen på den, du er bekymret for.", municipality: m,
                                        breadcrumbs: crumbs + [(audience.name, route)])
                    view["municipality"] = municipalityView(m, from: step, context: ctx)
                    view["audience"] = ["name": audience.name]
                    view["situation"] = ["name": situation.name]
                    view["cards"] = m.cards(audience: audience.id, situation: situation.id).map { CardView.summary($0, of: m, from: step, texts: ctx.texts()) }
                    return view
                })
            }
        }
        return jobs
    }

    /// The situations, in the site's order, that a kommune has cards for.
    static func situations(for audience: Audience, in m: Municipality, linked: LinkedSite) -> [Situation] {
        linked.site.situations.filter { !m.cards(audience: audience.id, situation: $0.id).isEmpty }
    }

    /// Step 1, shown on the kommune page: the audiences with cards.
    static func audienceChoices(_ m: Municipality, from route: Route, linked: LinkedSite) -> [View] {
        linked.site.audiences.compactMap { audience in
            let count = m.cards(audience: audience.id).count
            guard count > 0 else { return nil }
            return ["name": audience.name, "description": audience.description, "count": count,
                    "href": route.relative(to: Routes.municipalityAudience(m.id, audience.id))]
        }
    }
}
