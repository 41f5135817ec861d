import Foundation

/// Rendered pages kept between builds of the preview server, so a change in one
/// kommune re-renders that kommune's pages (and the site-wide ones, when what they
/// show changed) and keeps the rest.
public final class RenderCache: @unchecked Sendable {
    private var pages: [String: OutputFile] = [:]
    private var storedSummary: Int?
    private var plainTexts: [Route: (html: String, text: String)] = [:]
    private var searchFragments: [String: (document: SearchDocument, json: String)] = [:]
    private let lock = NSLock()

    public init() {}

    /// `SiteSummary.hash` of the site the pages were rendered from.
    var summary: Int? { lock.withLock { storedSummary } }

    /// The kept pages whose paths `keep` accepts.
    func pages(where keep: (String) -> Bool) -> [OutputFile] {
        lock.withLock { pages.values.filter { keep($0.path) } }
    }

    func store(pages new: [OutputFile], summary: Int) {
        lock.withLock {
            pages = Dictionary(new.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            storedSummary = summary
        }
    }

    func plainText(_ route: Route, html: String) -> String? {
        lock.withLock { plainTexts[route].flatMap { $0.html == html ? $0.text : nil } }
    }

    func store(plainText text: String, for route: Route, html: String) {
        lock.withLock { plainTexts[route] = (html, text) }
    }

    func searchFragment(_ document: SearchDocument) -> String? {
        lock.withLock { searchFragments[document.sti].flatMap { $0.document == document ? $0.json : nil } }
    }

    func store(searchFragment json: String, for document: SearchDocument) {
        lock.withLock { searchFragments[document.sti] = (document, json) }
    }
}

/// Everything the preview server keeps from one build to the next.
public final class BuildCache: @unchecked Sendable {
    public let sources = SourceCache()
    public let links = LinkCache()
    public let pages = RenderCache()
    /// Files changed since the pages were last rendered (a failed build renders nothing).
    var pending: Set<String>? = nil
    var renderedFingerprint: Int? = nil

    public init() {}

    /// The kommuner whose pages must be rendered again, or nil for every page:
    /// only when all changes since the last render lie inside `kommuner/<id>/` and
    /// no id or anchor anywhere changed can the other kommuner's pages be kept.
    func scope(contentFolder: String, fingerprint: Int) -> Set<String>? {
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
