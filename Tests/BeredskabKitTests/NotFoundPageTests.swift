import Foundation
import Testing
@testable import BeredskabKit

/// 404.html without base_url: inline style, and an inline script allowed by its hash.
@Suite("The 404 page")
struct NotFoundPageTests {
    @Test func sha256MatchesTheStandardVectors() {
        func hex(_ s: String) -> String { SHA256.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(Base64.encode([0xfb, 0xff]) == "+/8=")
    }

    @Test func pageCarriesItsStyleAndAScriptItsPolicyAllows() throws {
        let siteFile = Fixture.read(Fixture.goodContent + "/site.yaml").split(separator: "\n").filter { !$0.hasPrefix("base_url") }.joined(separator: "\n")
        let content = try Fixture.contentWith(["site.yaml": siteFile + "\n"])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let page = try #require(Build.render(Fixture.options(content: content.path)).file("404.html"))
        let script = try #require(page.firstMatch(of: /<script>([\s\S]*?)<\/script>/)).output.1
        #expect(page.contains("script-src 'self' '\(SHA256.cspSource(for: String(script)))'"))
        #expect(page.contains("<style>") && !page.contains("assets/site.css"))
        #expect(page.contains("href=\"index.html\">forsiden</a>"))
    }

    /// The script finds the root by the site's top folders: every one must be listed.
    @Test func everyTopFolderOfTheSiteIsKnown() {
        let folders = Set(Build.render(Fixture.options()).files.compactMap { $0.path.split(separator: "/").dropLast().first.map(String.init) })
        #expect(folders.isSubset(of: Set(Routes.topFolders)), "\(folders.subtracting(Routes.topFolders))")
    }
}
