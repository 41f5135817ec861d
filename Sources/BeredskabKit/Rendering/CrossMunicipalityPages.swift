/// Pages across kommuner: every kommune's cards for one worry, or for one audience.
extension Renderer {
    enum TopicKind: Sendable, CaseIterable {
        case situation, audience

        var index: Route { self == .situation ? Routes.situations : Routes.audiences }
        var title: String { self == .situation ? "Situationer" : "Målgrupper" }
        var intro: String {
            self == .situation ? "Vælg, hvad bekymringen handler om, og se kortene i alle kommuner."
                : "Vælg din rolle, og se kortene i alle kommuner."
        }

        var section: PageContext.Section { self == .situation ? .situations : .audiences }

        func route(_ id: String) -> Route { self == .situation ? Routes.situation(id) : Routes.audience(id) }

        func cards(_ m: Municipality, _ id: String) -> [ActionCard] {
            self == .situation ? m.cards(situation: id) : m.cards(audience: id)
        }
    }

    struct Topic: Sendable {
        let id: String, name: String, description: String, term: String?
    }

    static func crossMunicipalityPages(_ linked: LinkedSite) -> [PageJob] {
        let site = linked.site
        var jobs: [PageJob] = []
        for kind in TopicKind.allCases {
            let topics = kind == .situation
                ? site.situations.map { Topic(id: $0.id, name: $0.name, description: $0.description, term: $0.term?.id) }
                : site.audiences.map { Topic(id: $0.id, name: $0.name, description: $0.description, term: nil) }
            jobs.append(PageJob(route: kind.index, template: "topics") { ctx in
                var view = ctx.make(route: kind.index, title: kind.title, description: kind.intro, section: kind.section,
                                    breadcrumbs: [("Forside", Routes.home)])
                view["heading"] = kind.title
                view["intro"] = kind.intro
                view["topics"] = topics.map { topic -> View in
                    ["name": topic.name, "description": topic.description, "href": kind.index.relative(to: kind.route(topic.id)),
                     "count": site.municipalities.map { kind.cards($0, topic.id).count }.reduce(0, +)]
                }
                return view
            })
            for topic in topics {
                let route = kind.route(topic.id)
                jobs.append(PageJob(route: route, template: "topic") { ctx in
                    var view = ctx.make(route: route, title: topic.name, description: topic.description, section: kind.section,
                                        breadcrumbs: [("Forside", Routes.home), (kind.title, kind.index)])
                    var t: View = ["name": topic.name, "description": topic.description]
                    if let term = topic.term, linked.index.terms[term] != nil { t["termHref"] = route.relative(to: Routes.term(term)) }
                    view["topic"] = t
                    view["municipalities"] = site.municipalities.sorted { $0.name < $1.name }.map { m -> View in
                        ["name": m.name, "href": route.relative(to: Routes.municipality(m.id)),
                         "cards": kind.cards(m, topic.id).map { CardView.summary($0, of: m, from: route, texts: ctx.texts()) }]
                    }
                    return view
                })
            }
        }
        return jobs
    }
}
