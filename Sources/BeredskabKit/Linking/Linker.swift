import Foundation

/// The link stage: checks that every id is unique and every reference resolves,
/// converts Markdown bodies to HTML with relative links, and checks that the
/// build target may show what is referred to.
public enum Linker {
    /// - Parameter cache: bodies linked in an earlier build (the preview server);
    ///   a body is linked again only when its text or the ids it could link to changed.
    public static func link(_ site: Site, target: BuildTarget, today: Day?, cache: LinkCache? = nil) -> Staged<LinkedSite> {
        var d = Diagnostics()
        var timer = StageTimer(prefix: "  link/")
        let index = SiteIndex(site, diagnostics: &d)
        timer.lap("index")
        ReferenceChecks(index: index, target: target, unreadable: site.unreadable).check(site, diagnostics: &d)
        if let today { RevisionCheck.check(site, today: today, diagnostics: &d) }
        DraftReadiness.check(site, diagnostics: &d)
        timer.lap("checks")

        var jobs = site.bodyJobs
        var planAnchors: [String: Set<String>] = [:]
        for i in jobs.indices where jobs[i].route == jobs[i].municipality.map({ Routes.plan($0.id) }) {
            let headings = cache?.headings(jobs[i]) ?? {
                jobs[i].parsed = ParsedMarkdown(jobs[i].markdown)
                return jobs[i].parsed?.headings ?? []
            }()
            if let m = jobs[i].municipality { planAnchors[m.id] = Set(headings.map(\.anchor)) }
        }
        PlanBasisCheck.check(site, planAnchors: planAnchors, diagnostics: &d)
        timer.lap("plans")
        let fingerprint = LinkCache.fingerprint(index: index, target: target, planAnchors: planAnchors, unreadable: site.unreadable.union(site.drafts))
        timer.lap("fingerprint")
        let linker = MarkdownLinker(index: index, planAnchors: planAnchors, unreadable: site.unreadable, drafts: site.drafts)
        let results = ParallelMap.map(jobs) { job -> MarkdownLinker.Result? in
            if let hit = cache?.result(for: job, fingerprint: fingerprint) { return hit }
            let result = linker.link(job, parsed: job.parsed ?? ParsedMarkdown(job.markdown))
            cache?.store(result, for: job, fingerprint: fingerprint)
            return result
        }

        timer.lap("bodies")
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
        // A public build's site came from the model stage without `intern` contacts.
        var linked = LinkedSite(
            site: site, index: index, target: target, today: today,
            bodies: bodies, citations: citations.mapValues { $0.sorted() })
        linked.fingerprint = fingerprint
        timer.lap("collect")
        return Staged(linked, d.all)
    }

}
