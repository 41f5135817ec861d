/// What the link stage found for one kommune: its bodies as HTML, its messages,
/// and which national organisations its pages name. The preview server keeps it
/// while the kommune (`Municipality.revision`) and everything it can link to
/// (`LinkCache.fingerprint`) are unchanged, so an edit re-checks one kommune.
struct MunicipalityLinks: Sendable {
    let revision: Int
    let bodies: [(route: Route, body: RenderedBody)]
    let diagnostics: [Diagnostic]
    /// Organisation id → the kommune's pages that name it, sorted.
    let citations: [String: [Citation]]

    /// The checks of the kommune's front matter and YAML, and its linked bodies
    /// (`results`, in the order of `jobs`).
    static func make(_ m: Municipality, jobs: [BodyJob], results: [MarkdownLinker.Result?], context: LinkContext) -> MunicipalityLinks {
        var d = Diagnostics()
        context.references.check(m, diagnostics: &d)
        if let today = context.today { RevisionCheck.check(m, today: today, diagnostics: &d) }
        DraftReadiness.check(m, diagnostics: &d)
        PlanBasisCheck.check(m, anchors: context.planAnchors[m.id], diagnostics: &d)
        var citations = FrontMatterCitations.collect(m, index: context.references.index)
        TranslationContacts.check(jobs, results, diagnostics: &d)
        ContactLanguages.check(m, languages: context.languages, diagnostics: &d)
        var bodies: [(route: Route, body: RenderedBody)] = []
        for (job, result) in zip(jobs, results) {
            guard let result else { continue }
            bodies.append((job.route, result.body))
            d.append(contentsOf: result.diagnostics)
            if let title = job.citationTitle {
                for id in result.citedOrganisations {
                    citations[id, default: []].insert(Citation(municipality: m.name, title: title, route: job.route))
                }
            }
        }
        return MunicipalityLinks(revision: m.revision, bodies: bodies, diagnostics: d.all, citations: citations.mapValues { $0.sorted() })
    }
}

/// What every kommune's checks read from the whole site.
struct LinkContext {
    let references: ReferenceChecks
    let planAnchors: [String: Set<String>]
    let today: Day?
    /// The site's languages (`sprog`), by code.
    let languages: Set<String>
}

/// A contact table's `<kolonne>_<sprog>` columns for a language the site does not
/// declare are not shown anywhere: said once per language and table.
enum ContactLanguages {
    static func check(_ m: Municipality, languages: Set<String>, diagnostics d: inout Diagnostics) {
        var said = Set<String>()
        for contact in m.contacts {
            for (code, translation) in contact.translations.sorted(by: { $0.key < $1.key })
            where !languages.contains(code) && said.insert(code).inserted {
                d.warning("kolonnerne på \(Language.known[code]?.name ?? code) (`…_\(code)`) bliver ikke brugt, for `\(code)` står ikke i `sprog` i site.yaml; tilføj sproget dér, eller slet kolonnerne",
                          at: translation.location)
            }
        }
    }
}
