import CFileSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the site so a reader never sees half of it, and never sees none: every
/// file goes into a staging folder beside the output, the file system is synced
/// (so a power cut cannot leave empty files behind a finished swap), and the
/// staging folder then trades places with the old output in one atomic exchange.
/// A failed or killed build leaves the previous `site/` as it was. The folder
/// records which build it holds (`BuildMarker`), and one build writes at a time
/// (`OutputLock`).
public enum SiteWriter {
    /// Writes `files` as the whole new site: open, write, commit.
    public static func write(_ files: [OutputFile], to output: String, kind: BuildKind = BuildKind(target: .offentlig),
                             diagnostics d: inout Diagnostics) {
        guard let staged = open(output, kind: kind, diagnostics: &d) else { return }
        staged.write(files)
        staged.commit(diagnostics: &d)
    }

    /// Takes the output lock, checks the folder holds the same kind of build, and
    /// starts an empty staging folder; nil (with the reason reported) when it cannot.
    public static func open(_ output: String, kind: BuildKind, diagnostics d: inout Diagnostics) -> StagedSite? {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let location = SourceLocation(path: output)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            guard let lock = try OutputLock(beside: target) else {
                d.error("en anden kørsel af beredskab skriver allerede til `\(name)/`; vent, til den er færdig, og byg igen. Sitet er urørt", at: location)
                return nil
            }
            if let conflict = BuildMarker.conflict(writing: kind, over: target) {
                d.error(conflict, at: location)
                return nil
            }
            removeLeftovers(in: parent, name: name)
            let staged = StagedSite(target: target, kind: kind, lock: lock, location: location)
            try fm.createDirectory(at: staged.staging, withIntermediateDirectories: true)
            return staged
        } catch {
            d.error(failure(error), at: location)
            return nil
        }
    }

    static func failure(_ error: Error) -> String {
        "sitet kunne ikke skrives: \(describe(error)); det tidligere site er urørt. Tjek at mappen er skrivbar, og at der er plads på disken"
    }

    /// The new site takes the old one's place after everything is on disk.
    static func commit(_ staged: StagedSite) throws {
        let fm = FileManager.default
        try sync(staged.staging.path)
        if fm.fileExists(atPath: staged.target.path) {
            try swap(staged.staging, with: staged.target, old: staged.old)
        } else {
            try fm.moveItem(at: staged.staging, to: staged.target)
        }
        try sync(staged.target.deletingLastPathComponent().path) // the new name, on disk before we report success
    }

    /// The new site takes the old one's place in one step. Where the file system
    /// cannot exchange (some network shares), two renames leave a moment with no
    /// output folder; that is the best such a file system offers.
    private static func swap(_ staging: URL, with target: URL, old: URL) throws {
        let fm = FileManager.default
        if beredskab_exchange(staging.path, target.path) == 0 {
            try? fm.removeItem(at: staging) // now holds the old site
            return
        }
        guard errno == EINVAL || errno == ENOSYS || errno == EXDEV else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        try fm.moveItem(at: target, to: old)
        do {
            try fm.moveItem(at: staging, to: target)
        } catch {
            try? fm.moveItem(at: old, to: target)
            throw error
        }
        try? fm.removeItem(at: old)
    }

    /// One syncfs for the whole file system instead of an fsync per file: the
    /// staging folder's files and folders, or the renamed entry, are on disk after it.
    private static func sync(_ path: String) throws {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        if beredskab_syncfs(fd) != 0 || fsync(fd) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Creates the folders a level at a time, then writes the files, each on every
    /// core: creating 8,000 files is mostly kernel time, which runs in parallel.
    /// - Parameter made: the folders made by earlier calls, updated.
    static func writeAll(_ files: [OutputFile], into root: String, made: inout Set<Substring>) throws {
        var folders: [Substring] = []
        for file in files {
            var path = Substring(file.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard made.insert(path).inserted else { break }
                folders.append(path)
            }
        }
        let levels = Dictionary(grouping: folders) { $0.utf8.count(where: { $0 == UInt8(ascii: "/") }) }
        for depth in levels.keys.sorted() {
            let made = ParallelMap.map(levels[depth] ?? []) { folder -> Int32 in
                mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST ? 0 : errno
            }
            if let failed = made.first(where: { $0 != 0 }) { throw POSIXError(POSIXErrorCode(rawValue: failed) ?? .EIO) }
        }
        let written = ParallelMap.map(files) { file -> Error? in
            do { try writeFile(root + "/" + file.path, file); return nil } catch { return error }
        }
        if let failed = written.lazy.compactMap({ $0 }).first { throw failed }
    }

    /// Plain open/write/close. Foundation's `Data.write(to:)` syncs every file to
    /// disk, which was a sixth of a 98-kommune build; one syncfs before the swap
    /// does the same for all of them, and close() reports a write the disk refused.
    private static func writeFile(_ path: String, _ file: OutputFile) throws {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var closed = false
        defer { if !closed { close(fd) } }
        try file.withBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += n
            }
        }
        closed = true
        if close(fd) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// A build killed while writing leaves its staging folder; the next build tidies it.
    static func removeLeftovers(in parent: URL, name: String) {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-") {
            try? fm.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
