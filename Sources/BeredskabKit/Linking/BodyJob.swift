/// One Markdown body to link: where it is shown and which kommune it speaks for.
struct BodyJob: @unchecked Sendable {
    let route: Route
    let municipality: Municipality?
    let markdown: MarkdownText
    /// Citations to record when the body links to a national organisation.
    let citationTitle: String?
    var parsed: ParsedMarkdown? = nil
}

extension Site {
    /// Every Markdown body of the site, with the page it renders on.
    var bodyJobs: [BodyJob] {
        var jobs: [BodyJob] = []
        for term in terms { jobs.append(BodyJob(route: Routes.term(term.id), municipality: nil, markdown: term.body, citationTitle: nil)) }
        for page in pages { jobs.append(BodyJob(route: Routes.page(page.id), municipality: nil, markdown: page.body, citationTitle: nil)) }
        for m in municipalities {
            if let plan = m.plan {
                jobs.append(BodyJob(route: Routes.plan(m.id), municipality: m, markdown: plan.body, citationTitle: plan.title))
            }
            for card in m.cards {
                jobs.append(BodyJob(route: Routes.card(m.id, card.id), municipality: m, markdown: card.body, citationTitle: card.title))
            }
        }
        return jobs
    }
}
