/// The part of every page's view model that the base layout reads.
struct PageContext {
    let linked: LinkedSite
    /// The site's stylesheet, for the one page that cannot link to it (404.html).
    let stylesheet: String
    /// The free pages, in menu order; sorted once, shown on every page.
    private let menuPages: [FreePage]
    /// Each language's interface texts, by language code.
    private let texts: [String: Texts]
    /// The other languages with a front page, and those with national-help pages:
    /// looked up by every page's menus, so worked out once.
    private let frontPageLanguages: [Language]
    private let organisationLanguages: Set<String>
    private let shared = SharedParts()
    /// The pages the header links to, per language ("" for the default): see `chrome`.
    private var chromeTargets: [String: [Route]] = [:]
    /// What the templates wrote over the shared parts, copied onto later pages.
    let renderedParts = RenderedParts()

    init(linked: LinkedSite, stylesheet: String = "", texts: InterfaceTexts = InterfaceTexts(byLanguage: [:])) {
        self.linked = linked
        self.stylesheet = stylesheet
        self.menuPages = linked.site.pages.sorted { $0.id < $1.id }
        let settings = linked.site.settings
        self.texts = Dictionary(uniqueKeysWithValues: settings.languages.map {
            ($0.code, texts.texts($0, default: settings.defaultLanguage))
        })
        self.frontPageLanguages = settings.otherLanguages.filter { settings.translations[$0.code] != nil }
        self.organisationLanguages = Set(linked.site.organisations.flatMap { $0.translations.keys })
        for language in [nil] + settings.languages.map(\.code) {
            chromeTargets[language ?? ""] = headerTargets(language)
        }
    }

    enum Section: String { case home, organisations, glossary, page, situations, audiences, comparison, none }

    /// The interface texts for pages in `language` (nil: the default language).
    func texts(_ language: String? = nil) -> Texts {
        let settings = linked.site.settings
        return texts[language ?? settings.defaultLanguage.code]
            ?? Texts(language: settings.defaultLanguage, texts: [:])
    }

    /// - Parameters:
    ///   - language: the page's language; nil for the default language.
    ///   - versions: the page in each language it exists in, itself included; empty
    ///     when it exists in one language only (then it has no language menu).
    func make(route: Route, title: String, description: String, section: Section = .none,
              municipality: Municipality? = nil, breadcrumbs: [(String, Route)] = [], rootOverride: String? = nil,
              language: String? = nil, versions: [String: Route] = [:]) -> View {
        let settings = linked.site.settings
        let t = texts(language)
        let root = rootOverride ?? route.relative(toFile: "index.html").dropLast("index.html".count).description
        func href(_ target: Route) -> String { rootOverride.map { $0 + target.path } ?? route.relative(to: target) }
        let siteTitle = language.flatMap { settings.translations[$0]?.name } ?? settings.title
        let chrome = self.chrome(route: route, section: section, language: language, rootOverride: rootOverride, root: root)
        var view: View = [
            "root": root,
            "lang": t.language.code,
            "dir": t.language.direction,
            "t": t.view,
            "pageTitle": title == siteTitle ? title : "\(title) – \(siteTitle)",
            "pageDescription": description,
            "chrome": chrome,
            "breadcrumbs": breadcrumbs.map { crumb in
                ["title": crumb.0, "href": href(crumb.1)]
            },
            "footer": footer(municipality, from: route, language: language),
        ]
        // Also on the page itself, where a kommune's own templates may read them.
        for name in ["site", "menu", "searchHref", "noHeaderSearch"] { view[name] = chrome.field(name) }
        if versions.count > 1 {
            addVersions(versions, of: route, to: &view)
        } else if language == nil, rootOverride == nil {
            addUntranslated(route, to: &view)
        }
        if let base = settings.baseURL {
            view["canonical"] = SiteFiles.absoluteURL(of: route, base: base)
        }
        if let municipality { view["akut"] = akut(municipality, from: route, language: language) }
        // Drafts are built only for a preview: each of their pages says so.
        if municipality?.isDraft == true { view["draft"] = true }
        return view
    }

    /// The page header's view: the site's name, quick exit, menus and search, as seen
    /// from `route`. Made once per language, section and place in the tree and shared
    /// (`SharedParts`), so the header is rendered once for thousands of pages
    /// (`{{#chrome}}` in base.mustache, kept by `RenderedParts`).
    private func chrome(route: Route, section: Section, language: String?, rootOverride: String?, root: String) -> View {
        shared.placed(.chrome(section), of: route, language: language, rootOverride: rootOverride,
                      targets: chromeTargets[language ?? ""] ?? headerTargets(language)) {
            let settings = linked.site.settings
            func href(_ target: Route) -> String { rootOverride.map { $0 + target.path } ?? route.relative(to: target) }
            var site: View = [
                "title": language.flatMap { settings.translations[$0]?.name } ?? settings.title,
                "description": language.flatMap { settings.translations[$0]?.description } ?? settings.description,
                "quickExit": settings.quickExit.value,
                "pages": menuPages.compactMap { page -> View? in
                    guard let target = pageRoute(page, language: language) else { return nil }
                    return ["href": href(target), "title": language.flatMap { page.translations[$0]?.title } ?? page.title, "current": target == route]
                },
            ]
            site["contactEmail"] = settings.contactEmail?.value
            site["homeHref"] = (rootOverride ?? root) + home(language).path
            if let safeUse = linked.index.pages["sikker-brug"] {
                site["safeUseHref"] = href(safeUseRoute(safeUse, language: language))
            }
            var chrome: View = [
                "site": site,
                // From the root, as the layout always wrote them.
                "menu": shared.menu(section, language: language, root: root) { menu(section: section, language: language) { root + $0.path } },
            ]
            // Each language with a front page has its own search; a page in another language has none.
            if language == nil || settings.translations[language ?? ""] != nil {
                chrome["searchHref"] = root + (language.map(Routes.search.translated) ?? Routes.search).path
            } else {
                chrome["noHeaderSearch"] = true
            }
            return chrome
        }
    }

    /// Every page the header links to in `language`: the free pages, the page on
    /// safe use and the front page.
    private func headerTargets(_ language: String?) -> [Route] {
        var targets = menuPages.compactMap { pageRoute($0, language: language) }
        if let safeUse = linked.index.pages["sikker-brug"] { targets.append(safeUseRoute(safeUse, language: language)) }
        return targets + [home(language)]
    }

    /// A free page in the menu of pages in `language`: its translation, or nothing
    /// where it has none.
    private func pageRoute(_ page: FreePage, language: String?) -> Route? {
        language.map { page.translations[$0] != nil ? Routes.page(page.id).translated($0) : nil } ?? Routes.page(page.id)
    }

    private func safeUseRoute(_ page: FreePage, language: String?) -> Route {
        language.map { page.translations[$0] != nil ? Routes.page(page.id).translated($0) : Routes.page(page.id) } ?? Routes.page(page.id)
    }

    /// The akut box: whom to call in and outside opening hours, the police, and 112.
    func akut(_ m: Municipality, from route: Route, language: String? = nil) -> View {
        let index = linked.index
        func entries() -> (urgent: ContactEntry?, afterHours: ContactEntry?, police: ContactEntry?) {
            // Without one, the template says the kommune gave no after-hours number and shows 114.
            (index.contact(m.urgentContact.id, in: m.id), m.afterHoursContact.flatMap { index.contact($0.id, in: m.id) },
             m.police.flatMap { $0.id == m.afterHoursContact?.id ? nil : index.contact($0.id, in: m.id) })
        }
        return shared.view(.akut, of: m.id, language: language, from: route, links: {
            let e = entries()
            return [e.urgent, e.afterHours, e.police].compactMap { $0.map { ContactView.target($0, language: language) } }
        }, make: {
            let e = entries()
            var view: View = ["name": m.name]
            view["urgent"] = e.urgent.map { contact($0, from: route, language: language) }
            view["afterHours"] = e.afterHours.map { contact($0, from: route, language: language) }
            view["police"] = e.police.map { contact($0, from: route, language: language) }
            return view
        })
    }

    /// A contact's line as a card lists it.
    func contact(_ entry: ContactEntry, from route: Route, language: String? = nil) -> View {
        let owner: String
        switch entry {
        case .local(let m, _): owner = m
        case .national: owner = ""
        }
        return shared.view(.contact(entry.id), of: owner, language: language, from: route,
                           links: { [ContactView.target(entry, language: language)] }) {
            ContactView.make(entry, from: route, language: language, texts: texts(language))
        }
    }

    /// The kommune's plan as lists, the footer and a card show it (nil: no plan).
    func plan(_ m: Municipality, from route: Route, language: String? = nil) -> View? {
        guard let plan = m.plan else { return nil }
        return shared.view(.plan, of: m.id, language: language, from: route, links: { [.init(route: Routes.plan(m.id), fragment: nil)] }) {
            PlanView.make(plan, of: m, from: route, today: linked.today, texts: texts(language))
        }
    }

    /// The front page in `language` where the site has one, else the default one.
    func home(_ language: String?) -> Route {
        language.flatMap { linked.site.settings.translations[$0] != nil ? Routes.home.translated($0) : nil } ?? Routes.home
    }

    /// The national-help list in `language` where there is one, else the default one.
    func organisations(_ language: String?) -> Route {
        language.flatMap { organisationLanguages.contains($0) ? Routes.organisations.translated($0) : nil } ?? Routes.organisations
    }

    /// The breadcrumbs of a translated page in a kommune: the front page in the
    /// language where there is one, and the kommune's page (in the default language).
    func crumbs(_ m: Municipality, language: String?) -> [(String, Route)] {
        [(texts(language)["home"], home(language)), (m.name, Routes.municipality(m.id))]
    }

    /// The main menu: in the default language every section; in another language the
    /// pages that exist in it (the front page, national help, the translated free pages).
    private func menu(section: Section, language: String?, href: (Route) -> String) -> [View] {
        let t = texts(language)
        var items: [(Section, String, Route)] = []
        if let language {
            if linked.site.settings.translations[language] != nil { items.append((.home, t["home"], Routes.home.translated(language))) }
            if organisationLanguages.contains(language) {
                items.append((.organisations, t["nationalHelp"], organisations(language)))
            }
        } else {
            items = [(.home, t["home"], Routes.home), (.organisations, t["nationalHelp"], Routes.organisations),
                     (.situations, t["situations"], Routes.situations), (.audiences, t["audiences"], Routes.audiences),
                     (.comparison, t["compare"], Routes.comparison), (.glossary, t["glossary"], Routes.glossary)]
        }
        return items.map { item -> View in ["href": href(item.2), "title": item.1, "current": item.0 == section] }
    }

    /// `hreflang` alternates (with `x-default`, the default language's page) and the
    /// language menu, for a page that exists in more than one language.
    private func addVersions(_ versions: [String: Route], of route: Route, to view: inout View) {
        let settings = linked.site.settings
        let base = settings.baseURL
        func address(_ target: Route) -> String { base.map { SiteFiles.absoluteURL(of: target, base: $0) } ?? route.relative(to: target) }
        var alternates: [View] = []
        var items: [View] = []
        for language in settings.languages {
            guard let target = versions[language.code] else { continue }
            alternates.append(["hreflang": language.code, "href": address(target)])
            items.append(["code": language.code, "name": language.name, "href": route.relative(to: target), "current": target == route])
        }
        if let fallback = versions[settings.defaultLanguage.code] {
            alternates.append(["hreflang": "x-default", "href": address(fallback)])
        }
        view["alternates"] = alternates
        view["languageMenu"] = ["items": items] as View
    }

    /// A page only in the default language: its language menu says so in each other
    /// language that has a front page, and leads there.
    /// Shared by the pages beside it, as the header that shows it is.
    private func addUntranslated(_ route: Route, to view: inout View) {
        guard !frontPageLanguages.isEmpty else { return }
        let homes = frontPageLanguages.map { home($0.code) }
        view["languageMenu"] = shared.placed(.untranslatedLanguageMenu, of: route, language: nil, targets: homes) {
            let base = linked.site.settings.defaultLanguage
            var items: [View] = [["code": base.code, "name": base.name, "current": true]]
            for (language, home) in zip(frontPageLanguages, homes) {
                items.append(["code": language.code, "name": language.name, "href": route.relative(to: home),
                              "onlyInDefault": texts(language.code)["onlyInDefault"]])
            }
            return ["items": items]
        }
    }

    private func footer(_ m: Municipality?, from route: Route, language: String?) -> View {
        var view: View = [
            "accessibilityStatement": (m?.accessibilityStatement ?? linked.site.settings.accessibilityStatement).value
        ]
        guard let m else { return view }
        let urgent = { linked.index.contact(m.urgentContact.id, in: m.id) }
        view["municipality"] = shared.view(.footer, of: m.id, language: language, from: route, links: {
            [.init(route: Routes.plan(m.id), fragment: nil)] + (urgent().map { [ContactView.target($0, language: language)] } ?? [])
        }, make: {
            var municipality: View = ["name": m.name, "website": m.website.value]
            municipality["plan"] = plan(m, from: route, language: language)
            municipality["contact"] = urgent().map { contact($0, from: route, language: language) }
            return municipality
        })
        return view
    }
}
