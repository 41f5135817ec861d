import Foundation

/// Parsed files and their decoded models, kept between builds of the preview
/// server, so a rebuild reads and parses only what was saved. Entries are keyed by
/// the file's display path; the server forgets the ones its watcher saw change.
/// A plain build uses none. One typed store per kind of value: a lookup never casts.
public final class SourceCache: Sendable {
    // What the load stage listed and parsed.
    let listings = FileStore<[ContentFolder.Entry]>()
    /// Whole kommuner, by folder: read, and decoded with their unreadable keys, while
    /// no file in the folder changes.
    let municipalitySources = FileStore<(source: MunicipalitySource, unreadable: Set<String>)>()
    let municipalities = FileStore<(municipality: Municipality?, unreadable: Set<String>)>()
    private let revisions = Locked(0)
    let yaml = FileStore<YAMLSource?>()
    let markdown = FileStore<MarkdownSource?>()
    let contactRecords = FileStore<[ContactRecord]?>()
    // What the model stage decoded from it.
    let terms = FileStore<GlossaryTerm?>()
    let pages = FileStore<FreePage?>()
    let plans = FileStore<Plan?>()
    let contacts = FileStore<[Contact]>()
    let cards = FileStore<ActionCard?>()

    public init() {}

    /// After a change to the site's own files (the languages in site.yaml, say):
    /// every kommune is decoded again, from its files as read.
    public func forgetDecodedMunicipalities() { municipalities.removeAll() }

    /// A new `Municipality.revision`.
    func nextRevision() -> Int { revisions.withLock { $0 += 1; return $0 } }

    /// Forgets the given files in every store, and the listings of the folders
    /// holding them (a file added or removed; a folder made for it).
    public func invalidate(_ paths: Set<String>) {
        var folders = Set<String>()
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        listings.remove(folders.union(paths))
        municipalitySources.remove(folders)
        municipalities.remove(folders)
        yaml.remove(paths); markdown.remove(paths); contactRecords.remove(paths)
        terms.remove(paths); pages.remove(paths); plans.remove(paths); contacts.remove(paths); cards.remove(paths)
    }
}

/// Values of one type per file path, with the diagnostics producing them gave, so
/// a cached file reports its warnings again. Safe to use from the render workers.
final class FileStore<Value: Sendable>: Sendable {
    private let entries = Locked<[String: (value: Value, diagnostics: [Diagnostic])]>([:])

    func value(_ path: String) -> (Value, [Diagnostic])? {
        entries.withLock { $0[path].map { ($0.value, $0.diagnostics) } }
    }

    func store(_ path: String, _ value: Value, _ diagnostics: [Diagnostic]) {
        entries.withLock { $0[path] = (value, diagnostics) }
    }

    func remove(_ paths: Set<String>) {
        entries.withLock { for path in paths { $0[path] = nil } }
    }

    func removeAll() { entries.withLock { $0 = [:] } }

    /// The value for `path`, or what `make` gives, stored for next time.
    func get(_ path: String, _ diagnostics: inout Diagnostics, _ make: (inout Diagnostics) -> Value) -> Value {
        if let (value, found) = value(path) {
            diagnostics.append(contentsOf: found)
            return value
        }
        var local = Diagnostics()
        let value = make(&local)
        store(path, value, local.all)
        diagnostics.append(contentsOf: local.all)
        return value
    }
}

extension SourceReader {
    /// Runs `read` for `path` unless the cache's `store` has its result; keeps the
    /// result and the diagnostics it produced for next time.
    mutating func cached<T>(_ store: KeyPath<SourceCache, FileStore<T>>, _ path: String, _ read: (inout SourceReader) -> T) -> T {
        if let cache, let (value, found) = cache[keyPath: store].value(path) {
            diagnostics.append(contentsOf: found)
            return value
        }
        let before = diagnostics.all.count
        let value = read(&self)
        cache?[keyPath: store].store(path, value, Array(diagnostics.all[before...]))
        return value
    }
}
