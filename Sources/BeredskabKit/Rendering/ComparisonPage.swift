/// `sammenlign/`: which worries and audiences each kommune covers with a card,
/// and where each plan stands with its revision.
extension Renderer {
    static func comparisonPage(_ linked: LinkedSite) -> PageJob {
        let route = Routes.comparison
        let site = linked.site
        let municipalities = site.municipalities.sorted { $0.name < $1.name }
        return PageJob(route: route, template: "comparison") { ctx in
            var view = ctx.make(route: route, title: "Sammenlign kommuner",
                                description: "Hvilke situationer og målgrupper hver kommune dækker med handlekort, og hvornår planerne skal revideres.",
                                section: .comparison, breadcrumbs: [("Forside", Routes.home)])
            func matrix(_ columns: [(id: String, name: String)], _ cards: @escaping (Municipality, String) -> [ActionCard]) -> View {
                [
                    "columns": columns.map { ["name": $0.name] },
                    "rows": municipalities.map { m -> View in
                        ["name": m.name, "href": route.relative(to: Routes.municipality(m.id)),
                         "cells": columns.map { column -> View in
                             let count = cards(m, column.id).count
                             return ["count": count, "covered": count > 0,
                                     "label": count == 0 ? "Intet kort" : count == 1 ? "1 kort" : "\(count) kort"]
                         }]
                    },
                ]
            }
            view["situations"] = matrix(site.situations.map { ($0.id, $0.name) }) { $0.cards(situation: $1) }
            view["audiences"] = matrix(site.audiences.map { ($0.id, $0.name) }) { $0.cards(audience: $1) }
            view["plans"] = municipalities.compactMap { m -> View? in
                guard let plan = m.plan else { return nil }
                var p = PlanView.make(plan, of: m, from: route, today: linked.today, texts: ctx.texts())
                p["municipality"] = m.name
                return p
            }
            view["today"] = linked.today?.danish
            return view
        }
    }
}
