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
    /// rewrite the expected files after a deliberate change (the run fails for each
    /// file it rewrote), then review the diff and run again.
    @Test(arguments: ["index.html", "kommuner/testby/index.html", "kommuner/testby/plan/index.html",
                      "kommuner/testby/kort/tvang-under-18/index.html", "kommuner/testby/kort/udskriv-skole-dagtilbud/index.html",
                      "kommuner/testby/kontakter/index.html",
                      "organisationer/red-raadgivning/index.html", "sitemap.xml"])
    func pageMatchesExpectedHTML(path: String) throws {
        let actual = try #require(result.file(path))
        let expected = Fixture.fixtures.appendingPathComponent("good/expected/" + path)
        if ProcessInfo.processInfo.environment["BEREDSKAB_UPDATE_EXPECTED"] == "1" {
            try FileManager.default.createDirectory(at: expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            if actual != Fixture.read(expected.path) {
                try Data(actual.utf8).write(to: expected)
                // A run that rewrites the expected files proves nothing: it must not pass.
                Issue.record("rewrote Tests/Fixtures/good/expected/\(path); review the diff and run again without BEREDSKAB_UPDATE_EXPECTED")
            }
            return
        }
        #expect(actual == Fixture.read(expected.path), "\(path) differs from Tests/Fixtures/good/expected/\(path)")
    }

    /// A card's article is rendered once for its page and its print bundles: the
    /// page has the card's own ids, the bundle the same article with every id and
    /// in-page reference led by the card's id, and neither the placeholder between.
    @Test func printBundleHoldsTheCardPagesArticleWithItsIDsPrefixed() throws {
        let page = try #require(result.file("kommuner/testby/kort/tvang-under-18/index.html"))
        let bundle = try #require(result.file("kommuner/testby/kort/udskriv-skole-dagtilbud/index.html"))
        func article(_ html: String) throws -> String {
            let start = try #require(html.range(of: "<article class=\"action-card\""))
            let end = try #require(html.range(of: "</article>", range: start.upperBound..<html.endIndex))
            return String(html[start.lowerBound..<end.upperBound])
        }
        let own = try article(page)
        #expect(own.contains("<article class=\"action-card\" id=\"kort\">"))
        #expect(own.contains("<h2 id=\"hvornaar-bruger-du-kortet\">"))
        let prefixed = own.replacingOccurrences(of: " id=\"", with: " id=\"tvang-under-18-")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#tvang-under-18-")
            .replacingOccurrences(of: "aria-labelledby=\"kontakt-titel kort-titel\"",
                                  with: "aria-labelledby=\"tvang-under-18-kontakt-titel tvang-under-18-kort-titel\"")
        #expect(try article(bundle) == prefixed)
        #expect(!page.utf8.contains(0) && !bundle.utf8.contains(0))
    }

    /// The header is rendered once per place in the tree and shared: on every page
    /// its menu links lead to the free page from where the page is, and only the
    /// free page itself is marked as the current one.
    @Test func everyPagesHeaderLeadsToTheFreePagesAndMarksEachOnlyThere() throws {
        // A second free page beside the first: two pages in one folder, each a target of the header.
        let content = try Fixture.contentWith(["sider/kontakt.md": "---\ntitel: Kontakt\nresume: Skriv til os.\n---\nSkriv til os.\n"])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let site = Build.render(Fixture.options(content: content.path))
        #expect(site.succeeded)
        let pages = ["sider/om/index.html": "Om sitet", "sider/kontakt/index.html": "Kontakt"]
        for file in site.files where file.path.hasSuffix(".html") && file.path != "404.html" {
            let html = file.text
            guard let start = html.range(of: "<nav class=\"site-nav\""),
                  let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else { continue }
            let nav = html[start.upperBound..<end.lowerBound]
            for (target, title) in pages {
                let expected = Route(file.path).relative(to: Route(target))
                let current = file.path == target ? " aria-current=\"page\"" : ""
                #expect(nav.contains("<a href=\"\(expected)\"\(current)>\(title)</a>"), "\(file.path) → \(target)")
            }
        }
    }

    /// A kommune's own `card.mustache` from before the article was rendered once
    /// (it renders `card-article` from the card's view) writes the same card page.
    @Test func anOwnCardTemplateRenderingTheArticleItselfWritesTheSamePage() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{{<base}}\n{{$main}}\n{{#card}}\n{{>card-article}}\n{{/card}}\n{{/main}}\n{{/base}}\n".utf8)
            .write(to: folder.appendingPathComponent("card.mustache"))
        var options = Fixture.options()
        options.templates = folder.path
        let own = Build.render(options)
        let path = "kommuner/testby/kort/tvang-under-18/index.html"
        #expect(try #require(own.file(path)) == Fixture.read(Fixture.fixtures.appendingPathComponent("good/expected/" + path).path))
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

    /// Every value of every `intern` row (and its number as dialled) stays off every
    /// public file: pages, search index, sitemap, feed.
    @Test func intranetContactsStayOffThePublicSite() throws {
        let table = Fixture.read(Fixture.goodContent + "/kommuner/testby/kontakter.csv")
        let rows = table.split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first).map { $0.trimmingCharacters(in: ["\u{FEFF}"]) }
        let visibility = try #require(header.firstIndex(of: "synlighed"))
        let secrets = rows.dropFirst().filter { $0.count > visibility && $0[visibility] == "intern" }.flatMap { row in
            zip(header, row).filter { !["synlighed", "doegnaaben", "verificeret"].contains($0.0) && !$0.1.isEmpty }.map(\.1)
                + (row[header.firstIndex(of: "telefon")!].isEmpty ? [] : ["tel:+45" + row[header.firstIndex(of: "telefon")!].filter(\.isNumber)])
        }
        try #require(secrets.count >= 9, "the fixture has an intern row with every field: \(secrets)")
        for file in result.files {
            for secret in secrets {
                #expect(!file.text.contains(secret), "\(file.path) shows \(secret)")
            }
        }
        let intranet = Build.render(Fixture.options(target: .intranet))
        let contacts = try #require(intranet.file("kommuner/testby/kontakter/index.html"))
        #expect(contacts.contains("Lone Hemmelig"))
        #expect(contacts.contains("Kun til intern brug"))
        let card = try #require(intranet.file("kommuner/testby/kort/tvang-under-18/index.html"))
        #expect(card.contains("tel:+4520586009"))
        #expect(card.contains("<strong class=\"internal-label\">Kun til intern brug</strong>"))
    }

    /// The plan's link to an intern contact keeps its words, without the link, in public.
    @Test func linkToAnInternContactIsPlainTextInPublic() throws {
        let plan = try #require(result.file("kommuner/testby/plan/index.html"))
        #expect(plan.contains("ring til teamlederen."))
        #expect(!plan.contains("hemmelig-linje"))
    }

    /// An id used by a public and an intern contact is one mistake in both builds.
    @Test(arguments: BuildTarget.allCases)
    func idSharedWithAnInternContactIsAnError(target: BuildTarget) throws {
        let table = Fixture.read(Fixture.goodContent + "/kommuner/testby/kontakter.csv")
            .replacingOccurrences(of: "\nhemmelig-linje;", with: "\nmodtagelsen;")
        let content = try Fixture.contentWith(["kommuner/testby/kontakter.csv": table])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let errors = Build.render(Fixture.options(content: content.path, target: target)).diagnostics
            .filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains { $0.contains("kontakter.csv:4:") && $0.contains("id'et `modtagelsen` er brugt to gange; den første kontakt med det står på") && $0.contains("kontakter.csv:2:") }, "\(errors)")
    }

    /// The akut box is on every public page: an intern contact there is an error in both builds.
    @Test(arguments: BuildTarget.allCases)
    func internAkutContactIsAnError(target: BuildTarget) throws {
        let yaml = Fixture.read(Fixture.goodContent + "/kommuner/testby/kommune.yaml")
            .replacingOccurrences(of: "kontakt: modtagelsen", with: "kontakt: hemmelig-linje")
        let content = try Fixture.contentWith(["kommuner/testby/kommune.yaml": yaml])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let built = Build.render(Fixture.options(content: content.path, target: target))
        let errors = built.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("kommune.yaml:") == true && errors.first?.contains("akut-kontakten `hemmelig-linje` er markeret `intern`") == true, "\(errors)")
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
