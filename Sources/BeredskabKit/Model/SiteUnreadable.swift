extension Site {
    func with(unreadable: Set<String>) -> Site {
        Site(settings: settings, organisations: organisations, situations: situations, audiences: audiences,
             terms: terms, pages: pages, municipalities: municipalities, unreadable: unreadable)
    }
}
