extension Site {
    func with(baseURL: WebURL) -> Site {
        let s = settings
        return Site(settings: SiteSettings(title: s.title, description: s.description, quickExit: s.quickExit,
                                           accessibilityStatement: s.accessibilityStatement, baseURL: baseURL, contactEmail: s.contactEmail),
                    organisations: organisations, situations: situations, audiences: audiences, terms: terms, pages: pages,
                    municipalities: municipalities, unreadable: unreadable)
    }

    func with(unreadable: Set<String>) -> Site {
        Site(settings: settings, organisations: organisations, situations: situations, audiences: audiences,
             terms: terms, pages: pages, municipalities: municipalities, unreadable: unreadable)
    }
}
