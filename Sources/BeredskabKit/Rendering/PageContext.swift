/// The part of every page's view model that the base layout reads.
struct PageContext {
    let linked: LinkedSite
    /// The site's stylesheet, for the one page that cannot link to it (404.html).
    let stylesheet: String
    /// The free pages, in menu order; sorted once, shown on every page.
    private let menuPages: [FreePage]

    init(linked: LinkedSite, stylesheet: String = "") {
        self.linked = linked
        self.stylesheet = stylesheet
        self.menuPages = linked.site.pages.sorted { $0.id < $1.id }
    }

    enum Section: String { case home, organisations, glossary, page, situations, audiences, comparison, none }

    func make(route: Route, title: String, description: String, section: Section = .none,
              municipality: Municipality? = nil, breadcrumbs: [(String, Route)] = [], rootOverride: String? = nil) -> View {
        let settings = linked.site.settings
        let root = rootOverride ?? route.relative(toFile: "index.html").dropLast("index.html".count).description
        var site: View = [
            "title": settings.title,
            "description": settings.description,
            "quickExit": settings.quickExit.value,
            "pages": menuPages.map { page -> View in
                let target = Routes.page(page.id)
                return ["href": rootOverride.map { $0 + target.path } ?? route.relative(to: target),
                        "title": page.title, "current": target == route]
            },
        ]
        site["contactEmail"] = settings.contactEmail?.value
        if linked.index.pages["sikker-brug"] != nil {
            site["safeUseHref"] = rootOverride.map { $0 + Routes.page("sikker-brug").path } ?? route.relative(to: Routes.page("sikker-brug"))
        }
        var view: View = [
            "root": root,
            "pageTitle": title == settings.title ? title : "\(title) – \(settings.title)",
            "pageDescription": description,
            "site": site,
            "nav": [section.rawValue: true],
            "breadcrumbs": breadcrumbs.map { crumb in
                ["title": crumb.0, "href": rootOverride.map { $0 + crumb.1.path } ?? route.relative(to: crumb.1)]
            },
            "footer": footer(municipality, from: route),
        ]
        if let base = settings.baseURL {
            view["canonical"] = SiteFiles.absoluteURL(of: route, base: base)
        }
        if let municipality { view["akut"] = akut(municipality, from: route) }
        // Drafts are built only for a preview: each of their pages says so.
        if municipality?.isDraft == true { view["draft"] = true }
        return view
    }

    func akut(_ m: Municipality, from route: Route) -> View { Self.akut(m, from: route, linked: linked) }

    /// The akut box: whom to call in and outside opening hours, the police, and 112.
    static func akut(_ m: Municipality, from route: Route, linked: LinkedSite) -> View {
        var view: View = ["name": m.name]
        let index = linked.index
        view["urgent"] = index.contact(m.urgentContact.id, in: m.id).map { ContactView.make($0, from: route) }
        // Without one, the template says the kommune gave no after-hours number and shows 114.
        view["afterHours"] = m.afterHoursContact.flatMap { index.contact($0.id, in: m.id) }.map { ContactView.make($0, from: route) }
        if let police = m.police, police.id != m.afterHoursContact?.id {
            view["police"] = index.contact(police.id, in: m.id).map { ContactView.make($0, from: route) }
        }
        return view
    }

    private func footer(_ m: Municipality?, from route: Route) -> View {
        var view: View = [
            "accessibilityStatement": (m?.accessibilityStatement ?? linked.site.settings.accessibilityStatement).value
        ]
        if let m {
            var municipality: View = ["name": m.name, "website": m.website.value]
            municipality["plan"] = m.plan.map { PlanView.make($0, of: m, from: route, today: linked.today) }
            municipality["contact"] = linked.index.contact(m.urgentContact.id, in: m.id).map { ContactView.make($0, from: route) }
            view["municipality"] = municipality
        }
        return view
    }
}
