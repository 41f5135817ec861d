import Foundation
import Testing
@testable import BeredskabKit

/// A build killed with SIGKILL at any moment leaves `site/` whole: the old site
/// or the new one, never a mixture or half of either.
@Suite("Faults", .serialized)
struct KillTests {
    static let binary = Fixture.repository.appendingPathComponent(".build/debug/beredskab").path

    /// The good fixture with many cards, so writing takes long enough to be interrupted.
    static func bigContent(marker: String) throws -> URL {
        let card = Fixture.read(Fixture.goodContent + "/kommuner/testby/kort/hjaelp-til-dig.md")
        var changes: [String: String?] = [:]
        for n in 0..<300 {
            changes["kommuner/testby/kort/kort-\(n).md"] = card.replacingOccurrences(of: "titel: Hjælp til dig", with: "titel: \(marker) \(n)")
        }
        return try Fixture.contentWith(changes)
    }

    static func build(_ content: URL, output: String) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["build", "--content", content.path, "--templates", Fixture.templates, "--output", output, "--today", "2026-11-21"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }

    @Test func killedBuildLeavesTheOldOrTheNewSiteWhole() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the command line first (swift build)")
        let a = try Self.bigContent(marker: "Udgave A"), b = try Self.bigContent(marker: "Udgave B")
        let folder = Fixture.temporaryFolder()
        defer {
            for url in [a.deletingLastPathComponent(), b.deletingLastPathComponent(), folder] { try? FileManager.default.removeItem(at: url) }
        }
        let output = folder.appendingPathComponent("site").path
        let first = Self.build(a, output: output)
        try first.run()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let old = Self.snapshot(output)
        let complete = Self.build(b, output: folder.appendingPathComponent("b").path)
        let started = Date()
        try complete.run()
        complete.waitUntilExit()
        // Kill at points spread over a whole build, most of them near its end, where it writes.
        let duration = Date().timeIntervalSince(started)
        let new = Self.snapshot(folder.appendingPathComponent("b").path)
        #expect(old.count > 300 && old.count == new.count && old != new)

        var outcomes = Set<String>()
        // Kill moments: spread over the build, then (on a loaded machine, where the
        // build's length varies) a search between the latest kill that found no files
        // written yet and the earliest that found the new site, until one lands mid-write.
        var delays = [0.0, 0.3, 0.6, 0.75, 0.82, 0.88, 0.92, 0.95, 0.98, 1.0, 1.05, 1.2].map { Int(duration * $0 * 1000) }
        var before = 0, after = Int(duration * 1500), searches = 0
        while !delays.isEmpty {
            let delay = delays.removeFirst()
            let run = Self.build(b, output: output)
            try run.run()
            usleep(useconds_t(delay * 1000))
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()
            let now = Self.snapshot(output)
            #expect(now == old || now == new, "after SIGKILL at \(delay) ms the site is neither the old nor the new one")
            outcomes.insert(now == new ? "new" : "old")
            // A staging folder with files in it: this kill landed while pages were being written.
            let staging = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.first { $0.hasPrefix(".site.staging-") }
            let midWrite = staging.map { !Self.snapshot(folder.appendingPathComponent($0).path).isEmpty } ?? false
            if midWrite { outcomes.insert("mid-write") }
            if now == new { after = min(after, delay) } else if !midWrite { before = max(before, delay) }
            if delays.isEmpty, !outcomes.contains("mid-write"), searches < 16, before < after {
                searches += 1
                delays.append((before + after) / 2)
            }
            if now == new {
                // Put the old site back for the next round.
                try? FileManager.default.removeItem(atPath: output)
                let again = Self.build(a, output: output)
                try again.run()
                again.waitUntilExit()
            }
        }
        #expect(outcomes.contains("old"), "no kill landed before the swap; the test did not interrupt any build")
        #expect(outcomes.contains("mid-write"), "no kill landed while files were being written: \(outcomes)")
    }
}
