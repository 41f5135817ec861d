/// The site as the preview server serves it: every file the build would write,
/// each rendered when it is first asked for and kept until the next change. After
/// an edit the server has only to load, model and link again; the open tab then
/// asks for one page, and only that page is rendered (a full render of 98
/// kommuner takes seconds). The jobs are the render stage's own, so a served page
/// is byte for byte the page `build` writes (see the incremental build tests).
public final class SiteCatalog: Sendable {
    private let linked: LinkedSite
    private let templates: TemplateSet
    private let context: PageContext
    private let siteWide: [String: PageJob]
    private let assets: [String: OutputFile]
    private let municipalities: [String: Municipality]

    /// What is made on request: each at most once, however many requests ask at
    /// the same time (the others wait for it).
    private let files = Locked([String: OutputFile]())
    private let municipalityJobs = Locked([String: Lazy<[String: PageJob]>]())
    private let searchFiles: Lazy<[String: OutputFile]>
    private let siteFiles: Lazy<[String: OutputFile]>

    init(_ linked: LinkedSite, templates: TemplateSet, searchCache: SearchCache?) {
        self.linked = linked
        self.templates = templates
        let context = PageContext(linked: linked, stylesheet: templates.stylesheet, texts: templates.texts)
        self.context = context
        let siteWide = Self.byPath(Renderer.siteWideJobs(linked), \.route.path)
        let municipalities = Self.byPath(linked.site.municipalities, \.id)
        let municipalityJobs = self.municipalityJobs
        self.siteWide = siteWide
        self.municipalities = municipalities
        self.assets = Self.byPath(templates.assets, \.path)
        // The search index is made as a whole (its shards span the site), from the
        // cache's unchanged pieces.
        searchFiles = Lazy { Self.byPath(Renderer.searchIndex(linked, context: context, cache: searchCache), \.path) }
        siteFiles = Lazy {
            // robots.txt, sitemap.xml and feed.xml list every page.
            let paths = Array(siteWide.keys) + municipalities.values.flatMap { m in
                Self.jobs(of: m, linked, templates, context, municipalityJobs).keys }
            return Self.byPath(Renderer.siteFiles(linked, routes: paths.map(Route.init)), \.path)
        }
    }

    /// The file at `path` (as in `site/`), or nil when the build would not write one.
    public func file(_ path: String) -> OutputFile? {
        if let kept = files.withLock({ $0[path] }) { return kept }
        guard let file = make(path) else { return nil }
        files.withLock { $0[path] = file }
        return file
    }

    /// Every file, sorted by path: what `Build.render` returns for the same content.
    public func allFiles() -> [OutputFile] {
        let pages = Array(siteWide.keys) + municipalities.values.flatMap { Self.jobs(of: $0, linked, templates, context, municipalityJobs).keys }
        return (pages + assets.keys + searchFiles.value.keys + siteFiles.value.keys).compactMap(file).sorted { $0.path < $1.path }
    }

    private func make(_ path: String) -> OutputFile? {
        if let asset = assets[path] { return asset }
        if let job = siteWide[path] { return job.render(context, templates) }
        if let id = Route.municipality(of: path) ?? languageFree(path).flatMap(Route.municipality) {
            guard let m = municipalities[id] else { return nil }
            return Self.jobs(of: m, linked, templates, context, municipalityJobs)[path]?.render(context, templates)
        }
        if path.hasPrefix(SearchFiles.folder) || languageFree(path)?.hasPrefix(SearchFiles.folder) == true {
            return searchFiles.value[path]
        }
        // Only a request for one of these lists every page; any other path is not in the site.
        return Renderer.siteFilePaths.contains(path) ? siteFiles.value[path] : nil
    }

    /// `en/kommuner/…` without its language folder, for a language of the site.
    private func languageFree(_ path: String) -> String? {
        guard let slash = path.firstIndex(of: "/") else { return nil }
        let code = path[..<slash]
        guard linked.site.settings.otherLanguages.contains(where: { $0.code == code }) else { return nil }
        return String(path[path.index(after: slash)...])
    }

    /// A kommune's jobs by path, made on the first request for one of its pages.
    private static func jobs(of m: Municipality, _ linked: LinkedSite, _ templates: TemplateSet, _ context: PageContext,
                             _ made: Locked<[String: Lazy<[String: PageJob]>]>) -> [String: PageJob] {
        let lazy = made.withLock { made in
            if let lazy = made[m.id] { return lazy }
            let lazy = Lazy { byPath(Renderer.municipalityJobs([m], linked, templates: templates, context: context, articlesOnDemand: true), \.route.path) }
            made[m.id] = lazy
            return lazy
        }
        return lazy.value
    }

    private static func byPath<T>(_ items: [T], _ key: KeyPath<T, String>) -> [String: T] {
        Dictionary(items.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { a, _ in a })
    }
}
