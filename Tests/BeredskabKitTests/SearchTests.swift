import Foundation
import Testing
@testable import BeredskabKit

/// The search index as built: Danish word forms find their base forms, compounds
/// are found by their parts, and the index is split so a query loads little.
@Suite struct SearchTests {
    /// Every word of content/ stems as the Snowball project's own Danish stemmer
    /// stems it (Tests/Fixtures/danish-stems.txt, made with PyPI snowballstemmer).
    /// A page's text as the index reads it: tags gone, whitespace one space, and the
    /// entities our escaping writes read back (once: `&amp;lt;` is the text `&lt;`).
    @Test func plainTextOfHTML() {
        #expect(PlainText.of("<p>Ring  til\n<a href=\"tel:112\">112</a>.</p>\n") == "Ring til 112 .")
        #expect(PlainText.of("a &lt;b&gt; &amp;lt; &quot;c&quot; &#39;d&#39; &copy; &") == "a <b> &lt; \"c\" 'd' &copy; &")
        #expect(PlainText.of("<h2 title=\"&lt;x&gt;\">Æ&amp;Ø</h2>") == "Æ&Ø")
    }

    @Test(arguments: [("danish-stems.txt", SearchLanguage.danish, 2000), ("english-stems.txt", SearchLanguage.english, 1000)])
    func stemmerIsSnowballs(fixture: String, language: SearchLanguage, atLeast: Int) throws {
        let lines = try String(contentsOfFile: Fixture.repository.appendingPathComponent("Tests/Fixtures/\(fixture)").path, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count > atLeast)
        let wrong = lines.compactMap { line -> String? in
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 2 else { return "malformed line \(line)" }
            let stem = language.stem(parts[0])
            return stem == parts[1] ? nil : "\(parts[0]) → \(stem), Snowball: \(parts[1])"
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func englishWordFormsShareATermAndEnglishFunctionWordsAreLeftOut() {
        func term(_ text: String) -> [String] { SearchTerms.terms(text, in: .english) }
        #expect(term("marriages") == term("marriage") && term("married") == term("marry"))
        #expect(term("controlling") == term("controlled") && term("threatened") == term("threatening"))
        #expect(term("Municipalities") == term("municipality"))
        #expect(term("how do I get the help").map { $0 } == term("get help"), "function words are not indexed")
        #expect(SearchTerms.terms("og i på", in: .english) == ["og", "paa"], "Danish function words are words in English")
    }

    @Test func pluralDefiniteAndFoldedFormsShareATerm() {
        func term(_ text: String) -> [String] { SearchTerms.terms(text) }
        #expect(term("tvangsægteskaber") == term("tvangsægteskab"))
        #expect(term("tvangsægteskabet") == term("tvangsægteskab"))
        #expect(term("tvangsægteskaberne") == term("tvangsægteskab"))
        #expect(term("underretningen") == term("underretning"))
        #expect(term("underretninger") == term("underretning"))
        #expect(term("Tvangsaegteskab") == term("tvangsægteskab"), "written without æ")
        #expect(term("Århus") == term("aarhus"))
        #expect(term("café") == term("cafe"))
        #expect(term("og i på hvordan").isEmpty, "function words are not indexed")
    }

    /// "ægteskab" finds "tvangsægteskab": the part is a word of its own on the site.
    @Test func compoundsAreFoundByTheirLastPart() {
        let shards = SearchShards([
            .init(id: 0, weights: ["tvangsaegteskab": 10]),
            .init(id: 1, weights: ["aegteskab": 4]),
            .init(id: 2, weights: ["skab": 1, "tvang": 1]),
        ])
        #expect(shards.parts["aegteskab"]?.map(\.document) == [0])
        #expect(shards.parts["skab"]?.map(\.document) == [0, 1], "a part of four letters or more")
        #expect(shards.parts["tvang"] == nil, "a first part is found by prefix, not as a part")
        #expect(SearchShards.key("aegteskab") == "ae" && SearchShards.key("ø") == "__" && SearchShards.key("x") == "x_")
        #expect(SearchShards.encode([(3, 10), (7, 2), (20, 1)]) == "[3,10,4,2,13,1]")
    }

    /// The fixture site's index: shards by first letters, one file per kommune, one per
    /// document, and a table with the filters; no single script with the whole site.
    @Test func indexIsSplitIntoSmallScripts() throws {
        let result = Build.render(Fixture.options())
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("soeg/dokumenter.js") && paths.contains("soeg/kommuner/testby.js"))
        #expect(!paths.contains("soeg/soegeindeks.js"))
        let shard = try #require(result.files.first { $0.path == "soeg/indeks/tv.js" })
        #expect(shard.text.hasPrefix("BEREDSKAB_SOEG.shard(\"tv\",{"))
        #expect(shard.text.contains("\"tvangsaegteskab\":["))
        let documents = result.files.filter { $0.path.hasPrefix("soeg/d/") }
        #expect(documents.count > 3 && documents.allSatisfy { $0.text.components(separatedBy: "BEREDSKAB_SOEG.document(").count <= 5 })
        #expect(documents.contains { $0.text.contains("\"sti\":\"kommuner/testby/kort/tvang-under-18/index.html\"") })
        let table = try #require(result.files.first { $0.path == "soeg/dokumenter.js" })
        #expect(table.text.contains("\"dele\":[") && table.text.contains("\"tv\""))
        #expect(result.files.first { $0.path == "soeg/index.html" }?.text.contains("alle/index.html") == true)
        #expect(result.files.first { $0.path == "soeg/alle/index.html" }?.text.contains("kort/tvang-under-18/index.html") == true)
    }

    /// Each language with a front page has its own search under its folder: its own
    /// stemmer and function words, only its pages, links from its search page, and
    /// a header search on its pages that leads there.
    @Test func eachLanguageHasItsOwnSearch() throws {
        let content = try Fixture.contentWith(["site.yaml": TranslationTests.site,
                                               "kommuner/testby/kort/hjaelp-til-dig.en.md": TranslationTests.card])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.succeeded, "\(result.diagnostics)")
        let table = try #require(result.file("en/soeg/dokumenter.js"))
        #expect(table.contains("\"rod\":\"../../\"") && table.contains("\"sammensatte\":false"))
        #expect(table.contains("\"the\"") && !table.contains("\"hvordan\""), "English function words")
        #expect(table.contains("{\"id\":\"testby\",\"navn\":\"Testby Kommune\"}"))
        let documents = result.files.filter { $0.path.hasPrefix("en/soeg/d/") }.map(\.text).joined()
        #expect(documents.contains("\"sti\":\"en/kommuner/testby/kort/hjaelp-til-dig/index.html\""))
        #expect(documents.contains("\"type\":\"Action card\""))
        #expect(!documents.contains("\"sti\":\"kommuner/"), "no Danish page in the English search")
        // "pressure" as the English stemmer has it; "tvang" (Danish) is in no English page.
        let shards = result.files.filter { $0.path.hasPrefix("en/soeg/indeks/") }.map(\.text).joined()
        #expect(shards.contains("\"pressur\":[") && !shards.contains("\"tvang"))
        #expect(result.file("en/soeg/kommuner/testby.js") != nil)
        let page = try #require(result.file("en/soeg/index.html"))
        #expect(page.contains("<script src=\"../../assets/english-stem.js\" defer></script>"))
        #expect(page.contains("<label for=\"soeg-tekst\">Search for</label>"))
        #expect(page.contains("data-results-many=\"{n} results for “{q}”\""))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"da\" href=\"https://beredskab.example.dk/soeg/\">"))
        let all = try #require(result.file("en/soeg/alle/index.html"))
        #expect(all.contains("href=\"../../kommuner/testby/kort/hjaelp-til-dig/index.html\">Help for you</a>"))
        #expect(!all.contains("plan/index.html"), "the Danish plan is not listed among the English pages")
        let card = try #require(result.file("en/kommuner/testby/kort/hjaelp-til-dig/index.html"))
        #expect(card.contains("<form class=\"header-search\" role=\"search\" action=\"../../../../../en/soeg/index.html\""))
        let danish = try #require(result.file("soeg/dokumenter.js"))
        #expect(danish.contains("\"rod\":\"../\"") && danish.contains("\"sammensatte\":true") && danish.contains("\"hvordan\""))
    }
}
