import Foundation

/// The render stage: every page rendered in memory, in parallel, from the linked site.
public enum Renderer {
    /// - Parameters:
    ///   - cache: pages of an earlier build (the preview server), or nil.
    ///   - scope: the kommuner whose pages changed; the other kommuner's pages come
    ///     from `cache`. Nil renders everything.
    public static func render(_ linked: LinkedSite, templates: TemplateSet,
                              cache: RenderCache? = nil, scope: Set<String>? = nil) -> Staged<[OutputFile]> {
        var timer = StageTimer(prefix: "  render/")
        let summary = SiteSummary.hash(linked)
        let reusing = cache != nil && scope != nil
        // Site-wide pages show only what the summary covers, so they can be kept too.
        let siteWideKept = reusing && cache?.summary == summary
        let municipalities = linked.site.municipalities.filter { scope?.contains($0.id) ?? true }
        let qrCodes = CardView.qrCodes(linked, municipalities)
        let articles = bundleArticles(linked, municipalities, templates: templates, qrCodes: qrCodes)
        var jobs = siteWideKept ? [] : sitePages(linked) + crossMunicipalityPages(linked) + [comparisonPage(linked), searchPage(linked)]
        for m in municipalities {
            jobs += municipalityPages(m, linked, qrCodes: qrCodes) + finderPages(m, linked) + printBundlePages(m, linked, articles: articles)
            if let plan = m.actionPlan { jobs.append(actionPlanPage(m, plan, linked)) }
        }
        let css = templates.assets.first { $0.path == "assets/site.css" }.map(\.text) ?? ""
        let context = PageContext(linked: linked, stylesheet: css)
        timer.lap("prepare")
        var pages = ParallelMap.map(jobs) { job in
            OutputFile(path: job.route.path, text: templates.render(job.view(context), template: job.template))
        }
        timer.lap("pages")
        if reusing, let cache, let scope {
            pages += cache.pages { path in Route.municipality(of: path).map { !scope.contains($0) } ?? siteWideKept }
        }
        cache?.store(pages: pages, summary: summary)
        let files = pages + templates.assets + SiteFiles.make(linked, routes: pages.map { Route($0.path) })
            + [searchIndex(linked, cache: cache), Feed.make(linked)]
        timer.lap("site files")
        return Staged(files.sorted { $0.path < $1.path }, [])
    }
}
