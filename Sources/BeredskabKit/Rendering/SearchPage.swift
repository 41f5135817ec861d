import Foundation

/// `soeg/`: the search page, its index (loaded by `<script>`, so it works from
/// file://), and the site index it shows to readers without JavaScript.
extension Renderer {
    static func searchPage(_ linked: LinkedSite) -> PageJob {
        let route = Routes.search
        let site = linked.site
        return PageJob(route: route, template: "search") { ctx in
            var view = ctx.make(route: route, title: "Søg", description: "Søg i planer, handlekort og begreber.",
                                breadcrumbs: [("Forside", Routes.home)])
            view["noHeaderSearch"] = true
            view["municipalities"] = site.municipalities.sorted { $0.name < $1.name }.map { m -> View in
                var item: View = ["id": m.id, "name": m.name, "href": route.relative(to: Routes.municipality(m.id)),
                                  "contactsHref": route.relative(to: Routes.contacts(m.id)),
                                  "cards": m.cards(audience: nil).sorted { $0.title < $1.title }.map { CardView.summary($0, of: m, from: route) }]
                item["plan"] = m.plan.map { PlanView.make($0, of: m, from: route, today: linked.today) }
                item["actionPlan"] = m.actionPlan.map { ["title": $0.title, "href": route.relative(to: Routes.actionPlan(m.id))] }
                return item
            }
            view["audiences"] = site.audiences.map { ["id": $0.id, "name": $0.name] }
            view["terms"] = site.terms.sorted { $0.title < $1.title }.map { ["title": $0.title, "href": route.relative(to: Routes.term($0.id))] }
            view["organisations"] = site.organisations.map { ["title": $0.name, "href": route.relative(to: Routes.organisation($0.id))] }
            view["pages"] = site.pages.sorted { $0.title < $1.title }.map { ["title": $0.title, "href": route.relative(to: Routes.page($0.id))] }
            return view
        }
    }

    /// `window.BEREDSKAB_SOEGNING = {…}`: documents for lunr, built in the browser.
    static func searchIndex(_ linked: LinkedSite) -> OutputFile {
        let site = linked.site
        var documents: [SearchDocument] = []
        func text(_ route: Route) -> String { String(PlainText.of(linked.bodies[route]?.html ?? "").prefix(5000)) }
        for m in site.municipalities {
            documents.append(SearchDocument(sti: Routes.municipality(m.id).path, titel: m.name, type: "Kommune", kommune: m.id,
                                            kommunenavn: m.name, resume: m.description ?? ""))
            if let plan = m.plan {
                documents.append(SearchDocument(sti: Routes.plan(m.id).path, titel: plan.title, type: "Beredskabsplan", kommune: m.id,
                                                kommunenavn: m.name, resume: plan.summary, tekst: text(Routes.plan(m.id))))
            }
            documents.append(SearchDocument(sti: Routes.contacts(m.id).path, titel: "Kontakter i \(m.name)", type: "Kontakter", kommune: m.id,
                                            kommunenavn: m.name, resume: "",
                                            tekst: m.contacts.map { "\($0.name) \($0.role) \($0.unit ?? "")" }.joined(separator: " ")))
            if let actionPlan = m.actionPlan {
                documents.append(SearchDocument(sti: Routes.actionPlan(m.id).path, titel: actionPlan.title, type: "Handleplan", kommune: m.id,
                                                kommunenavn: m.name, resume: actionPlan.summary ?? "",
                                                tekst: actionPlan.tracks.flatMap { [$0.name] + $0.goals.map(\.text) }.joined(separator: " ")))
            }
            for card in m.cards {
                let route = Routes.card(m.id, card.id)
                documents.append(SearchDocument(sti: route.path, titel: card.title, type: "Handlekort", kommune: m.id, kommunenavn: m.name,
                                                maalgrupper: card.audiences.map(\.id), situationer: card.situations.map(\.id),
                                                resume: card.summary, tekst: text(route)))
            }
        }
        for term in site.terms {
            documents.append(SearchDocument(sti: Routes.term(term.id).path, titel: term.title, type: "Begreb", resume: term.summary, tekst: text(Routes.term(term.id))))
        }
        for page in site.pages {
            documents.append(SearchDocument(sti: Routes.page(page.id).path, titel: page.title, type: "Side", resume: page.summary, tekst: text(Routes.page(page.id))))
        }
        for o in site.organisations {
            documents.append(SearchDocument(sti: Routes.organisation(o.id).path, titel: o.name, type: "Organisation", resume: o.description))
        }
        for s in site.situations {
            documents.append(SearchDocument(sti: Routes.situation(s.id).path, titel: s.name, type: "Situation", situationer: [s.id], resume: s.description))
        }
        for a in site.audiences {
            documents.append(SearchDocument(sti: Routes.audience(a.id).path, titel: a.name, type: "Målgruppe", maalgrupper: [a.id], resume: a.description))
        }
        let index = SearchIndex(
            dokumenter: documents,
            kommuner: site.municipalities.sorted { $0.name < $1.name }.map { .init(id: $0.id, navn: $0.name) },
            maalgrupper: site.audiences.map { .init(id: $0.id, navn: $0.name) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(index)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        // `</` could end a script element if the file were ever inlined; escape it anyway.
        return OutputFile(path: Routes.searchIndex.path,
                          text: "window.BEREDSKAB_SOEGNING = " + json.replacingAll("</", with: "<\\/") + ";\n")
    }
}

struct SearchDocument: Encodable {
    var sti: String
    var titel: String
    var type: String
    var kommune = ""
    var kommunenavn = ""
    var maalgrupper: [String] = []
    var situationer: [String] = []
    var resume: String
    var tekst = ""
}

struct SearchIndex: Encodable {
    struct Choice: Encodable { let id: String; let navn: String }
    let dokumenter: [SearchDocument]
    let kommuner: [Choice]
    let maalgrupper: [Choice]
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
