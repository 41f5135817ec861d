/// What the search finds: one document per page worth finding, then written as
/// the sharded index of `SearchFiles`.
extension Renderer {
    static func searchIndex(_ linked: LinkedSite, cache: SearchCache? = nil) -> [OutputFile] {
        let site = linked.site
        var documents: [SearchDocument] = []
        func text(_ route: Route) -> String {
            let html = linked.bodies[route]?.html ?? ""
            if let kept = cache?.plainText(route, html: html) { return kept }
            let text = String(PlainText.of(html).prefix(SearchFiles.indexedCharacters))
            cache?.store(plainText: text, for: route, html: html)
            return text
        }
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
        return SearchFiles(documents: documents, site: site, cache: cache).files
    }
}

struct SearchDocument: Equatable {
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
