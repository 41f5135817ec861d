import Foundation

/// The render stage: every page rendered in memory, in parallel, from the linked site.
public enum Renderer {
    /// Kommuner per batch handed to a sink (about 500 pages): enough to keep every
    /// core busy, few enough that a national build's memory stays small.
    static let municipalitiesPerBatch = 6

    /// - Parameters:
    ///   - cache: pages of an earlier build (the preview server), or nil.
    ///   - scope: the kommuner whose pages changed; the other kommuner's pages come
    ///     from `cache`. Nil renders everything.
    ///   - sink: takes the pages batch by batch as they are rendered (a build that
    ///     writes them at once); they are then left out of the result, which keeps
    ///     the site-wide files. Not used with `cache`.
    public static func render(_ linked: LinkedSite, templates: TemplateSet,
                              cache: RenderCache? = nil, scope: Set<String>? = nil,
                              sink: (([OutputFile]) -> Void)? = nil) -> Staged<[OutputFile]> {
        var timer = StageTimer(prefix: "  render/")
        let summary = SiteSummary.hash(linked)
        let reusing = cache != nil && scope != nil
        // Site-wide pages show only what the summary covers, so they can be kept too.
        let siteWideKept = reusing && cache?.summary == summary
        let municipalities = linked.site.municipalities.filter { scope?.contains($0.id) ?? true }
        let css = templates.assets.first { $0.path == "assets/site.css" }.map(\.text) ?? ""
        let context = PageContext(linked: linked, stylesheet: css)
        let siteWide = siteWideKept ? [] : sitePages(linked) + crossMunicipalityPages(linked) + [comparisonPage(linked)] + searchPage(linked)
        timer.lap("prepare")
        let render = { (job: PageJob) -> OutputFile in
            OutputFile(path: job.route.path, text: templates.render(job.view(context), template: job.template))
        }
        var pages: [OutputFile] = []
        var routes: [Route] = []
        if let sink {
            // A few kommuner at a time, QR codes and print articles included: memory
            // holds one group's pages, not the site's.
            let groups = [[]] + stride(from: 0, to: municipalities.count, by: municipalitiesPerBatch).map {
                Array(municipalities[$0..<min($0 + municipalitiesPerBatch, municipalities.count)])
            }
            for (index, group) in groups.enumerated() {
                let jobs = index == 0 ? siteWide : municipalityJobs(group, linked, templates: templates)
                let batch = ParallelMap.map(jobs, render)
                routes += batch.map { Route($0.path) }
                sink(batch)
            }
        } else {
            pages = ParallelMap.map(siteWide + municipalityJobs(municipalities, linked, templates: templates), render)
        }
        timer.lap("pages")
        if reusing, let cache, let scope {
            pages += cache.pages { path in Route.municipality(of: path).map { !scope.contains($0) } ?? siteWideKept }
        }
        cache?.store(pages: pages, summary: summary)
        let search = searchIndex(linked, cache: cache)
        timer.lap("search index")
        let files = pages + templates.assets + SiteFiles.make(linked, routes: routes + pages.map { Route($0.path) })
            + search + [Feed.make(linked)]
        timer.lap("site files")
        return Staged(files.sorted { $0.path < $1.path }, [])
    }

    /// Every page of these kommuner, with their cards' QR codes and print articles.
    static func municipalityJobs(_ municipalities: [Municipality], _ linked: LinkedSite, templates: TemplateSet) -> [PageJob] {
        let qrCodes = CardView.qrCodes(linked, municipalities)
        let articles = bundleArticles(linked, municipalities, templates: templates, qrCodes: qrCodes)
        var jobs: [PageJob] = []
        for m in municipalities {
            jobs += municipalityPages(m, linked, qrCodes: qrCodes) + finderPages(m, linked) + printBundlePages(m, linked, articles: articles)
            if let plan = m.actionPlan { jobs.append(actionPlanPage(m, plan, linked)) }
        }
        return jobs
    }
}
