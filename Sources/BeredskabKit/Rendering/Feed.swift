/// `feed.xml`: an Atom feed of dated plans and changed cards. Dates come from
/// the content (`vedtaget` or `gaeldende_fra`, `opdateret`), never from the clock.
enum Feed {
    static func make(_ linked: LinkedSite) -> OutputFile {
        let site = linked.site
        var entries: [(day: Day, route: Route, title: String, summary: String)] = []
        for m in site.municipalities {
            // A plan without a date of its own has no place in a dated feed.
            if let plan = m.plan, let day = plan.dates.start {
                entries.append((day, Routes.plan(m.id), "\(m.name): \(plan.title)", plan.summary))
            }
            for card in m.cards { entries.append((card.updated, Routes.card(m.id, card.id), "\(m.name): \(card.title)", card.summary)) }
        }
        entries.sort { ($0.day, $1.route.path) > ($1.day, $0.route.path) }
        let base = site.settings.baseURL
        func link(_ route: Route) -> String { base.map { SiteFiles.absoluteURL(of: route, base: $0) } ?? route.path }
        func id(_ route: Route) -> String { base.map { SiteFiles.absoluteURL(of: route, base: $0) } ?? "tag:beredskab.invalid,2024:" + route.path }
        let updated = entries.first.map { $0.day.iso } ?? "2024-01-01"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
        <title>\(escape(site.settings.title)): ændringer</title>
        <id>\(escape(id(Routes.home)))</id>
        <updated>\(updated)T00:00:00Z</updated>
        <link rel="alternate" type="text/html" href="\(escape(link(Routes.home)))"/>
        <author><name>\(escape(site.settings.title))</name></author>

        """
        for entry in entries {
            xml += """
            <entry>
            <title>\(escape(entry.title))</title>
            <id>\(escape(id(entry.route)))</id>
            <updated>\(entry.day.iso)T00:00:00Z</updated>
            <link rel="alternate" type="text/html" href="\(escape(link(entry.route)))"/>
            <summary>\(escape(entry.summary))</summary>
            </entry>

            """
        }
        xml += "</feed>\n"
        return OutputFile(path: Routes.feed.path, text: xml)
    }

    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
