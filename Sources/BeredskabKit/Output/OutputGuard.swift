import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which build a folder holds: a one-line file `.beredskab-build` at its root, so an
/// intranet build (intern names and direct lines) can never replace the public
/// site that gets uploaded, nor the other way round.
enum BuildMarker {
    static let fileName = ".beredskab-build"

    static func file(for target: BuildTarget) -> OutputFile {
        OutputFile(path: fileName, text: target.rawValue + "\n")
    }

    /// The target of the build in `folder`, nil when it holds none we wrote.
    static func target(in folder: URL) -> BuildTarget? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        return BuildTarget(rawValue: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A Danish sentence saying why `target` may not replace what `folder` holds, if so.
    static func conflict(writing target: BuildTarget, over folder: URL) -> String? {
        guard let existing = self.target(in: folder), existing != target else { return nil }
        let name = folder.lastPathComponent
        return existing == .offentlig
            ? "`\(name)/` indeholder det offentlige site; et intranet-build skrives ikke oven i det, for så kunne interne kontakter blive lagt på nettet. Byg til en anden mappe, fx `--output site-intranet` (det er standard for `--target intranet`)"
            : "`\(name)/` indeholder et intranet-build med interne kontakter; det offentlige site skrives ikke oven i det. Byg det offentlige site til en anden mappe, fx `--output site`, og slet mappen `\(name)/`, hvis den ikke skal bruges"
    }
}

/// One build at a time per output folder: an exclusive lock on `.<name>.lock` beside
/// it, held while the site is written and swapped. A second build (an editor and a
/// scheduled job at once) stops with a message instead of deleting the first one's
/// staging folder.
final class OutputLock {
    private let fd: Int32

    /// nil when another process holds the lock.
    init?(beside target: URL) throws {
        let path = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            if errno == EWOULDBLOCK { return nil }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
