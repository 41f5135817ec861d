/// The pipeline of DESIGN.md: load → model → link → render → write.
public struct BuildOptions: Sendable {
    /// Kept in their canonical spelling (see `CanonicalPath`), however they are set.
    public var content: String { didSet { content = CanonicalPath.folder(content) } }
    public var templates: String { didSet { templates = CanonicalPath.folder(templates) } }
    public var output: String
    public var target: BuildTarget
    public var today: Day?
    /// Overrides `base_url` in site.yaml, e.g. for a staging copy of the site.
    public var baseURL: String?
    /// Drafts (`kladde: ja`) are built too: `serve`, `check` and `build --kladder`.
    public var drafts = false

    public init(content: String = "content", templates: String = "templates", output: String = "site",
                target: BuildTarget = .offentlig, today: Day? = nil) {
        self.content = CanonicalPath.folder(content)
        self.templates = CanonicalPath.folder(templates)
        self.output = output
        self.target = target
        self.today = today
    }
}

public struct BuildResult: Sendable {
    public let diagnostics: [Diagnostic]
    /// The rendered files (empty when there were errors). A build that wrote its
    /// pages as it rendered them (`Build.run`) keeps only the site-wide files here.
    public let files: [OutputFile]
    /// How many files the build wrote (`Build.run`), else how many it rendered.
    public let count: Int
    public var succeeded: Bool { !diagnostics.hasErrors }

    init(diagnostics: [Diagnostic], files: [OutputFile], count: Int? = nil) {
        self.diagnostics = diagnostics
        self.files = files
        self.count = count ?? files.count
    }
}

/// A build for the preview server: its diagnostics, and the site to serve when
/// nothing failed.
public struct Preview: Sendable {
    public let diagnostics: [Diagnostic]
    public let catalog: SiteCatalog?
    public var succeeded: Bool { !diagnostics.hasErrors }
}

public enum Build {
    /// Everything but writing: what `check` runs, and what the tests render from.
    public static func render(_ options: BuildOptions) -> BuildResult {
        let prepared = prepare(options)
        guard let linked = prepared.linked, let templates = prepared.templates else {
            return BuildResult(diagnostics: prepared.diagnostics.ordered, files: [])
        }
        var timer = StageTimer()
        let rendered = Renderer.render(linked, templates: templates)
        let diagnostics = prepared.diagnostics + rendered.diagnostics
        timer.lap("render")
        return BuildResult(diagnostics: diagnostics.ordered, files: diagnostics.hasErrors ? [] : rendered.value)
    }

    /// What `serve` shows: the stages up to link, reusing what `cache` kept from the
    /// previous build, and a catalog that renders each file when it is asked for.
    /// - Parameter changed: the files changed since the previous build with this cache.
    public static func preview(_ options: BuildOptions, cache: BuildCache, changed: Set<String>) -> Preview {
        let prepared = prepare(options, cache: cache, changed: changed)
        guard let linked = prepared.linked, let templates = prepared.templates else {
            return Preview(diagnostics: prepared.diagnostics.ordered, catalog: nil)
        }
        return Preview(diagnostics: prepared.diagnostics.ordered,
                       catalog: SiteCatalog(linked, templates: templates, searchCache: cache.search))
    }

    /// Renders and, when nothing failed, replaces `options.output` atomically. Pages
    /// go to the staging folder batch by batch as they are rendered (render and
    /// write overlap), so memory never holds the whole site.
    public static func run(_ options: BuildOptions) -> BuildResult {
        let prepared = prepare(options)
        var diagnostics = prepared.diagnostics
        var opening = Diagnostics()
        guard let linked = prepared.linked, let templates = prepared.templates,
              let staged = SiteWriter.open(options.output, kind: BuildKind(target: options.target, drafts: options.drafts),
                                           diagnostics: &opening) else {
            return BuildResult(diagnostics: diagnostics.ordered + opening.all, files: [])
        }
        var timer = StageTimer()
        let rendered = Renderer.render(linked, templates: templates, sink: staged.write)
        diagnostics += rendered.diagnostics
        timer.lap("render and write pages")
        guard !diagnostics.hasErrors else {
            staged.abandon()
            return BuildResult(diagnostics: diagnostics.ordered, files: [])
        }
        staged.write(rendered.value)
        var written = Diagnostics()
        staged.commit(diagnostics: &written)
        timer.lap("write and swap")
        return BuildResult(diagnostics: diagnostics.ordered + written.all, files: rendered.value, count: staged.count)
    }

    /// The stages before rendering: load → model → link, and the templates. Nil
    /// values when an error stops the build (all its errors are in `diagnostics`).
    struct Prepared {
        var diagnostics: [Diagnostic]
        var linked: LinkedSite?
        var templates: TemplateSet?
    }

    static func prepare(_ options: BuildOptions, cache: BuildCache? = nil, changed: Set<String> = []) -> Prepared {
        if let cache {
            cache.sources.invalidate(changed)
            // A kommune's checks read only its own folder and the site's files.
            let content = CanonicalPath.join(options.content, ""), municipalities = CanonicalPath.join(options.content, "kommuner/")
            if changed.contains(where: { $0.hasPrefix(content) && !$0.hasPrefix(municipalities) }) {
                cache.sources.forgetDecodedMunicipalities()
                cache.links.forgetMunicipalities()
            }
        }
        var timer = StageTimer()
        let loaded = Loader.load(contentFolder: options.content, cache: cache?.sources)
        timer.lap("load")
        let modelled = Modeller.model(loaded.value, target: options.target, drafts: options.drafts, cache: cache?.sources)
        var diagnostics = loaded.diagnostics + modelled.diagnostics
        guard var site = modelled.value else { return Prepared(diagnostics: diagnostics) }
        if let override = options.baseURL {
            if let url = WebURL(override) {
                site = site.with(baseURL: url)
            } else {
                diagnostics.append(.error("--base-url `\(override)` er ikke en gyldig webadresse; den skal begynde med `https://`", at: SourceLocation(path: options.content)))
            }
        }
        timer.lap("model")
        let linked = Linker.link(site, target: options.target, today: options.today, cache: cache?.links)
        timer.lap("link")
        diagnostics += linked.diagnostics
        let templates = TemplateSet.load(folder: options.templates)
        diagnostics += templates.diagnostics
        if let set = templates.value {
            var texts = Diagnostics()
            set.texts.check(site.settings.languages, diagnostics: &texts, templates: options.templates)
            diagnostics += texts.all
        }
        guard !diagnostics.hasErrors, let set = templates.value else { return Prepared(diagnostics: diagnostics) }
        return Prepared(diagnostics: diagnostics, linked: linked.value, templates: set)
    }
}
