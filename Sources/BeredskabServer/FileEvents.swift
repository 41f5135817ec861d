import BeredskabKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the preview server the moment a file under the watched folders is
/// written, moved, created or deleted (Linux inotify), instead of waiting for the
/// next poll, and names the paths the events were about, so `ContentWatcher` need
/// only look at those (a scan of every file of 98 kommuner took 15 ms).
/// Where inotify cannot be had (another system, no handles left) `wait` falls
/// back to sleeping for the poll interval.
final class FileEvents: @unchecked Sendable {
    private let fd: Int32
    /// Only touched by the one task that calls `watch` and `wait`.
    private var watched = Set<String>()
    /// Each watch's folder, to name the paths in its events.
    private var folders: [Int32: String] = [:]

    init() {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
    }

    deinit { if fd >= 0 { close(fd) } }

    var isAvailable: Bool { fd >= 0 }

    static let quiet = Duration.milliseconds(15)
    /// After a save's last step: long enough for the next file of a "save all" or a
    /// `git checkout`, which follow within a millisecond or two.
    static let quietAfterSave = Duration.milliseconds(3)
    static let batch = Duration.milliseconds(200)

    /// Watches each folder (not recursive in the kernel: every folder of the tree is given).
    func watch(_ folders: some Sequence<String>) {
        guard fd >= 0 else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB)
        for folder in folders where !watched.contains(folder) {
            let wd = inotify_add_watch(fd, folder, mask)
            if wd >= 0 {
                watched.insert(folder)
                self.folders[wd] = folder
            }
        }
    }

    /// Returns when file events arrived (after draining the queue) with the paths
    /// they name, or after `timeout` with nil: then nothing is known, and the
    /// caller looks at every file. Nil too when the kernel's queue overflowed.
    func wait(timeout: Duration) -> Set<String>? {
        guard fd >= 0 else {
            Thread.sleep(forTimeInterval: timeout.seconds)
            return nil
        }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(timeout.seconds * 1000)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var paths: Set<String>? = []
        var saved = false
        // Editors save in steps (a temporary file, then a rename over the old one): wait
        // until the folder has been quiet for `quiet`, at most `batch`, so one save is one
        // rebuild rather than two; once a content file was closed after writing or renamed
        // into place (a save's last step) only `quietAfterSave`: every millisecond here is
        // one the editor waits for the open tab.
        let deadline = ContinuousClock.now + Self.batch
        repeat {
            while case let n = read(fd, &buffer, buffer.count), n > 0 {
                if let named = names(buffer, count: n) {
                    paths?.formUnion(named.paths)
                    saved = saved || named.saved
                } else {
                    paths = nil
                }
            }
            poller.revents = 0
        } while ContinuousClock.now < deadline && poll(&poller, 1, Int32((saved ? Self.quietAfterSave : Self.quiet).seconds * 1000)) > 0
        // A folder that went away loses its watch in the kernel; forget it so a new one is watched again.
        watched = watched.filter { access($0, F_OK) == 0 }
        folders = folders.filter { watched.contains($0.value) }
        return paths
    }

    /// The paths named by the events in `buffer`, and whether one of them finished
    /// saving a content file (see `isSaveOfContent`); nil on an overflow or a watch
    /// that is not known (its events cannot be placed).
    private func names(_ buffer: [UInt8], count: Int) -> (paths: [String], saved: Bool)? {
        var paths: [String] = []
        var saved = false
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        return buffer.withUnsafeBytes { raw -> (paths: [String], saved: Bool)? in
            while offset + header <= count {
                let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { return nil }
                guard let folder = folders[wd] else { return nil }
                let bytes = raw[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
                let name = String(decoding: bytes, as: UTF8.self)
                paths.append(bytes.isEmpty ? folder : CanonicalPath.join(folder, name))
                if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0, Self.isContentFile(name) { saved = true }
                offset += header + length
            }
            return (paths, saved)
        }
    }

    /// A file the site is built from, as opposed to an editor's temporary or backup
    /// file (`.kort.md.swp`, `kort.md~`, `4913`, `kort.md.tmp`).
    static func isContentFile(_ name: String) -> Bool {
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return ["md", "yaml", "yml", "csv", "mustache", "css", "js"].contains(name[name.index(after: dot)...].lowercased())
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
