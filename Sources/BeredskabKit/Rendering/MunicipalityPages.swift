/// The pages of one kommune: its front page, plan, contacts and cards.
extension Renderer {
    static func municipalityPages(_ m: Municipality, _ linked: LinkedSite, articles: CardArticles) -> [PageJob] {
        let home = Routes.municipality(m.id)
        let crumbs: [(String, Route)] = [("Forside", Routes.home), (m.name, home)]
        var jobs: [PageJob] = []
        jobs.append(PageJob(route: home, template: "municipality") { ctx in
            var view = ctx.make(route: home, title: m.name, description: m.description ?? "Beredskab og handlekort i \(m.name).",
                                municipality: m, breadcrumbs: [("Forside", Routes.home)])
            view["municipality"] = municipalityView(m, from: home, context: ctx)
            view["audienceChoices"] = audienceChoices(m, from: home, linked: linked)
            view["audiences"] = linked.site.audiences.compactMap { audience -> View? in
                let cards = m.cards.filter { $0.audiences.contains { $0.id == audience.id } }
                guard !cards.isEmpty else { return nil }
                return ["id": audience.id, "name": audience.name, "description": audience.description,
                        "printHref": home.relative(to: Routes.printBundle(m.id, audience.id)),
                        "cards": cards.sorted { $0.title < $1.title }.map { CardView.summary($0, of: m, from: home, texts: ctx.texts()) }]
            }
            return view
        })
        if let plan = m.plan {
            let route = Routes.plan(m.id)
            jobs.append(PageJob(route: route, template: "plan") { ctx in
                var view = ctx.make(route: route, title: plan.title, description: plan.summary, municipality: m, breadcrumbs: crumbs)
                var p = PlanView.make(plan, of: m, from: route, today: linked.today, texts: ctx.texts())
                p["body"] = linked.bodies[route]?.html ?? ""
                view["plan"] = p
                view["toc"] = (linked.bodies[route]?.headings ?? []).filter { (2...3).contains($0.level) }.map {
                    ["level": $0.level, "text": $0.text, "anchor": $0.anchor] as View
                }
                return view
            })
        }
        let contactsRoute = Routes.contacts(m.id)
        jobs.append(PageJob(route: contactsRoute, template: "contacts") { ctx in
            var view = ctx.make(route: contactsRoute, title: "Kontakter i \(m.name)", description: "Kontakter i \(m.name)s beredskab.",
                                municipality: m, breadcrumbs: crumbs)
            view["municipality"] = municipalityView(m, from: contactsRoute, context: ctx)
            view["organisationsHref"] = contactsRoute.relative(to: Routes.organisations)
            view["contacts"] = m.contacts.map { ContactView.make(.local(municipality: m.id, $0), from: contactsRoute) }
            return view
        })
        for card in m.cards {
            let original = Routes.card(m.id, card.id)
            let versions = Self.versions(original, in: card.translations.keys, linked)
            for (language, route) in languages(of: original, card.translations.keys) {
                let translation = language.flatMap { card.translations[$0] }
                jobs.append(PageJob(route: route, template: "card", view: { ctx in
                    var view = ctx.make(route: route, title: translation?.title ?? card.title, description: translation?.summary ?? card.summary,
                                        municipality: m, breadcrumbs: language == nil ? crumbs : ctx.crumbs(m, language: language),
                                        language: language, versions: versions)
                    view["municipality"] = municipalityView(m, from: route, context: ctx, language: language)
                    view["card"] = articles.article(card, of: m, language: language).view
                    if card.isDraft { view["draft"] = true }
                    return view
                }, finish: CardArticles.finish))
            }
        }
        return jobs
    }

    static func municipalityView(_ m: Municipality, from route: Route, context: PageContext, language: String? = nil) -> View {
        var view: View = ["name": m.name, "contactsHref": route.relative(to: Routes.contacts(m.id))]
        view["description"] = m.description
        view["plan"] = context.plan(m, from: route, language: language)
        view["actionPlan"] = m.actionPlan.map { ["title": $0.title, "href": route.relative(to: Routes.actionPlan(m.id))] }
        return view
    }
}
