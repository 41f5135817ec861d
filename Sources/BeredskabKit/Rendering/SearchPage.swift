import Foundation

/// `soeg/`: the search page, its index (loaded by `<script>`, so it works from
/// file://), and the site index it shows to readers without JavaScript.
extension Renderer {
    static func searchPage(_ linked: LinkedSite) -> [PageJob] {
        let route = Routes.search
        let site = linked.site
        let search = PageJob(route: route, template: "search") { ctx in
            var view = ctx.make(route: route, title: "Søg", description: "Søg i planer, handlekort og begreber.",
                                breadcrumbs: [("Forside", Routes.home)])
            view["noHeaderSearch"] = true
            view["municipalities"] = site.municipalities.sorted { $0.name < $1.name }.map { ["id": $0.id, "name": $0.name] as View }
            view["audiences"] = site.audiences.map { ["id": $0.id, "name": $0.name] }
            return view
        }
        let allRoute = Routes.allPages
        let all = PageJob(route: allRoute, template: "search-all") { ctx in
            var view = ctx.make(route: allRoute, title: "Alle sider", description: "Alle planer, handlekort, begreber og sider på sitet.",
                                breadcrumbs: [("Forside", Routes.home), ("Søg", Routes.search)])
            view["municipalities"] = site.municipalities.sorted { $0.name < $1.name }.map { m -> View in
                var item: View = ["id": m.id, "name": m.name, "href": allRoute.relative(to: Routes.municipality(m.id)),
                                  "contactsHref": allRoute.relative(to: Routes.contacts(m.id)),
                                  "cards": m.cards(audience: nil).sorted { $0.title < $1.title }.map { CardView.summary($0, of: m, from: allRoute, texts: ctx.texts()) }]
                item["plan"] = m.plan.map { PlanView.make($0, of: m, from: allRoute, today: linked.today, texts: ctx.texts()) }
                item["actionPlan"] = m.actionPlan.map { ["title": $0.title, "href": allRoute.relative(to: Routes.actionPlan(m.id))] }
                return item
            }
            view["terms"] = site.terms.sorted { $0.title < $1.title }.map { ["title": $0.title, "href": allRoute.relative(to: Routes.term($0.id))] }
            view["organisations"] = site.organisations.map { ["title": $0.name, "href": allRoute.relative(to: Routes.organisation($0.id))] }
            view["pages"] = site.pages.sorted { $0.title < $1.title }.map { ["title": $0.title, "href": allRoute.relative(to: Routes.page($0.id))] }
            return view
        }
        return [search, all]
    }
}

/// The text of rendered HTML, for the search index.
enum PlainText {
    static func of(_ html: String) -> String {
        // Over bytes: tags are ASCII, and runs of whitespace collapse to one space.
        var out = [UInt8]()
        out.reserveCapacity(html.utf8.count)
        var inTag = false, space = true
        for byte in html.utf8 {
            switch byte {
            case UInt8(ascii: "<"): inTag = true
            case UInt8(ascii: ">"): inTag = false; if !space { out.append(32); space = true }
            case _ where inTag: continue
            case 9, 10, 13, 32: if !space { out.append(32); space = true }
            default: out.append(byte); space = false
            }
        }
        if out.last == 32 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
            .replacingAll([("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")])
    }
}
