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
    /// A translation's language; nil for the default language's body.
    var language: String? = nil
    /// A translation's original, whose contact links it must share.
    var original: Route? = nil
}

extension BodyJob {
    /// Jobs for the translations of the body at `route`: shown at the same path under
    /// the language's folder. They cite nothing (organisation pages list originals).
    static func translations(_ translations: [String: Translation], of route: Route, kind: Kind, owner: Owner?) -> [BodyJob] {
        translations.keys.sorted().compactMap { code in
            translations[code].map {
                BodyJob(kind: kind, route: route.translated(code), municipality: owner, markdown: $0.body, citationTitle: nil,
                        language: code, original: route)
            }
        }
    }
}

extension Site {
    /// The bodies that belong to no kommune: terms and free pages, and their translations.
    var siteBodyJobs: [BodyJob] {
        terms.flatMap { term -> [BodyJob] in
            let route = Routes.term(term.id)
            return [BodyJob(kind: .term, route: route, municipality: nil, markdown: term.body, citationTitle: nil)]
                + BodyJob.translations(term.translations, of: route, kind: .term, owner: nil)
        } + pages.flatMap { page -> [BodyJob] in
            let route = Routes.page(page.id)
            return [BodyJob(kind: .page, route: route, municipality: nil, markdown: page.body, citationTitle: nil)]
                + BodyJob.translations(page.translations, of: route, kind: .page, owner: nil)
        }
    }
}

extension Municipality {
    var planJob: BodyJob? {
        plan.map { BodyJob(kind: .plan, route: Routes.plan(id), municipality: BodyJob.Owner(id: id, name: name), markdown: $0.body, citationTitle: $0.title) }
    }

    var cardJobs: [BodyJob] {
        let owner = BodyJob.Owner(id: id, name: name)
        return cards.flatMap { card -> [BodyJob] in
            let route = Routes.card(id, card.id)
            return [BodyJob(kind: .card, route: route, municipality: owner, markdown: card.body, citationTitle: card.title)]
                + BodyJob.translations(card.translations, of: route, kind: .card, owner: owner)
        }
    }
}
