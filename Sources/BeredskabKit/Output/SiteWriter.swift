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
    public static func write(_ files: [OutputFile], to output: String, kind: BuildKind = BuildKind(target: .offentlig),
                             diagnostics d: inout Diagnostics) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(getpid())")
        let old = parent.appendingPathComponent(".\(name).old-\(getpid())")
        let location = SourceLocation(path: output)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            guard let lock = try OutputLock(beside: target) else {
                d.error("en anden kørsel af beredskab skriver allerede til `\(name)/`; vent, til den er færdig, og byg igen. Sitet er urørt", at: location)
                return
            }
            defer { withExtendedLifetime(lock) {} } // held until the swap is done
            if let conflict = BuildMarker.conflict(writing: kind, over: target) {
                d.error(conflict, at: location)
                return
            }
            removeLeftovers(in: parent, name: name)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders = Set<String>()
            for file in files + [BuildMarker.file(for: kind)] {
                let url = staging.appendingPathComponent(file.path)
                let folder = url.deletingLastPathComponent().path
                if folders.insert(folder).inserted { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                try writeFile(url.path, file.contents)
            }
            try sync(staging.path)
            if fm.fileExists(atPath: target.path) {
                try swap(staging, with: target, old: old)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
            try sync(parent.path) // the new name, on disk before we report success
        } catch {
            try? fm.removeItem(at: staging)
            d.error("sitet kunne ikke skrives: \(describe(error)); det tidligere site er urørt. Tjek at mappen er skrivbar, og at der er plads på disken", at: location)
        }
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
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        if beredskab_syncfs(fd) != 0 || fsync(fd) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Plain open/write/close. Foundation's `Data.write(to:)` syncs every file to
    /// disk, which was a sixth of a 98-kommune build; one syncfs before the swap
    /// does the same for all of them, and close() reports a write the disk refused.
    private static func writeFile(_ path: String, _ data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var closed = false
        defer { if !closed { close(fd) } }
        try data.withUnsafeBytes { buffer in
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
    private static func removeLeftovers(in parent: URL, name: String) {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-") {
            try? fm.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    private static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
