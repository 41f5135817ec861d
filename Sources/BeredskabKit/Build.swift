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
    /// The rendered files (empty when there were errors).
    public let files: [OutputFile]
    public var succeeded: Bool { !diagnostics.hasErrors }
}

public enum Build {
    /// Everything but writing: what `check` runs, and what `build` and the tests render from.
    /// - Parameters:
    ///   - cache: kept by the preview server between builds; nil for a plain build.
    ///   - changed: the files changed since the previous build with this cache.
    public static func render(_ options: BuildOptions, cache: BuildCache? = nil, changed: Set<String> = []) -> BuildResult {
        if let cache {
            cache.sources.invalidate(changed)
            cache.noteChanges(changed, templates: options.templates)
        }
        var timer = StageTimer()
        let loaded = Loader.load(contentFolder: options.content, cache: cache?.sources)
        timer.lap("load")
        let modelled = Modeller.model(loaded.value, target: options.target, drafts: options.drafts, cache: cache?.sources)
        var diagnostics = loaded.diagnostics + modelled.diagnostics
        guard var site = modelled.value else { return BuildResult(diagnostics: diagnostics.ordered, files: []) }
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
        guard !diagnostics.hasErrors, let set = templates.value else { return BuildResult(diagnostics: diagnostics.ordered, files: []) }
        let scope = cache?.scope(contentFolder: options.content, fingerprint: linked.value.fingerprint)
        let rendered = Renderer.render(linked.value, templates: set, cache: cache?.pages, scope: scope)
        diagnostics += rendered.diagnostics
        timer.lap("render")
        if let cache, !diagnostics.hasErrors { cache.rendered(fingerprint: linked.value.fingerprint) }
        return BuildResult(diagnostics: diagnostics.ordered, files: diagnostics.hasErrors ? [] : rendered.value)
    }

    /// Renders and, when nothing failed, replaces `options.output` atomically.
    public static func run(_ options: BuildOptions) -> BuildResult {
        let result = render(options)
        guard result.succeeded else { return result }
        var d = Diagnostics()
        SiteWriter.write(result.files, to: options.output, kind: BuildKind(target: options.target, drafts: options.drafts), diagnostics: &d)
        return BuildResult(diagnostics: result.diagnostics + d.all, files: result.files)
    }
}
