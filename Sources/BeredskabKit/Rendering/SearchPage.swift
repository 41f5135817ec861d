import Foundation

/// `soeg/`: the search page, its index (loaded by `<script>`, so it works from
/// file://), and the site index it shows to readers without JavaScript.
extension Renderer {
    static func searchPage(_ linked: LinkedSite) -> [PageJob] {
        let languages = searchLanguages(linked.site)
        let searchVersions = versions(Routes.search, in: languages.compactMap { $0 }, linked)
        let allVersions = versions(Routes.allPages, in: languages.compactMap { $0 }, linked)
        return languages.flatMap { language in
            [searchPage(linked, language: language, versions: searchVersions), allPages(linked, language: language, versions: allVersions)]
        }
    }

    /// The search: its form, and the stemmer its script uses for the language.
    private static func searchPage(_ linked: LinkedSite, language: String?, versions: [String: Route]) -> PageJob {
        let site = linked.site
        let route = language.map(Routes.search.translated) ?? Routes.search
        return PageJob(route: route, template: "search") { ctx in
            let t = ctx.texts(language)
            var view = ctx.make(route: route, title: t["search"], description: t["searchDescription"],
                                breadcrumbs: [(t["home"], ctx.home(language))], language: language, versions: versions)
            view["noHeaderSearch"] = true
            view["stemmerScript"] = SearchLanguage.of(t.language.code).stemmerScript
            // In another language, the kommuner with a translated card: the others have nothing to find.
            view["municipalities"] = site.municipalities.filter { m in language.map { l in m.cards.contains { $0.translations[l] != nil } } ?? true }
                .sorted { $0.name < $1.name }.map { ["id": $0.id, "name": $0.name] as View }
            view["audiences"] = site.audiences.map { a in ["id": a.id, "name": language.flatMap { a.translations[$0]?.name } ?? a.name] }
            return view
        }
    }

    /// Every page in the language, for readers without JavaScript.
    private static func allPages(_ linked: LinkedSite, language: String?, versions: [String: Route]) -> PageJob {
        let site = linked.site
        let route = language.map(Routes.allPages.translated) ?? Routes.allPages
        return PageJob(route: route, template: "search-all") { ctx in
            let t = ctx.texts(language)
            let search = language.map(Routes.search.translated) ?? Routes.search
            var view = ctx.make(route: route, title: t["allPages"], description: t["allPagesDescription"],
                                breadcrumbs: [(t["home"], ctx.home(language)), (t["search"], search)], language: language, versions: versions)
            view["municipalities"] = site.municipalities.sorted { $0.name < $1.name }.compactMap { m -> View? in
                guard let language else {
                    var item: View = ["id": m.id, "name": m.name, "href": route.relative(to: Routes.municipality(m.id)),
                                      "contactsHref": route.relative(to: Routes.contacts(m.id)),
                                      "cards": m.cards(audience: nil).sorted { $0.title < $1.title }.map { CardView.summary($0, of: m, from: route, texts: t) }]
                    item["plan"] = m.plan.map { PlanView.make($0, of: m, from: route, today: linked.today, texts: t) }
                    item["actionPlan"] = m.actionPlan.map { ["title": $0.title, "href": route.relative(to: Routes.actionPlan(m.id))] }
                    return item
                }
                // The kommune's own pages are in the default language: only its translated cards are listed.
                let cards = m.cards.compactMap { card in card.translations[language].map { (card, $0) } }.sorted { $0.1.title < $1.1.title }
                guard !cards.isEmpty else { return nil }
                return ["id": m.id, "name": m.name, "cards": cards.map { card, translation -> View in
                    ["title": translation.title, "href": route.relative(to: Routes.card(m.id, card.id).translated(language))]
                }]
            }
            func listed<T>(_ items: [T], title: (T) -> String?, route target: (T) -> Route) -> [View] {
                items.compactMap { item in title(item).map { (title: $0, route: target(item)) } }.sorted { $0.title < $1.title }
                    .map { ["title": $0.title, "href": route.relative(to: $0.route)] }
            }
            func translated(_ r: Route) -> Route { language.map(r.translated) ?? r }
            view["terms"] = listed(site.terms, title: { term in language.map { term.translations[$0]?.title } ?? term.title },
                                   route: { translated(Routes.term($0.id)) })
            view["organisations"] = site.organisations.compactMap { o -> View? in
                guard let name = language.map({ o.translations[$0]?.name }) ?? o.name else { return nil }
                return ["title": name, "href": route.relative(to: translated(Routes.organisation(o.id)))]
            }
            view["pages"] = listed(site.pages, title: { page in language.map { page.translations[$0]?.title } ?? page.title },
                                   route: { translated(Routes.page($0.id)) })
            return view
        }
    }
}

/// The text of rendered HTML, for the search index.
enum PlainText {
    static func of(_ html: String) -> String {
        // One pass over the bytes: tags are ASCII, runs of whitespace collapse to one
        // space, and entities are read where they stand (a decoded `<` is text).
        var html = html
        return html.withUTF8 { bytes in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var inTag = false, space = true, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                switch byte {
                case UInt8(ascii: "<"): inTag = true
                case UInt8(ascii: ">"): inTag = false; if !space { out.append(32); space = true }
                case _ where inTag: continue
                case 9, 10, 13, 32: if !space { out.append(32); space = true }
                case UInt8(ascii: "&"):
                    let rest = UnsafeBufferPointer(rebasing: bytes[(i - 1)...])
                    if let entity = HTMLText.entities.first(where: { rest.starts(with: $0.entity) }) {
                        out.append(entity.character)
                        i += entity.entity.count - 1
                    } else {
                        out.append(byte)
                    }
                    space = false
                default: out.append(byte); space = false
                }
            }
            if out.last == 32 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
