import Foundation
import Testing
@testable import BeredskabKit

/// What keeps intern contacts off the public website and a site whole when two
/// builds, or a full disk, get in the way.
@Suite("Guarding the output folder", .serialized)
struct OutputGuardTests {
    @Test func intranetBuildNeverReplacesThePublicSite() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        #expect(Build.run(Fixture.options(output: output)).succeeded)
        let before = KillTests.snapshot(output)

        let intranet = Build.run(Fixture.options(output: output, target: .intranet))
        #expect(!intranet.succeeded)
        #expect(intranet.diagnostics.last?.message.hasPrefix("`site/` indeholder det offentlige site; et intranet-build skrives ikke oven i det") == true,
                "\(intranet.diagnostics)")
        #expect(KillTests.snapshot(output) == before)
        #expect(!String(decoding: before["kommuner/testby/kontakter/index.html"] ?? Data(), as: UTF8.self).contains("Lone Hemmelig"))
    }

    @Test func publicBuildNeverReplacesAnIntranetSite() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site-intranet").path
        #expect(Build.run(Fixture.options(output: output, target: .intranet)).succeeded)
        let result = Build.run(Fixture.options(output: output))
        #expect(!result.succeeded)
        #expect(result.diagnostics.last?.message.hasPrefix("`site-intranet/` indeholder et intranet-build") == true, "\(result.diagnostics)")
        #expect(String(decoding: KillTests.snapshot(output)[".beredskab-build"] ?? Data(), as: UTF8.self) == "intranet\n")
    }

    /// The command line sends an intranet build to `site-intranet/` unless told otherwise.
    @Test func intranetBuildsToItsOwnFolderByDefault() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["build", "--target", "intranet"] + CommandLineTests.inputs, directory: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") } == ["site-intranet"])
    }

    /// An editor and a scheduled job at once: the second stops with a message, and
    /// the first one's site is whole.
    @Test func secondBuildIntoTheSameFolderStops() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("site")
        #expect(Build.run(Fixture.options(output: target.path)).succeeded)
        let before = KillTests.snapshot(target.path)
        try Self.whileLocked(target) {
            let second = Build.run(Fixture.options(output: target.path))
            #expect(!second.succeeded)
            #expect(second.diagnostics.last?.message.hasPrefix("en anden kørsel af beredskab skriver allerede til `site/`") == true, "\(second.diagnostics)")
            #expect(KillTests.snapshot(target.path) == before)
        }
        #expect(Build.run(Fixture.options(output: target.path)).succeeded, "the lock is released with its holder")
    }

    /// A disk that fills up while the new site is written: the old site stays,
    /// whole, and no half-written staging folder is left behind.
    @Test(.enabled(if: getuid() == 0, "mounting a small tmpfs needs root (CI runs as root)"))
    func fullDiskLeavesTheOldSiteWhole() throws {
        let mountPoint = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        let files = Build.render(Fixture.options()).files
        // tmpfs gives every file whole 4 KB pages.
        let size = files.reduce(0) { $0 + ($1.contents.count + 4095) / 4096 * 4096 }
        // Room for the site once and a half: the first write fits, the second (staging beside the old) cannot.
        try Self.shell("mount", "-t", "tmpfs", "-o", "size=\(size * 3 / 2 / 4096 * 4096 + 65536)", "tmpfs", mountPoint.path)
        defer { try? Self.shell("umount", mountPoint.path) }
        let output = mountPoint.appendingPathComponent("site").path
        var d = Diagnostics()
        SiteWriter.write(files, to: output, diagnostics: &d)
        #expect(d.all.isEmpty, "\(d.all)")
        let before = KillTests.snapshot(output)

        let bigger = files.map { OutputFile(path: $0.path, text: String(decoding: $0.contents, as: UTF8.self) + String(repeating: " ", count: 2048)) }
        SiteWriter.write(bigger, to: output, diagnostics: &d)
        #expect(d.all.count == 1)
        #expect(d.all.first?.message.contains("det tidligere site er urørt") == true, "\(d.all)")
        #expect(d.all.first?.message.contains("No space left on device") == true || d.all.first?.message.contains("plads") == true)
        #expect(KillTests.snapshot(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint.path).sorted() == [".site.lock", "site"])
    }

    /// Holds the output lock as another build would, and lets it go afterwards.
    static func whileLocked(_ target: URL, _ body: () throws -> Void) throws {
        let held = try #require(try OutputLock(beside: target))
        try withExtendedLifetime(held) { try body() }
    }

    static func shell(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
