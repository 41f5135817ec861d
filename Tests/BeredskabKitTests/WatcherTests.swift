import Foundation
import Testing
@testable import BeredskabServer

/// What `serve` learns from file events must be what a scan of every file would
/// say: the paths inotify names are looked at again, and nothing else.
@Suite("File watcher")
struct WatcherTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("beredskab-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("kommuner/a/kort"), withIntermediateDirectories: true)
        for name in ["site.yaml", "kommuner/a/plan.md", "kommuner/a/kort/x.md", "kommuner/a/kort/y.md"] {
            try write(name, "første udgave")
        }
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Waits for events as the server does, and applies them to `old`.
    func followed(_ old: ContentWatcher.Snapshot, _ watcher: ContentWatcher, _ events: FileEvents) -> (ContentWatcher.Snapshot, Set<String>) {
        let named = events.wait(timeout: .seconds(2))
        let now = named.map { watcher.update(old, at: $0) } ?? watcher.snapshot()
        events.watch(now.folders)
        return (now, named ?? [])
    }

    @Test func namedEventsGiveWhatAFullScanGives() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = ContentWatcher(folders: [root.path])
        let events = FileEvents()
        try #require(events.isAvailable)
        var snapshot = watcher.snapshot()
        events.watch(snapshot.folders)
        let edits: [(String, () throws -> Void)] = [
            ("a card saved", { try write("kommuner/a/kort/x.md", "anden udgave, længere") }),
            ("a card added", { try write("kommuner/a/kort/z.md", "ny") }),
            ("a card deleted", { try FileManager.default.removeItem(at: root.appendingPathComponent("kommuner/a/kort/y.md")) }),
            ("a kommune added", {
                try FileManager.default.createDirectory(at: root.appendingPathComponent("kommuner/b"), withIntermediateDirectories: true)
                try write("kommuner/b/plan.md", "plan")
            }),
            ("a file in the new kommune saved", { try write("kommuner/b/plan.md", "plan, rettet") }),
            ("a kommune deleted", { try FileManager.default.removeItem(at: root.appendingPathComponent("kommuner/a")) }),
        ]
        for (what, edit) in edits {
            let before = snapshot
            try edit()
            let (now, named) = followed(snapshot, watcher, events)
            snapshot = now
            #expect(!named.isEmpty, "no paths were named after \(what)")
            #expect(now.files == watcher.snapshot().files, "after \(what)")
            #expect(now.changes(since: before) == watcher.snapshot().changes(since: before), "after \(what)")
        }
    }
}
