import Foundation
import Testing
@testable import BeredskabKit

/// The search index as built: Danish word forms find their base forms, compounds
/// are found by their parts, and the index is split so a query loads little.
@Suite struct SearchTests {
    /// Every word of content/ stems as the Snowball project's own Danish stemmer
    /// stems it (Tests/Fixtures/danish-stems.txt, made with PyPI snowballstemmer).
    @Test func stemmerIsSnowballs() throws {
        let lines = try String(contentsOfFile: Fixture.repository.appendingPathComponent("Tests/Fixtures/danish-stems.txt").path, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count > 2000)
        let wrong = lines.compactMap { line -> String? in
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 2 else { return "malformed line \(line)" }
            let stem = DanishStemmer.stem(parts[0])
            return stem == parts[1] ? nil : "\(parts[0]) → \(stem), Snowball: \(parts[1])"
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
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
}
