import BeredskabKit
import Foundation

/// What the preview server serves: the last good site, in memory, and the
/// diagnostics of the latest build (shown over every page while there are errors).
public actor PreviewState {
    public private(set) var files: [String: Data] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    /// Grows with every rebuild; open tabs reload when it changes.
    public private(set) var version = 0

    public init() {}

    /// A finished build. A failed one keeps the last good pages and adds its errors.
    public func update(with result: BuildResult) {
        if result.succeeded {
            files = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) })
        }
        diagnostics = result.diagnostics
        version += 1
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    public func file(_ path: String) -> Data? { files[path] }
}
