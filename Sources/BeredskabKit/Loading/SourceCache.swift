import Foundation

/// Parsed files kept between builds of the preview server, so a rebuild reads and
/// parses only what was saved. Entries are keyed by the file's display path; the
/// server forgets the ones its watcher saw change. A plain build uses none.
public final class SourceCache: @unchecked Sendable {
    private var entries: [String: (value: Any, diagnostics: [Diagnostic])] = [:]
    private let lock = NSLock()

    public init() {}

    /// The model decoded from a file, kept beside the parsed file.
    func decoded<T>(_ path: String, _ diagnostics: inout Diagnostics, _ decode: (inout Diagnostics) -> T) -> T {
        if let (value, found) = value("model:" + path, as: T.self) {
            diagnostics.append(contentsOf: found)
            return value
        }
        var local = Diagnostics()
        let value = decode(&local)
        store("model:" + path, value, local.all)
        diagnostics.append(contentsOf: local.all)
        return value
    }

    func value<T>(_ path: String, as type: T.Type) -> (T, [Diagnostic])? {
        lock.withLock { entries[path].flatMap { entry in (entry.value as? T).map { ($0, entry.diagnostics) } } }
    }

    func store(_ path: String, _ value: Any, _ diagnostics: [Diagnostic]) {
        lock.withLock { entries[path] = (value, diagnostics) }
    }

    /// Forgets the given files, and anything the cache cannot tie to a file.
    public func invalidate(_ paths: Set<String>) {
        lock.withLock { for path in paths { entries[path] = nil; entries["model:" + path] = nil } }
    }
}

extension SourceReader {
    /// Runs `read` for `path` unless the cache has its result; keeps the result and
    /// the diagnostics it produced for next time.
    mutating func cached<T>(_ path: String, _ read: (inout SourceReader) -> T) -> T {
        if let cache, let (value, found) = cache.value(path, as: T.self) {
            diagnostics.append(contentsOf: found)
            return value
        }
        let before = diagnostics.all.count
        let value = read(&self)
        cache?.store(path, value, Array(diagnostics.all[before...]))
        return value
    }
}
