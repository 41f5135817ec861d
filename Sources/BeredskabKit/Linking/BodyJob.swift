/// One Markdown body to link: where it is shown and which kommune it speaks for.
struct BodyJob: @unchecked Sendable {
    enum Kind { case term, page, plan, card }

    /// The kommune a plan or card belongs to: only what linking reads (copying the
    /// whole `Municipality` into every job was a tenth of a preview rebuild).
    struct Owner {
        let id: String
        let name: String
    }

    let kind: Kind
    let route: Route
    let municipality: Owner?
    let markdown: MarkdownText
    /// Citations to record when the body links to a national organisation.
    let citationTitle: String?
    var parsed: ParsedMarkdown? = nil
}

extension Site {
    /// The bodies that belong to no kommune: terms and free pages.
    var siteBodyJobs: [BodyJob] {
        terms.map { BodyJob(kind: .term, route: Routes.term($0.id), municipality: nil, markdown: $0.body, citationTitle: nil) }
            + pages.map { BodyJob(kind: .page, route: Routes.page($0.id), municipality: nil, markdown: $0.body, citationTitle: nil) }
    }
}

extension Municipality {
    var planJob: BodyJob? {
        plan.map { BodyJob(kind: .plan, route: Routes.plan(id), municipality: BodyJob.Owner(id: id, name: name), markdown: $0.body, citationTitle: $0.title) }
    }

    var cardJobs: [BodyJob] {
        let owner = BodyJob.Owner(id: id, name: name)
        return cards.map { BodyJob(kind: .card, route: Routes.card(id, $0.id), municipality: owner, markdown: $0.body, citationTitle: $0.title) }
    }
}
