/// Pages that belong to the whole site: front page, organisations, glossary, free pages, 404.
extension Renderer {
    static func sitePages(_ linked: LinkedSite) -> [PageJob] {
        let site = linked.site
        var jobs: [PageJob] = []
        let homeVersions = versions(Routes.home, in: site.settings.translations.keys, linked)
        for language in [nil] + site.settings.translations.keys.sorted() {
            let route = language.map(Routes.home.translated) ?? Routes.home
            jobs.append(PageJob(route: route, template: "home") { ctx in
                let t = ctx.texts(language)
                let text = language.flatMap { site.settings.translations[$0] }
                var view = ctx.make(route: route, title: text?.name ?? site.settings.title, description: text?.description ?? site.settings.description,
                                    section: .home, language: language, versions: homeVersions)
                view["municipalities"] = site.municipalities.sorted { $0.name < $1.name }.map { m -> View in
                    var item: View = ["name": m.name, "href": route.relative(to: Routes.municipality(m.id)), "cardCount": m.cards.count]
                    if language == nil { item["description"] = m.description } // written in the default language
                    item["plan"] = m.plan.map { PlanView.make($0, of: m, from: route, today: linked.today, texts: t) }
                    item["urgent"] = linked.index.contact(m.urgentContact.id, in: m.id).map { ContactView.make($0, from: route, language: language, texts: t) }
                    return item
                }
                view["organisations"] = site.organisations.filter { !$0.phones.isEmpty }.map { ContactView.make(.national($0), from: route, language: language, texts: t) }
                view["organisationsHref"] = route.relative(to: ctx.organisations(language))
                if let language {
                    let cards = site.municipalities.sorted { $0.name < $1.name }.flatMap { m in
                        m.cards.filter { $0.translations[language] != nil }.sorted { $0.title < $1.title }.map { card -> View in
                            let translation = card.translations[language]
                            return ["title": translation?.title ?? card.title, "summary": translation?.summary ?? card.summary,
                                    "href": route.relative(to: Routes.card(m.id, card.id).translated(language)),
                                    "age": t[card.age.textKey], "municipalityName": m.name]
                        }
                    }
                    if !cards.isEmpty { view["helpCards"] = ["cards": cards] as View }
                }
                return view
            })
        }
        let organisationLanguages = Set(site.organisations.flatMap { $0.translations.keys })
        let listVersions = versions(Routes.organisations, in: organisationLanguages, linked)
        for language in [nil] + organisationLanguages.sorted() {
            let route = language.map(Routes.organisations.translated) ?? Routes.organisations
            jobs.append(PageJob(route: route, template: "organisations") { ctx in
                let t = ctx.texts(language)
                var view = ctx.make(route: route, title: t["nationalHelp"], description: t["nationalDescription"],
                                    section: .organisations, breadcrumbs: [(t["home"], ctx.home(language))], language: language, versions: listVersions)
                view["organisations"] = site.organisations.map { ContactView.make(.national($0), from: route, language: language, texts: t) }
                return view
            })
        }
        for o in site.organisations {
            let original = Routes.organisation(o.id)
            let organisationVersions = versions(original, in: o.translations.keys, linked)
            for (language, route) in languages(of: original, o.translations.keys) {
                jobs.append(PageJob(route: route, template: "organisation") { ctx in
                    let t = ctx.texts(language)
                    let text = language.flatMap { o.translations[$0] }
                    let list = language.map(Routes.organisations.translated) ?? Routes.organisations
                    var view = ctx.make(route: route, title: text?.name ?? o.name, description: text?.description ?? o.description, section: .organisations,
                                        breadcrumbs: [(t["home"], ctx.home(language)), (t["nationalHelp"], list)], language: language, versions: organisationVersions)
                    view["organisation"] = ContactView.make(.national(o), from: route, language: language, texts: t)
                    // The pages that cite it are in the default language.
                    view["citations"] = (linked.citations[o.id] ?? []).map {
                        ["title": $0.title, "municipality": $0.municipality, "href": route.relative(to: $0.route)]
                    }
                    return view
                })
            }
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
            jobs += textPages(Routes.term(term.id), title: term.title, summary: term.summary, translations: term.translations,
                              template: "term", key: "term", section: .glossary, linked) { language, t, item in
                // The glossary is in the default language only.
                if language == nil { item["source"] = term.source }
                return language == nil ? [(t["glossary"], Routes.glossary)] : []
            }
        }
        for page in site.pages {
            jobs += textPages(Routes.page(page.id), title: page.title, summary: page.summary, translations: page.translations,
                              template: "page", key: "page", section: .page, linked) { _, _, _ in [] }
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

    /// A glossary term or a free page, in the default language and each translation:
    /// its title, summary and body under `key`, breadcrumbs from the front page.
    /// - Parameter more: adds to the item in a language (nil: the default) and
    ///   returns the breadcrumbs after the front page.
    private static func textPages(_ original: Route, title: String, summary: String, translations: [String: Translation],
                                  template: String, key: String, section: PageContext.Section, _ linked: LinkedSite,
                                  more: @escaping @Sendable (String?, Texts, inout View) -> [(String, Route)]) -> [PageJob] {
        let pageVersions = versions(original, in: translations.keys, linked)
        return languages(of: original, translations.keys).map { language, route in
            let translation = language.flatMap { translations[$0] }
            let title = translation?.title ?? title, summary = translation?.summary ?? summary
            return PageJob(route: route, template: template) { ctx in
                let t = ctx.texts(language)
                var item: View = ["title": title, "summary": summary, "body": linked.bodies[route]?.html ?? ""]
                let crumbs = [(t["home"], ctx.home(language))] + more(language, t, &item)
                var view = ctx.make(route: route, title: title, description: summary, section: section, breadcrumbs: crumbs,
                                    language: language, versions: pageVersions)
                view[key] = item
                return view
            }
        }
    }

    /// The page in the default language (nil) and in each translation's, with its route.
    static func languages(of original: Route, _ translations: some Collection<String>) -> [(language: String?, route: Route)] {
        [(nil, original)] + translations.sorted().map { ($0, original.translated($0)) }
    }

    /// A page's versions by language: the original under the default language and
    /// one per translation; empty without translations (no language menu then).
    static func versions(_ original: Route, in languages: some Collection<String>, _ linked: LinkedSite) -> [String: Route] {
        guard !languages.isEmpty else { return [:] }
        var versions = [linked.site.settings.defaultLanguage.code: original]
        for code in languages { versions[code] = original.translated(code) }
        return versions
    }
}
