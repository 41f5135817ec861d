import BeredskabKit
import Foundation

/// `beredskab serve`: builds in memory, serves the site over HTTP on loopback,
/// rebuilds when content or templates change, and reloads open tabs.
public struct PreviewServer: Sendable {
    public let options: BuildOptions
    public let host: String
    public let port: UInt16
    public let state = PreviewState()
    /// Where build reports go (the terminal); tests pass their own.
    public let report: @Sendable ([Diagnostic], Duration, Set<String>) -> Void

    public init(options: BuildOptions, host: String, port: UInt16,
                report: @escaping @Sendable ([Diagnostic], Duration, Set<String>) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.report = report
    }

    /// Serves until the task is cancelled. `ready` is called with the bound port.
    public func run(ready: @escaping @Sendable (UInt16) -> Void = { _ in }) async throws {
        let builder = IncrementalBuilder(options: options)
        let watcher = ContentWatcher(folders: [options.content, options.templates])
        // Before the first build, so a file saved while it runs is seen as changed.
        let initial = watcher.snapshot()
        await rebuild(builder, changed: [])
        let responder = Responder(state: state)
        let listener = try HTTPListener(host: host, port: port) { await responder.respond($0) }
        listener.start()
        defer { listener.stop() }
        ready(listener.port)
        let changes = Self.changes(watcher, from: initial)
        defer { changes.stop() }
        // Ends when the task is cancelled (Ctrl+C, SIGTERM, a test).
        for await changed in changes.stream {
            await rebuild(builder, changed: changed)
        }
        try Task.checkCancellation()
    }

    private func rebuild(_ builder: IncrementalBuilder, changed: Set<String>) async {
        let clock = ContinuousClock()
        var result: BuildResult!
        let elapsed = clock.measure { result = builder.build(changed: changed) }
        await state.update(with: result)
        report(result.diagnostics, elapsed, changed)
    }

    static let pollInterval = Duration.milliseconds(50)

    /// Saved files, as sets of changed paths, from a thread of their own: waiting
    /// for file events blocks, and must not hold one of the few threads that serve.
    private static func changes(_ watcher: ContentWatcher, from initial: ContentWatcher.Snapshot) -> ChangeFeed {
        let feed = ChangeFeed()
        let thread = Thread {
            var last = initial
            let events = FileEvents()
            events.watch(initial.folders)
            while !feed.isStopped {
                // inotify wakes this at once; without it, and as a safety net for a
                // lost event, the folders are scanned every `pollInterval`.
                events.wait(timeout: events.isAvailable ? .seconds(1) : pollInterval)
                let now = watcher.snapshot()
                events.watch(now.folders)
                let changed = now.changes(since: last)
                guard !changed.isEmpty else { continue }
                last = now
                feed.continuation.yield(changed)
            }
            feed.continuation.finish()
        }
        thread.start()
        return feed
    }

}

/// The watcher thread's output, and the flag that stops it.
final class ChangeFeed: Sendable {
    let stream: AsyncStream<Set<String>>
    let continuation: AsyncStream<Set<String>>.Continuation
    private let stopped = Locked(false)

    init() { (stream, continuation) = AsyncStream.makeStream(of: Set<String>.self) }

    var isStopped: Bool { stopped.withLock { $0 } }
    func stop() {
        stopped.withLock { $0 = true }
        continuation.finish()
    }
}
