import Foundation

/// The render stage: every page rendered in memory, in parallel, from the linked site.
public enum Renderer {
    public static func render(_ linked: LinkedSite, templates: TemplateSet) -> Staged<[OutputFile]> {
        let qrCodes = CardView.qrCodes(linked)
        let articles = bundleArticles(linked, templates: templates, qrCodes: qrCodes)
        var jobs = sitePages(linked) + crossMunicipalityPages(linked) + [comparisonPage(linked), searchPage(linked)]
        for m in linked.site.municipalities {
            jobs += municipalityPages(m, linked, qrCodes: qrCodes) + finderPages(m, linked) + printBundlePages(m, linked, articles: articles)
            if let plan = m.actionPlan { jobs.append(actionPlanPage(m, plan, linked)) }
        }
        let css = templates.assets.first { $0.path == "assets/site.css" }.map(\.text) ?? ""
        let context = PageContext(linked: linked, stylesheet: css)
        let pages = ParallelMap.map(jobs) { job in
            OutputFile(path: job.route.path, text: templates.render(job.view(context), template: job.template))
        }
        let files = pages + templates.assets + SiteFiles.make(linked, routes: jobs.map(\.route))
            + [searchIndex(linked), Feed.make(linked)]
        return Staged(files.sorted { $0.path < $1.path }, [])
    }
}
