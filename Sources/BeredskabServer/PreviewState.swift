import BeredskabKit
import Foundation

/// What the preview server serves: the last good site, in memory, and the
/// diagnostics of the latest build (shown over every page while there are errors).
public actor PreviewState {
    /// Kept as the renderer made them: converted to bytes only when requested.
    public private(set) var files: [String: OutputFile] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    /// Grows with every rebuild; open tabs reload when it changes.
    public private(set) var version = 0

    public init() {}

    /// A finished build. A failed one keeps the last good pages and adds its errors.
    public func update(with result: BuildResult) {
        if result.succeeded {
            files = Dictionary(result.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
        diagnostics = result.diagnostics
        version += 1
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// The version once it differs from `seen`, or after `limit` (the same one then).
    /// Checked every few milliseconds: cheaper to get right than a list of waiters,
    /// and the delay it adds is far below a rebuild's.
    public func version(after seen: Int?, waitingAtMost limit: Duration) async -> Int {
        guard let seen else { return version }
        let deadline = ContinuousClock.now + limit
        while version == seen, ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return version
    }

    /// Each file as served, made once per file and build, not on every request.
    private var served: [String: Data] = [:]
    private var servedVersion = -1

    private var errorPanel: String?

    /// The file as served: HTML pages get the reload script, and the build's errors
    /// while there are any.
    public func served(_ path: String) -> Data? {
        if servedVersion != version {
            served = [:]
            servedVersion = version
            errorPanel = ErrorPanel.html(diagnostics)
        }
        if let page = served[path] { return page }
        guard let file = files[path] else { return nil }
        let page = path.hasSuffix(".html") ? Data(LiveReload.inject(into: file.text, errors: errorPanel).utf8) : file.contents
        served[path] = page
        return page
    }
}
