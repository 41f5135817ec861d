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
        for await _ in changes.stream {
            // Stop at once when cancelled, even with saves still waiting.
            guard !Task.isCancelled else { break }
            let changed = changes.take()
            if !changed.isEmpty { await rebuild(builder, changed: changed) }
        }
        try Task.checkCancellation()
    }

    private func rebuild(_ builder: IncrementalBuilder, changed: Set<String>) async {
        let start = ContinuousClock.now
        let result = await OffPool.run { builder.build(changed: changed) }
        let elapsed = ContinuousClock.now - start
        let templates = CanonicalPath.join(options.templates, "")
        await state.update(with: result, templatesChanged: changed.contains { $0.hasPrefix(templates) })
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
                let named = events.wait(timeout: events.isAvailable ? .seconds(1) : pollInterval)
                let now = named.map { watcher.update(last, at: $0) } ?? watcher.snapshot()
                events.watch(now.folders)
                let changed = now.changes(since: last)
                guard !changed.isEmpty else { continue }
                last = now
                feed.post(changed)
            }
            feed.stop()
        }
        thread.start()
        return feed
    }

}

/// The watcher thread's output: the files changed since the server last took them,
/// gathered while a rebuild runs, so saves that arrive during one rebuild make one
/// more rebuild, not one each; and the flag that stops the thread.
final class ChangeFeed: Sendable {
    /// A signal that `pending` has something; at most one waits.
    let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let pending = Locked(Set<String>())
    private let stopped = Locked(false)

    init() { (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1)) }

    func post(_ changed: Set<String>) {
        pending.withLock { $0.formUnion(changed) }
        continuation.yield()
    }

    /// Everything changed since the last call.
    func take() -> Set<String> { pending.withLock { taken in defer { taken = [] }; return taken } }

    var isStopped: Bool { stopped.withLock { $0 } }
    func stop() {
        stopped.withLock { $0 = true }
        continuation.finish()
    }
}
