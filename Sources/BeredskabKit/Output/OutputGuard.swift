import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a build holds: its target, and whether drafts are in it.
public struct BuildKind: Sendable, Hashable {
    public let target: BuildTarget
    public let drafts: Bool

    public init(target: BuildTarget, drafts: Bool = false) {
        self.target = target
        self.drafts = drafts
    }

    /// `offentlig`, `intranet`, `offentlig+kladder`, `intranet+kladder`.
    var rawValue: String { target.rawValue + (drafts ? "+kladder" : "") }

    init?(rawValue: String) {
        let parts = rawValue.split(separator: "+", maxSplits: 1)
        guard let first = parts.first, let target = BuildTarget(rawValue: String(first)),
              parts.count == 1 || parts.last == "kladder" else { return nil }
        self.init(target: target, drafts: parts.count == 2)
    }
}

/// Which build a folder holds: a one-line file `.beredskab-build` at its root, so an
/// intranet build (intern names and direct lines) can never replace the public
/// site that gets uploaded, nor the other way round; nor can a build with drafts.
enum BuildMarker {
    static let fileName = ".beredskab-build"

    static func file(for kind: BuildKind) -> OutputFile {
        OutputFile(path: fileName, text: kind.rawValue + "\n")
    }

    /// The kind of build in `folder`, nil when it holds none we wrote.
    static func kind(in folder: URL) -> BuildKind? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        return BuildKind(rawValue: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A Danish sentence saying why `kind` may not replace what `folder` holds, if so.
    static func conflict(writing kind: BuildKind, over folder: URL) -> String? {
        guard let existingKind = self.kind(in: folder), existingKind != kind else { return nil }
        let name = folder.lastPathComponent
        if existingKind.drafts != kind.drafts {
            return existingKind.drafts
                ? "`\(name)/` indeholder et build med kladder; et build uden kladder skrives ikke oven i det. Byg til en anden mappe, fx `--output site`, og slet mappen `\(name)/`, hvis den ikke skal bruges"
                : "`\(name)/` indeholder et build uden kladder; et build med kladder skrives ikke oven i det, for så kunne kladder blive lagt på nettet. Byg til en anden mappe, fx `--output site-kladder` (det er standard for `--kladder`)"
        }
        let existing = existingKind.target
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
