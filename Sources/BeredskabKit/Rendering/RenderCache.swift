import Foundation

/// Rendered pages kept between builds of the preview server, so a change in one
/// kommune re-renders that kommune's pages (and the site-wide ones, when what they
/// show changed) and keeps the rest.
public final class RenderCache: Sendable {
    private struct State {
        var pages: [String: OutputFile] = [:]
        var summary: Int?
        var plainTexts: [Route: (html: String, text: String)] = [:]
        var searchWeights: [String: (document: SearchDocument, weights: [String: Int])] = [:]
        var documentScripts: [String: (documents: [SearchDocument], script: String)] = [:]
        var municipalityScripts: [String: (entries: [SearchShards.Entry], script: String)] = [:]
    }

    private let state = Locked(State())

    public init() {}

    /// `SiteSummary.hash` of the site the pages were rendered from.
    var summary: Int? { state.withLock { $0.summary } }

    /// The kept pages whose paths `keep` accepts.
    func pages(where keep: (String) -> Bool) -> [OutputFile] {
        state.withLock { s in s.pages.values.filter { keep($0.path) } }
    }

    func store(pages new: [OutputFile], summary: Int) {
        state.withLock { s in
            s.pages = Dictionary(new.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            s.summary = summary
        }
    }

    func plainText(_ route: Route, html: String) -> String? {
        state.withLock { s in s.plainTexts[route].flatMap { $0.html == html ? $0.text : nil } }
    }

    func store(plainText text: String, for route: Route, html: String) {
        state.withLock { $0.plainTexts[route] = (html, text) }
    }

    /// A document's search terms, kept while the document is unchanged (stemming is
    /// most of the index's cost).
    func searchWeights(_ document: SearchDocument) -> [String: Int]? {
        state.withLock { s in s.searchWeights[document.sti].flatMap { $0.document == document ? $0.weights : nil } }
    }

    func store(searchWeights weights: [String: Int], for document: SearchDocument) {
        state.withLock { $0.searchWeights[document.sti] = (document, weights) }
    }

    /// A script of search results (`soeg/d/<n>.js`), kept while its documents are unchanged.
    func searchScript(_ path: String, documents: [SearchDocument]) -> String? {
        state.withLock { s in s.documentScripts[path].flatMap { $0.documents == documents ? $0.script : nil } }
    }

    func store(searchScript script: String, path: String, documents: [SearchDocument]) {
        state.withLock { $0.documentScripts[path] = (documents, script) }
    }

    /// A kommune's index script, kept while its documents' terms are unchanged.
    func searchScript(_ path: String, entries: [SearchShards.Entry]) -> String? {
        state.withLock { s in s.municipalityScripts[path].flatMap { $0.entries == entries ? $0.script : nil } }
    }

    func store(searchScript script: String, path: String, entries: [SearchShards.Entry]) {
        state.withLock { $0.municipalityScripts[path] = (entries, script) }
    }
}

/// Everything the preview server keeps from one build to the next.
public final class BuildCache: Sendable {
    public let sources = SourceCache()
    public let links = LinkCache()
    public let pages = RenderCache()
    private let progress = Locked(RenderProgress())

    /// What has changed since the pages were last rendered.
    private struct RenderProgress {
        /// Files changed since then; nil when every page must be rendered again
        /// (nothing rendered yet, or a template changed).
        var pending: Set<String>? = nil
        /// `LinkCache.fingerprint` of the site they were rendered from.
        var renderedFingerprint: Int? = nil
    }

    public init() {}

    /// Records the files a watcher saw change before a build; a template change
    /// means every page.
    func noteChanges(_ changed: Set<String>, templates: String) {
        let templatePrefix = CanonicalPath.join(templates, "")
        progress.withLock { p in
            p.pending = p.pending.map { $0.union(changed) }
            if changed.contains(where: { $0.hasPrefix(templatePrefix) }) { p.pending = nil }
        }
    }

    /// After a build without errors: its pages are what the next one starts from.
    func rendered(fingerprint: Int) {
        progress.withLock { $0 = RenderProgress(pending: [], renderedFingerprint: fingerprint) }
    }

    /// The kommuner whose pages must be rendered again, or nil for every page:
    /// only when all changes since the last render lie inside `kommuner/<id>/` and
    /// no id or anchor anywhere changed can the other kommuner's pages be kept.
    func scope(contentFolder: String, fingerprint: Int) -> Set<String>? {
        let (pending, renderedFingerprint) = progress.withLock { ($0.pending, $0.renderedFingerprint) }
        guard let pending, renderedFingerprint == fingerprint else { return nil }
        let prefix = CanonicalPath.join(contentFolder, "kommuner/")
        var ids = Set<String>()
        for path in pending {
            guard path.hasPrefix(prefix), let id = path.dropFirst(prefix.count).split(separator: "/").first,
                  path.dropFirst(prefix.count).contains("/") else { return nil }
            ids.insert(String(id))
        }
        return ids
    }
}
