import Foundation
import Testing
@testable import BeredskabKit

@Suite("Writing the site")
struct OutputTests {
    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        #expect(Build.run(Fixture.options(output: output)).succeeded)
        let before = try snapshot(output)
        #expect(before["kommuner/testby/index.html"] != nil)

        let card = "kommuner/testby/kort/tvang-under-18.md"
        let broken = try Fixture.contentWith([card: Fixture.read(Fixture.goodContent + "/" + card).replacingOccurrences(of: "kontakt:modtagelsen", with: "kontakt:ukendt")])
        defer { try? FileManager.default.removeItem(at: broken.deletingLastPathComponent()) }
        let failed = Build.run(Fixture.options(content: broken.path, output: output))
        #expect(!failed.succeeded)
        #expect(try snapshot(output) == before)
        // The site, and the lock file one build at a time takes beside it; no staging folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".site.lock", "site"])
    }

    /// `build` writes pages a few kommuner at a time as it renders them; what lands
    /// on disk is exactly what the whole-site render (check, serve, tests) returns.
    @Test func streamedBuildWritesWhatTheRenderReturns() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let options = Fixture.options(output: output)
        let written = Build.run(options)
        #expect(written.succeeded)
        var onDisk = try snapshot(output)
        #expect(onDisk.removeValue(forKey: ".beredskab-build") != nil)
        let rendered = Build.render(options).files
        #expect(written.count == rendered.count)
        #expect(onDisk == Dictionary(uniqueKeysWithValues: rendered.map { ($0.path, $0.contents) }))
    }

    /// Results of a parallel map are released with the array: a national build holds
    /// one batch of pages at a time only if nothing else keeps them.
    @Test func parallelMapKeepsNoResults() {
        final class Page: Sendable {
            static let alive = Locked(0)
            init() { Self.alive.withLock { $0 += 1 } }
            deinit { Self.alive.withLock { $0 -= 1 } }
        }
        do {
            let pages = ParallelMap.map(Array(0..<100)) { _ in Page() }
            #expect(pages.count == 100)
        }
        #expect(Page.alive.withLock { $0 } == 0)
    }

    @Test func successfulBuildReplacesTheSiteWhole() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("gammel".utf8).write(to: output.appendingPathComponent("forladt.html"))
        #expect(Build.run(Fixture.options(output: output.path)).succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("forladt.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func unwritableOutputIsAClearError() throws {
        let result = Build.run(Fixture.options(output: "/proc/beredskab-kan-ikke/site"))
        #expect(!result.succeeded)
        #expect(result.diagnostics.last?.message.hasPrefix("sitet kunne ikke skrives") == true)
    }

    /// The swap is one exchange: a reader opening `site/index.html` over and over
    /// while the site is rewritten finds it every time.
    @Test func readerPollingTheSiteNeverFindsItMissing() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let files = Build.render(Fixture.options()).files
        var d = Diagnostics()
        SiteWriter.write(files, to: output, diagnostics: &d)
        let reader = PollingReader(path: output + "/index.html")
        let thread = Thread { reader.run() }
        thread.start()
        for _ in 0..<40 { SiteWriter.write(files, to: output, diagnostics: &d) }
        let (reads, misses) = reader.stop()
        #expect(d.all.isEmpty, "\(d.all)")
        #expect(reads > 100, "the reader ran only \(reads) times")
        #expect(misses == 0, "\(misses) of \(reads) reads found no site/index.html")
    }

    private func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }
}

/// Opens a file in a tight loop on its own thread, counting the times it is missing.
final class PollingReader: @unchecked Sendable {
    let path: String
    private let lock = NSLock()
    private var running = true, reads = 0, misses = 0
    private let done = DispatchSemaphore(value: 0)

    init(path: String) { self.path = path }

    func run() {
        while lock.withLock({ running }) {
            let fd = open(path, O_RDONLY)
            if fd >= 0 { close(fd) }
            lock.withLock { reads += 1; if fd < 0 { misses += 1 } }
        }
        done.signal()
    }

    func stop() -> (reads: Int, misses: Int) {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { (reads, misses) }
    }
}
