/// Pages that belong to the whole site: front page, organisations, glossary, free pages, 404.
extension Renderer {
    static func sitePages(_ linked: LinkedSite) -> [PageJob] {
        let site = linked.site
        var jobs: [PageJob] = []
        jobs.append(PageJob(route: Routes.home, template: "home") { ctx in
            var view = ctx.make(route: Routes.home, title: site.settings.title, description: site.settings.description, section: .home)
            view["municipalities"] = site.municipalities.sorted { $0.name < $1.name }.map { m -> View in
                var item: View = ["name": m.name, "href": Routes.home.relative(to: Routes.municipality(m.id)), "cardCount": m.cards.count]
                item["description"] = m.description
                item["plan"] = m.plan.map { PlanView.make($0, of: m, from: Routes.home, today: linked.today) }
                item["urgent"] = linked.index.contact(m.urgentContact.id, in: m.id).map { ContactView.make($0, from: Routes.home) }
                return item
            }
            view["organisations"] = site.organisations.filter { !$0.phones.isEmpty }.map { ContactView.make(.national($0), from: Routes.home) }
            return view
        })
        jobs.append(PageJob(route: Routes.organisations, template: "organisations") { ctx in
            var view = ctx.make(route: Routes.organisations, title: "Landsdækkende hjælp",
                                description: "Landsdækkende organisationer og telefonlinjer mod negativ social kontrol og æresrelaterede konflikter.",
                                section: .organisations, breadcrumbs: [("Forside", Routes.home)])
            view["organisations"] = site.organisations.map { ContactView.make(.national($0), from: Routes.organisations) }
            return view
        })
        for o in site.organisations {
            let route = Routes.organisation(o.id)
            jobs.append(PageJob(route: route, template: "organisation") { ctx in
                var view = ctx.make(route: route, title: o.name, description: o.description, section: .organisations,
                                    breadcrumbs: [("Forside", Routes.home), ("Landsdækkende hjælp", Routes.organisations)])
                view["organisation"] = ContactView.make(.national(o), from: route)
                view["citations"] = (linked.citations[o.id] ?? []).map {
                    ["title": $0.title, "municipality": $0.municipality, "href": route.relative(to: $0.route)]
                }
                return view
            })
        }
        jobs.append(PageJob(route: Routes.glossary, template: "glossary") { ctx in
            var view = ctx.make(route: Routes.glossary, title: "Begreber", description: "Begreberne i beredskabsplanerne forklaret.",
                                section: .glossary, breadcrumbs: [("Forside", Routes.home)])
            view["terms"] = site.terms.sorted { $0.title < $1.title }.map {
                ["title": $0.title, "summary": $0.summary, "href": Routes.glossary.relative(to: Routes.term($0.id))]
            }
            return view
        })
        for term in site.terms {
            let route = Routes.term(term.id)
            jobs.append(PageJob(route: route, template: "term") { ctx in
                var view = ctx.make(route: route, title: term.title, description: term.summary, section: .glossary,
                                    breadcrumbs: [("Forside", Routes.home), ("Begreber", Routes.glossary)])
                var t: View = ["title": term.title, "summary": term.summary, "body": linked.bodies[route]?.html ?? ""]
                t["source"] = term.source
                view["term"] = t
                return view
            })
        }
        for page in site.pages {
            let route = Routes.page(page.id)
            jobs.append(PageJob(route: route, template: "page") { ctx in
                var view = ctx.make(route: route, title: page.title, description: page.summary, section: .page,
                                    breadcrumbs: [("Forside", Routes.home)])
                view["page"] = ["title": page.title, "summary": page.summary, "body": linked.bodies[route]?.html ?? ""]
                return view
            })
        }
        jobs.append(PageJob(route: Routes.notFound, template: "notfound") { ctx in
            // Servers show 404.html at any depth, where relative links would break (see
            // NotFoundPage). With base_url set, its links are absolute and its style is
            // inline, so it loads nothing (quick exit then works as a plain link).
            guard let base = site.settings.baseURL else {
                var view = ctx.make(route: Routes.notFound, title: "Siden findes ikke", description: "Siden findes ikke.", rootOverride: "")
                let script = NotFoundPage.script(topFolders: Routes.topFolders)
                view["inlineStyle"] = ctx.stylesheet.replacingAll("</", with: "<\\/")
                view["inlineScript"] = script
                view["inlineScriptHash"] = SHA256.cspSource(for: script)
                return view
            }
            let root = base.root
            var view = ctx.make(route: Routes.notFound, title: "Siden findes ikke", description: "Siden findes ikke.", rootOverride: root)
            view["inlineStyle"] = ctx.stylesheet.replacingAll("</", with: "<\\/")
            view["noHeaderSearch"] = true
            return view
        })
        return jobs
    }
}
