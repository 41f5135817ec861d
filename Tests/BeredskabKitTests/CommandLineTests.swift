import Foundation
import Testing
@testable import BeredskabKit

/// The command line as a user or a CI job runs it: exit codes, the clock from
/// SOURCE_DATE_EPOCH, and --base-url.
@Suite("Command line", .serialized)
struct CommandLineTests {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil, seconds: Double = 60) throws -> Run {
        try #require(FileManager.default.isExecutableFile(atPath: KillTests.binary), "build the command line first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KillTests.binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = nil
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   output: String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                   errors: String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    static let inputs = ["--content", Fixture.goodContent, "--templates", Fixture.templates]

    /// Two processes have two hash seeds: any output that follows a dictionary's
    /// order differs between them, where two builds in one process would agree.
    @Test func twoRunsOfTheBinaryWriteIdenticalSites() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var sites: [[String: Data]] = []
        for name in ["a", "b"] {
            let output = folder.appendingPathComponent(name).path
            let run = try Self.run(["build"] + Self.inputs + ["--output", output, "--today", "2026-11-21"])
            #expect(run.status == 0, "\(run.errors)")
            sites.append(KillTests.snapshot(output))
        }
        #expect(sites[0].count > 20)
        for (path, data) in sites[0] where sites[1][path] != data {
            Issue.record("\(path) differs between two runs of the binary")
        }
        #expect(Set(sites[0].keys) == Set(sites[1].keys))
    }

    @Test func exitCodes() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Self.run(["build"] + Self.inputs + ["--output", folder.appendingPathComponent("site").path])
        #expect(good.status == 0, "\(good.errors)")
        let bad = try Fixture.contentWith(["kommuner/testby/kort/tvang-under-18.md": "---\ntitel: X\n---\n"])
        defer { try? FileManager.default.removeItem(at: bad.deletingLastPathComponent()) }
        let failed = try Self.run(["check", "--content", bad.path, "--templates", Fixture.templates])
        #expect(failed.status == 1)
        #expect(failed.errors.contains("error: nøglen `resume` mangler"))
        for usage in [["build", "--target", "foo"], ["check", "--today", "2024-13-01"], ["build", "--no-such-option"]] {
            #expect(try Self.run(usage + Self.inputs).status == 64, "\(usage)")
        }
    }

    /// A port already taken is a failure at run time, not a wrong command line.
    @Test func serveOnATakenPortExitsOne() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound)
        let port = UInt16(bigEndian: address.sin_port)
        let run = try Self.run(["serve"] + Self.inputs + ["--port", String(port)], seconds: 30)
        #expect(run.status == 1, "serve exited \(run.status): \(run.errors)")
        #expect(run.errors.contains("kunne ikke starte serveren på 127.0.0.1:\(port)"))
    }

    /// Without --today the deadline is measured against SOURCE_DATE_EPOCH, and
    /// without either it is not checked at all.
    @Test func sourceDateEpochIsTheClock() throws {
        let warning = "Testby Kommunes plan skulle have været revideret senest 1. april 2024"
        let none = try Self.run(["check"] + Self.inputs)
        #expect(none.status == 0)
        #expect(!none.errors.contains(warning))
        let before = try Self.run(["check"] + Self.inputs, environment: ["SOURCE_DATE_EPOCH": "1711843200"]) // 2024-03-31
        #expect(!before.errors.contains(warning))
        let after = try Self.run(["check"] + Self.inputs, environment: ["SOURCE_DATE_EPOCH": "1712016000"]) // 2024-04-02
        #expect(after.errors.contains(warning))
        #expect(try Self.run(["check"] + Self.inputs, environment: ["SOURCE_DATE_EPOCH": "i går"]).status == 64)
    }

    @Test func baseURLOverridesSiteYAML() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site").path
        let run = try Self.run(["build"] + Self.inputs + ["--output", site, "--base-url", "https://staging.example.dk/beredskab/"])
        #expect(run.status == 0, "\(run.errors)")
        let sitemap = Fixture.read(site + "/sitemap.xml")
        #expect(sitemap.contains("<loc>https://staging.example.dk/beredskab/kommuner/testby/</loc>"))
        let card = Fixture.read(site + "/kommuner/testby/kort/tvang-under-18/index.html")
        #expect(card.contains("<link rel=\"canonical\" href=\"https://staging.example.dk/beredskab/kommuner/testby/kort/tvang-under-18/\">"))
        let bad = try Self.run(["build"] + Self.inputs + ["--output", site, "--base-url", "ftp://x"])
        #expect(bad.status == 1)
        #expect(bad.errors.contains("--base-url `ftp://x` er ikke en gyldig webadresse"))
    }
}
