import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the preview server the moment a file under the watched folders is
/// written, moved, created or deleted (Linux inotify), instead of waiting for the
/// next poll. It says only *that* something changed; `ContentWatcher` says what.
/// Where inotify cannot be had (another system, no handles left) `wait` falls
/// back to sleeping for the poll interval.
final class FileEvents: @unchecked Sendable {
    private let fd: Int32
    /// Only touched by the one task that calls `watch` and `wait`.
    private var watched = Set<String>()

    init() {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
    }

    deinit { if fd >= 0 { close(fd) } }

    var isAvailable: Bool { fd >= 0 }

    static let quiet = Duration.milliseconds(15)
    static let batch = Duration.milliseconds(200)

    /// Watches each folder (not recursive in the kernel: every folder of the tree is given).
    func watch(_ folders: some Sequence<String>) {
        guard fd >= 0 else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB)
        for folder in folders where !watched.contains(folder) {
            if inotify_add_watch(fd, folder, mask) >= 0 { watched.insert(folder) }
        }
    }

    /// Returns when a file event arrived (after draining the queue), or after `timeout`.
    func wait(timeout: Duration) {
        guard fd >= 0 else {
            Thread.sleep(forTimeInterval: timeout.seconds)
            return
        }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(timeout.seconds * 1000)) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        // Editors save in steps (a temporary file, then a rename over the old one): wait
        // until the folder has been quiet for `quiet`, at most `batch`, so one save is one
        // rebuild rather than two.
        let deadline = ContinuousClock.now + Self.batch
        repeat {
            while read(fd, &buffer, buffer.count) > 0 {} // the events themselves are not needed
            poller.revents = 0
        } while ContinuousClock.now < deadline && poll(&poller, 1, Int32(Self.quiet.seconds * 1000)) > 0
        // A folder that went away loses its watch in the kernel; forget it so a new one is watched again.
        watched = watched.filter { access($0, F_OK) == 0 }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
