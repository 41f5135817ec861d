import Foundation

/// A new site being written into its staging folder, batch by batch, so a build
/// need not hold every page in memory; `commit` swaps it in. A write that fails
/// is remembered, later writes are skipped, and `commit` reports it and removes the
/// staging folder, leaving the old site as it was. Used from one thread at a time.
public final class StagedSite {
    let target: URL
    let staging: URL
    let old: URL
    private let kind: BuildKind
    private let lock: OutputLock
    private let location: SourceLocation
    private var folders = Set<Substring>()
    private var failure: Error?
    /// Files written so far, the build marker not counted.
    public private(set) var count = 0

    init(target: URL, kind: BuildKind, lock: OutputLock, location: SourceLocation) {
        let parent = target.deletingLastPathComponent(), name = target.lastPathComponent
        self.target = target
        self.staging = parent.appendingPathComponent(".\(name).staging-\(getpid())")
        self.old = parent.appendingPathComponent(".\(name).old-\(getpid())")
        self.kind = kind
        self.lock = lock
        self.location = location
    }

    public func write(_ files: [OutputFile]) {
        guard failure == nil else { return }
        do {
            try SiteWriter.writeAll(files, into: staging.path, made: &folders)
            count += files.count
        } catch {
            failure = error
        }
    }

    /// Removes the staging folder: the build failed, the old site stays.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Writes the build marker, syncs and swaps; on any failure the old site stays.
    public func commit(diagnostics d: inout Diagnostics) {
        defer { withExtendedLifetime(lock) {} } // held until the swap is done
        do {
            if let failure { throw failure }
            try SiteWriter.writeAll([BuildMarker.file(for: kind)], into: staging.path, made: &folders)
            try SiteWriter.commit(self)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            d.error(SiteWriter.failure(error), at: location)
        }
    }
}
