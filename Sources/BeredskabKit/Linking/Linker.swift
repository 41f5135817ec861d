import Foundation

/// The link stage: checks that every id is unique and every reference resolves,
/// converts Markdown bodies to HTML with relative links, and removes what the
/// build target may not show.
public enum Linker {
    public static func link(_ site: Site, target: BuildTarget, today: Day?) -> Staged<LinkedSite> {
        var d = Diagnostics()
        let index = SiteIndex(site, diagnostics: &d)
        ReferenceChecks(index: index, target: target).check(site, diagnostics: &d)
        if let today { RevisionCheck.check(site, today: today, diagnostics: &d) }

        var jobs = site.bodyJobs
        parseInParallel(&jobs)
        var planAnchors: [String: Set<String>] = [:]
        for job in jobs where job.route == job.municipality.map({ Routes.plan($0.id) }) {
            if let m = job.municipality, let parsed = job.parsed { planAnchors[m.id] = Set(parsed.headings.map(\.anchor)) }
        }
        let linker = MarkdownLinker(index: index, target: target, planAnchors: planAnchors, unreadable: site.unreadable)
        let results = ParallelMap.map(jobs) { job in job.parsed.map { linker.link(job, parsed: $0) } }

        var bodies: [Route: RenderedBody] = [:]
        var citations = FrontMatterCitations.collect(site, index: index)
        for (job, result) in zip(jobs, results) {
            guard let result else { continue }
            bodies[job.route] = result.body
            d.append(contentsOf: result.diagnostics)
            if let m = job.municipality, let title = job.citationTitle {
                for id in result.citedOrganisations {
                    citations[id, default: []].insert(Citation(municipality: m.name, title: title, route: job.route))
                }
            }
            if job.municipality != nil, job.route.path.contains("/kort/") {
                CardSections.check(result.body, path: job.markdown.path, diagnostics: &d)
            }
        }
        let visible = target == .offentlig ? site.withoutIntranetContacts : site
        var visibleDiagnostics = Diagnostics()
        let linked = LinkedSite(
            site: visible, index: SiteIndex(visible, diagnostics: &visibleDiagnostics), target: target, today: today,
            bodies: bodies, citations: citations.mapValues { $0.sorted() })
        return Staged(linked, d.all)
    }

    private static func parseInParallel(_ jobs: inout [BodyJob]) {
        let parsed = ParallelMap.map(jobs) { ParsedMarkdown($0.markdown) }
        for i in jobs.indices { jobs[i].parsed = parsed[i] }
    }
}

extension Site {
    /// The site as the public may see it: `intern` contacts removed.
    var withoutIntranetContacts: Site {
        Site(settings: settings, organisations: organisations, situations: situations, audiences: audiences,
             terms: terms, pages: pages,
             municipalities: municipalities.map { m in
                 Municipality(id: m.id, name: m.name, website: m.website, description: m.description,
                              accessibilityStatement: m.accessibilityStatement, urgentContact: m.urgentContact,
                              afterHoursContact: m.afterHoursContact, police: m.police, plan: m.plan,
                              contacts: m.contacts.filter { $0.visibility == .everyone }, cards: m.cards,
                              actionPlan: m.actionPlan, location: m.location)
             },
             unreadable: unreadable)
    }
}
