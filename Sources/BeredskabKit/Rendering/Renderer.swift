import Foundation

/// The render stage: every page rendered in memory, in parallel, from the linked site.
public enum Renderer {
    /// Kommuner per batch handed to a sink (about 500 pages): enough to keep every
    /// core busy, few enough that a national build's memory stays small.
    static let municipalitiesPerBatch = 6

    /// - Parameter sink: takes the pages batch by batch as they are rendered (a
    ///   build that writes them at once); they are then left out of the result,
    ///   which keeps the site-wide files.
    public static func render(_ linked: LinkedSite, templates: TemplateSet,
                              sink: (([OutputFile]) -> Void)? = nil) -> Staged<[OutputFile]> {
        var timer = StageTimer(prefix: "  render/")
        let municipalities = linked.site.municipalities
        let context = PageContext(linked: linked, stylesheet: templates.stylesheet, texts: templates.texts)
        let siteWide = siteWideJobs(linked)
        timer.lap("prepare")
        // The search index reads only the linked site, so it is made beside the pages
        // and fills the cores whenever a batch of pages leaves one idle.
        let search = Background { searchIndex(linked, context: context) }
        let render = { (job: PageJob) -> OutputFile in job.render(context, templates) }
        var pages: [OutputFile] = []
        var routes: [Route] = []
        if let sink {
            // A few kommuner at a time, QR codes and print articles included: memory
            // holds one group's pages, not the site's.
            let groups = [[]] + stride(from: 0, to: municipalities.count, by: municipalitiesPerBatch).map {
                Array(municipalities[$0..<min($0 + municipalitiesPerBatch, municipalities.count)])
            }
            for (index, group) in groups.enumerated() {
                let jobs = index == 0 ? siteWide : municipalityJobs(group, linked, templates: templates, context: context)
                let batch = ParallelMap.map(jobs, render)
                routes += batch.map { Route($0.path) }
                sink(batch)
            }
        } else {
            pages = ParallelMap.map(siteWide + municipalityJobs(municipalities, linked, templates: templates, context: context), render)
            routes = pages.map { Route($0.path) }
        }
        timer.lap("pages")
        let searchFiles = search.value
        timer.lap("search index (the rest, after the pages)")
        let files = pages + templates.assets + siteFiles(linked, routes: routes) + searchFiles
        timer.lap("site files")
        return Staged(files.sorted { $0.path < $1.path }, [])
    }

    /// The pages that belong to no one kommune.
    static func siteWideJobs(_ linked: LinkedSite) -> [PageJob] {
        sitePages(linked) + crossMunicipalityPages(linked) + [comparisonPage(linked)] + searchPage(linked)
    }

    /// The files made from the whole site's list of pages: robots.txt, sitemap.xml, feed.xml.
    static let siteFilePaths: Set = [SiteFiles.robotsPath, SiteFiles.sitemapPath, Routes.feed.path]

    static func siteFiles(_ linked: LinkedSite, routes: [Route]) -> [OutputFile] {
        SiteFiles.make(linked, routes: routes) + [Feed.make(linked)]
    }

    /// Every page of these kommuner, with their cards' QR codes and articles.
    /// - Parameter articlesOnDemand: make each card's article (and encode its QR
    ///   code) only when its page or a print bundle asks for it (the preview
    ///   server, asked for one page); else now, on every core.
    static func municipalityJobs(_ municipalities: [Municipality], _ linked: LinkedSite, templates: TemplateSet,
                                 context: PageContext, articlesOnDemand: Bool = false) -> [PageJob] {
        let qrCodes = QRCodes(linked, municipalities, eager: !articlesOnDemand) { context.texts($0)["qrLabel"] }
        let articles = CardArticles(context: context, templates: templates, qrCodes: qrCodes)
        if !articlesOnDemand { articles.makeAll(municipalities) }
        var jobs: [PageJob] = []
        for m in municipalities {
            jobs += municipalityPages(m, linked, articles: articles) + finderPages(m, linked) + printBundlePages(m, linked, articles: articles)
            if let plan = m.actionPlan { jobs.append(actionPlanPage(m, plan, linked)) }
        }
        return jobs
    }
}
