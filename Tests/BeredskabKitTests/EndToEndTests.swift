import Foundation
import Testing
@testable import BeredskabKit

@Suite("End to end: the good fixture site")
struct EndToEndTests {
    let result = Build.render(Fixture.options())

    @Test func buildsWithOnlyTheTrueWarning() {
        #expect(result.diagnostics.map(\.description) == [
            "\(Fixture.goodContent)/kommuner/testby/plan.md:2:1: warning: Testby Kommunes plan skulle have været revideret senest 1. april 2024 (Barnets lov § 15, stk. 3); revidér den, og ret `vedtaget` eller `gaeldende_fra` (og `revideres_senest`, hvis den er sat)"
        ])
        #expect(result.succeeded)
    }

    /// Key pages compared with expected HTML. Set BEREDSKAB_UPDATE_EXPECTED=1 to
    /// rewrite the expected files after a deliberate change, then review the diff.
    @Test(arguments: ["index.html", "kommuner/testby/index.html", "kommuner/testby/plan/index.html",
                      "kommuner/testby/kort/tvang-under-18/index.html", "kommuner/testby/kontakter/index.html",
                      "organisationer/red-raadgivning/index.html", "sitemap.xml"])
    func pageMatchesExpectedHTML(path: String) throws {
        let actual = try #require(result.file(path))
        let expected = Fixture.fixtures.appendingPathComponent("good/expected/" + path)
        if ProcessInfo.processInfo.environment["BEREDSKAB_UPDATE_EXPECTED"] == "1" {
            try FileManager.default.createDirectory(at: expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: expected)
        }
        #expect(actual == Fixture.read(expected.path), "\(path) differs from Tests/Fixtures/good/expected/\(path)")
    }

    @Test func twoBuildsAreIdentical() {
        #expect(Build.render(Fixture.options()).files == result.files)
    }

    @Test func everyLocalLinkResolvesToAFile() {
        let paths = Set(result.files.map(\.path))
        for file in result.files where file.path.hasSuffix(".html") && file.path != "404.html" {
            for link in LinkScanner.references(in: file.text) where LinkScanner.isLocal(link) {
                let target = LinkScanner.resolve(link, from: file.path)
                #expect(paths.contains(target), "\(file.path) links to \(link), which is not in the site")
            }
        }
    }

    @Test func akutBoxOnEveryKommunePageWithTelLinks() throws {
        for path in result.files.map(\.path) where path.hasPrefix("kommuner/testby/") {
            let html = try #require(result.file(path))
            #expect(html.contains("Akut hjælp i Testby Kommune"), "\(path)")
            #expect(html.contains("<a class=\"tel\" href=\"tel:+4548100100\">48 10 01 00</a>"), "\(path)")
            #expect(html.contains("<a class=\"tel\" href=\"tel:+4549271448\">49 27 14 48</a>"), "\(path)")
            #expect(html.contains("href=\"tel:112\""), "\(path)")
        }
    }

    @Test func organisationPageListsWhoCitesIt() throws {
        let html = try #require(result.file("organisationer/red-raadgivning/index.html"))
        #expect(html.contains("<a href=\"../../kommuner/testby/kort/tvang-under-18/index.html\">Tvangsægteskab – under 18</a>"))
        #expect(html.contains("<a href=\"../../kommuner/testby/kort/hjaelp-til-dig/index.html\">Hjælp til dig</a>"))
    }

    @Test func intranetContactsStayOffThePublicSite() throws {
        for file in result.files {
            for secret in ["Lone Hemmelig", "20 58 60 09", "+4520586009", "lone.hemmelig@testby.dk", "hemmelig-linje"] {
                #expect(!file.text.contains(secret), "\(file.path) shows \(secret)")
            }
        }
        let intranet = Build.render(Fixture.options(target: .intranet))
        let contacts = try #require(intranet.file("kommuner/testby/kontakter/index.html"))
        #expect(contacts.contains("Lone Hemmelig"))
        #expect(contacts.contains("Kun på intranettet"))
    }
}

/// Finds `href` and `src` values in rendered HTML, as a browser opening the file would.
enum LinkScanner {
    static func references(in html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                found.append(String(after[..<end]))
                rest = after[end...]
            }
        }
        return found
    }

    static func isLocal(_ link: String) -> Bool {
        !["http://", "https://", "mailto:", "tel:"].contains { link.hasPrefix($0) } && !link.hasPrefix("#")
    }

    /// The site path a relative link from `page` points at, fragment removed.
    static func resolve(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for piece in link.split(separator: "#", maxSplits: 1).first.map(String.init)?.split(separator: "/") ?? [] {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
