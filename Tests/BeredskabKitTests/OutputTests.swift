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
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
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

    private func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }
}
