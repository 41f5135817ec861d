import Foundation

/// The render stage: every page rendered in memory, in parallel, from the linked site.
public enum Renderer {
    public static func render(_ linked: LinkedSite, templates: TemplateSet) -> Staged<[OutputFile]> {
        var jobs = sitePages(linked)
        for m in linked.site.municipalities { jobs += municipalityPages(m, linked) }
        let context = PageContext(linked: linked)
        let pages = ParallelMap.map(jobs) { job in
            OutputFile(path: job.route.path, text: templates.render(job.view(context), template: job.template))
        }
        let files = pages + templates.assets + SiteFiles.make(linked, routes: jobs.map(\.route))
        return Staged(files.sorted { $0.path < $1.path }, [])
    }
}
