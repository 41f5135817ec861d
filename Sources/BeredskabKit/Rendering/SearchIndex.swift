/// What the search finds: one document per page worth finding, per language, then
/// written as each language's sharded index (`SearchFiles`).
extension Renderer {
    /// The languages with a search of their own: the default one (nil) and each other
    /// language the site has a front page in (the pages the search would find).
    static func searchLanguages(_ site: Site) -> [String?] {
        [nil] + site.settings.translations.keys.sorted()
    }

    static func searchIndex(_ linked: LinkedSite, context: PageContext, cache: SearchCache? = nil) -> [OutputFile] {
        let site = linked.site
        func text(_ route: Route) -> String {
            let html = linked.bodies[route]?.html ?? ""
            if let kept = cache?.plainText(route, html: html) { return kept }
            let text = SearchFiles.leading(PlainText.of(html), SearchFiles.indexedCharacters)
            cache?.store(plainText: text, for: route, html: html)
            return text
        }
        return searchLanguages(site).flatMap { language -> [OutputFile] in
            let t = context.texts(language)
            let documents = language.map { translatedDocuments(site, in: $0, texts: t, text: text) }
                ?? documents(site, texts: t, text: text)
            let audiences = site.audiences.map { a in (id: a.id, name: language.flatMap { a.translations[$0]?.name } ?? a.name) }
            return SearchFiles(documents: documents, language: .of(t.language.code),
                               route: language.map(Routes.search.translated) ?? Routes.search,
                               municipalities: site.municipalities, audiences: audiences, cache: cache).files
        }
    }

    /// Every page in the default language worth finding.
    private static func documents(_ site: Site, texts t: Texts, text: (Route) -> String) -> [SearchDocument] {
        let situationNames = Dictionary(site.situations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var documents: [SearchDocument] = []
        for m in site.municipalities {
            documents.append(SearchDocument(sti: Routes.municipality(m.id).path, titel: m.name, type: t["kindMunicipality"], kommune: m.id,
                                            kommunenavn: m.name, resume: m.description ?? ""))
            if let plan = m.plan {
                documents.append(SearchDocument(sti: Routes.plan(m.id).path, titel: plan.title, type: t["kindPlan"], kommune: m.id,
                                                kommunenavn: m.name, resume: plan.summary, tekst: text(Routes.plan(m.id))))
            }
            documents.append(SearchDocument(sti: Routes.contacts(m.id).path, titel: "\(t["contactsIn"]) \(m.name)", type: t["kindContacts"],
                                            kommune: m.id, kommunenavn: m.name, resume: "",
                                            tekst: m.contacts.map { "\($0.name) \($0.role) \($0.unit ?? "")" }.joined(separator: " ")))
            if let actionPlan = m.actionPlan {
                documents.append(SearchDocument(sti: Routes.actionPlan(m.id).path, titel: actionPlan.title, type: t["kindActionPlan"], kommune: m.id,
                                                kommunenavn: m.name, resume: actionPlan.summary ?? "",
                                                tekst: actionPlan.tracks.flatMap { [$0.name] + $0.goals.map(\.text) }.joined(separator: " ")))
            }
            for card in m.cards {
                let route = Routes.card(m.id, card.id)
                documents.append(SearchDocument(sti: route.path, titel: card.title, type: t["kindCard"], kommune: m.id, kommunenavn: m.name,
                                                maalgrupper: card.audiences.map(\.id), situationer: card.situations.map(\.id),
                                                situationNames: card.situations.map { situationNames[$0.id] ?? $0.id },
                                                resume: card.summary, tekst: text(route)))
            }
        }
        for term in site.terms {
            documents.append(SearchDocument(sti: Routes.term(term.id).path, titel: term.title, type: t["kindTerm"], resume: term.summary,
                                            tekst: text(Routes.term(term.id))))
        }
        for page in site.pages {
            documents.append(SearchDocument(sti: Routes.page(page.id).path, titel: page.title, type: t["kindPage"], resume: page.summary,
                                            tekst: text(Routes.page(page.id))))
        }
        for o in site.organisations {
            documents.append(SearchDocument(sti: Routes.organisation(o.id).path, titel: o.name, type: t["kindOrganisation"], resume: o.description))
        }
        for s in site.situations {
            documents.append(SearchDocument(sti: Routes.situation(s.id).path, titel: s.name, type: t["kindSituation"], situationer: [s.id],
                                            situationNames: [s.name], resume: s.description))
        }
        for a in site.audiences {
            documents.append(SearchDocument(sti: Routes.audience(a.id).path, titel: a.name, type: t["kindAudience"], maalgrupper: [a.id],
                                            resume: a.description))
        }
        return documents
    }

    /// The pages translated into `language`: only they are written under its folder.
    private static func translatedDocuments(_ site: Site, in language: String, texts t: Texts, text: (Route) -> String) -> [SearchDocument] {
        // Only names written in the language: a Danish name would find an English page by a Danish word.
        let situationNames = Dictionary(site.situations.compactMap { s in s.translations[language].map { (s.id, $0.name) } },
                                        uniquingKeysWith: { a, _ in a })
        var documents: [SearchDocument] = []
        for m in site.municipalities {
            for card in m.cards {
                guard let translation = card.translations[language] else { continue }
                let route = Routes.card(m.id, card.id).translated(language)
                documents.append(SearchDocument(sti: route.path, titel: translation.title, type: t["kindCard"], kommune: m.id, kommunenavn: m.name,
                                                maalgrupper: card.audiences.map(\.id), situationer: card.situations.map(\.id),
                                                situationNames: card.situations.compactMap { situationNames[$0.id] },
                                                resume: translation.summary, tekst: text(route)))
            }
        }
        for term in site.terms {
            guard let translation = term.translations[language] else { continue }
            let route = Routes.term(term.id).translated(language)
            documents.append(SearchDocument(sti: route.path, titel: translation.title, type: t["kindTerm"], resume: translation.summary,
                                            tekst: text(route)))
        }
        for page in site.pages {
            guard let translation = page.translations[language] else { continue }
            let route = Routes.page(page.id).translated(language)
            documents.append(SearchDocument(sti: route.path, titel: translation.title, type: t["kindPage"], resume: translation.summary,
                                            tekst: text(route)))
        }
        for o in site.organisations {
            guard let translation = o.translations[language] else { continue }
            documents.append(SearchDocument(sti: Routes.organisation(o.id).translated(language).path, titel: translation.name,
                                            type: t["kindOrganisation"], resume: translation.description))
        }
        return documents
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
    /// The situations' names in the document's language: words it is found by.
    var situationNames: [String] = []
    var resume: String
    var tekst = ""
}
