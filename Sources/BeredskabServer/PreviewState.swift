import BeredskabKit
import Foundation

/// What the preview server serves: the last good site, and the diagnostics of the
/// latest build (shown over every page while there are errors).
public actor PreviewState {
    public private(set) var diagnostics: [Diagnostic] = []
    /// Grows with every rebuild; open tabs update when it changes.
    public private(set) var version = 0
    /// The last version whose build changed templates or assets (or the first):
    /// a tab that has seen an older one reloads, not only replaces what changed.
    public private(set) var lastFullReload = 0
    /// The site of the last build without errors, with the latest build's errors.
    public private(set) var site: ServedSite?

    public init() {}

    /// A finished build. A failed one keeps the last good site and adds its errors.
    /// - Parameter templatesChanged: the build read changed templates or assets.
    public func update(with preview: Preview, templatesChanged: Bool) {
        diagnostics = preview.diagnostics
        version += 1
        if templatesChanged || lastFullReload == 0 { lastFullReload = version }
        if let catalog = preview.catalog ?? site?.catalog {
            site = ServedSite(catalog: catalog, errorPanel: ErrorPanel.html(diagnostics))
        }
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// The version once it differs from `seen`, or after `limit` (the same one then).
    /// Checked every few milliseconds: cheaper to get right than a list of waiters,
    /// and the delay it adds is far below a rebuild's.
    public func version(after seen: Int?, waitingAtMost limit: Duration) async -> (version: Int, lastFullReload: Int) {
        guard let seen else { return (version, lastFullReload) }
        let deadline = ContinuousClock.now + limit
        while version == seen, ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return (version, lastFullReload)
    }
}

/// One build's site as served. Files are rendered on request (`SiteCatalog`),
/// outside the state actor, so requests are answered in parallel; each is made
/// once per build.
public final class ServedSite: Sendable {
    let catalog: SiteCatalog
    private let errorPanel: String?
    private let served = Locked([String: Data]())

    init(catalog: SiteCatalog, errorPanel: String?) {
        self.catalog = catalog
        self.errorPanel = errorPanel
    }

    /// The file as served: HTML pages get the reload script, and the build's errors
    /// while there are any.
    public func data(_ path: String) -> Data? {
        if let page = served.withLock({ $0[path] }) { return page }
        guard let file = catalog.file(path) else { return nil }
        let page = path.hasSuffix(".html") ? Data(LiveReload.inject(into: file.text, errors: errorPanel).utf8) : file.contents
        served.withLock { $0[path] = page }
        return page
    }
}
