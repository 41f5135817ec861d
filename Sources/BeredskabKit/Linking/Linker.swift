import Foundation

/// The link stage: checks that every id is unique and every reference resolves,
/// converts Markdown bodies to HTML with relative links, and checks that the
/// build target may show what is referred to.
public enum Linker {
    /// - Parameter cache: what an earlier build linked (the preview server): a body
    ///   is linked again only when its text or the ids it could link to changed, and
    ///   a kommune is checked again only when it changed (see `MunicipalityLinks`).
    public static func link(_ site: Site, target: BuildTarget, today: Day?, cache: LinkCache? = nil) -> Staged<LinkedSite> {
        var d = Diagnostics()
        var timer = StageTimer(prefix: "  link/")
        let index = SiteIndex(site, diagnostics: &d)
        let references = ReferenceChecks(index: index, target: target, unreadable: site.unreadable)
        references.checkSite(site, diagnostics: &d)
        timer.lap("index")

        // Every link to a plan resolves against its anchors: they come first.
        // The plans are parsed side by side; the parse is kept for linking their bodies.
        let plans = ParallelMap.map(site.municipalities.compactMap { m in m.planJob.map { (m.id, $0) } }) { id, job in
            var job = job
            let headings = cache?.headings(job) ?? {
                job.parsed = ParsedMarkdown(job.markdown)
                return job.parsed?.headings ?? []
            }()
            return (id: id, job: job, anchors: Set(headings.map(\.anchor)))
        }
        var planJobs: [String: BodyJob] = [:]
        var planAnchors: [String: Set<String>] = [:]
        for plan in plans {
            planAnchors[plan.id] = plan.anchors
            planJobs[plan.id] = plan.job
        }
        let fingerprint = LinkCache.fingerprint(index: index, target: target, planAnchors: planAnchors, unreadable: site.unreadable.union(site.drafts))
        timer.lap("plans")

        let kept = cache?.municipalities(fingerprint: fingerprint) ?? [:]
        let changed = site.municipalities.filter { m in kept[m.id].map { $0.revision != m.revision || m.revision == 0 } ?? true }
        let municipalityJobs = changed.map { m in (planJobs[m.id].map { [$0] } ?? []) + m.cardJobs }
        let jobs = site.siteBodyJobs + municipalityJobs.joined()
        let linker = MarkdownLinker(index: index, planAnchors: planAnchors, unreadable: site.unreadable, drafts: site.drafts,
                                    defaultLanguage: site.settings.defaultLanguage.code)
        let results = ParallelMap.map(jobs) { job -> MarkdownLinker.Result? in
            if let hit = cache?.result(for: job, fingerprint: fingerprint) { return hit }
            let result = linker.link(job, parsed: job.parsed ?? ParsedMarkdown(job.markdown))
            cache?.store(result, for: job, fingerprint: fingerprint)
            return result
        }
        timer.lap("bodies")

        var bodies: [Route: RenderedBody] = [:]
        let siteJobCount = jobs.count - municipalityJobs.reduce(0) { $0 + $1.count }
        for (job, result) in zip(jobs.prefix(siteJobCount), results.prefix(siteJobCount)) {
            guard let result else { continue }
            bodies[job.route] = result.body
            d.append(contentsOf: result.diagnostics)
        }
        TranslationContacts.check(Array(jobs.prefix(siteJobCount)), Array(results.prefix(siteJobCount)), diagnostics: &d)
        let context = LinkContext(references: references, planAnchors: planAnchors, today: today,
                                  languages: Set(site.settings.languages.map(\.code)))
        // Each kommune's checks and citations on their own, side by side.
        var offsets: [Int] = []
        var offset = siteJobCount
        for jobs in municipalityJobs {
            offsets.append(offset)
            offset += jobs.count
        }
        let linksMade = ParallelMap.map(Array(changed.indices)) { i in
            let jobs = municipalityJobs[i]
            return MunicipalityLinks.make(changed[i], jobs: jobs, results: Array(results[offsets[i]..<offsets[i] + jobs.count]), context: context)
        }
        var made: [String: MunicipalityLinks] = [:]
        for (m, links) in zip(changed, linksMade) { made[m.id] = links }
        cache?.store(municipalities: made, fingerprint: fingerprint)
        var citations: [String: [Citation]] = [:]
        // In the citations' own order (kommune name first), so the lists are joined
        // already nearly sorted and the final sort has little to do.
        for m in site.municipalities.sorted(by: { $0.name < $1.name }) {
            guard let links = made[m.id] ?? kept[m.id] else { continue }
            for (route, body) in links.bodies { bodies[route] = body }
            d.append(contentsOf: links.diagnostics)
            for (id, list) in links.citations { citations[id, default: []].append(contentsOf: list) }
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
