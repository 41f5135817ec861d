import Foundation
import Testing
@testable import BeredskabKit

/// The real default content in content/, as `make` publishes it.
@Suite("Real content")
struct ContentTests {
    static let content = Fixture.repository.appendingPathComponent("content").path
    let result = Build.render(Fixture.options(content: ContentTests.content))

    @Test func buildsWithoutErrors() {
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(result.succeeded)
    }

    /// A reader outside office hours always finds someone to call: a døgnåben line
    /// the plan names, or the plain statement that the kommune gave none, with 114.
    @Test(arguments: ["albertslund", "alleroed", "koebenhavn"])
    func everyKommuneHasEightCardsEachSayingWhomToCallAfterHours(kommune: String) {
        let cards = result.files.filter { $0.path.hasPrefix("kommuner/\(kommune)/kort/") && !$0.path.contains("/kort/udskriv-") }
        #expect(cards.count >= 8, "\(kommune) has \(cards.count) cards")
        for card in cards {
            let lines = card.text.components(separatedBy: "\n")
            let open = lines.contains { $0.contains("class=\"open-label\">døgnåben") && $0.contains("href=\"tel:") }
            let fallback = card.text.contains("har ikke oplyst et nummer uden for åbningstid. Ring til politiet på <a class=\"tel\" href=\"tel:114\">114</a>.")
            #expect(open || fallback, "\(card.path) says nothing about whom to call outside office hours")
            #expect(card.text.contains("href=\"tel:112\""), "\(card.path) has no 112")
        }
    }

    /// Only the dates and routes the plans give: København's handleplan has no
    /// adoption date, Allerød's plan applies from a date, and neither København nor
    /// Albertslund names an after-hours route (so the cards say so and show 114).
    @Test func datesAndAfterHoursRoutesAreThePlans() throws {
        let copenhagen = try #require(result.file("kommuner/koebenhavn/plan/index.html"))
        #expect(copenhagen.contains("<dt>Vedtaget</dt><dd>Ikke oplyst i planen</dd>"))
        #expect(copenhagen.contains("ikke selve beredskabsplanen"))
        let alleroed = try #require(result.file("kommuner/alleroed/plan/index.html"))
        #expect(alleroed.contains("<dt>Gældende fra</dt><dd>1. april 2024</dd>"))
        #expect(result.file("kommuner/albertslund/plan/index.html")?.contains("10. oktober 2023") == true)
        for file in result.files where file.path.hasSuffix(".html") {
            let text = file.text.lowercased()
            #expect(!text.contains("1. januar 2024"), "\(file.path) dates København's plan")
            #expect(!text.contains("vedtaget</dt><dd>1. april 2024") && !text.contains("vedtaget 1. april 2024"), "\(file.path) says Allerød's plan was adopted")
        }
        for kommune in ["koebenhavn", "albertslund"] {
            for card in result.files where card.path.hasPrefix("kommuner/\(kommune)/kort/") && !card.path.contains("/udskriv-") {
                #expect(card.text.contains("har ikke oplyst et nummer uden for åbningstid"), "\(card.path)")
                #expect(!card.text.contains("Uden for åbningstid</span>\n<a class=\"contact-name\""), "\(card.path) names an after-hours route")
            }
        }
    }

    /// Several numbers of one contact read as alternatives, not as one long number.
    @Test func severalNumbersAreSeparated() throws {
        let page = try #require(result.file("organisationer/red-safehouse/index.html"))
        #expect(page.contains("70 27 76 66</a> eller <a class=\"tel\" href=\"tel:+4545117800\">45 11 78 00</a>"))
    }

    /// Facts carry over from the source documents; their sentences do not. The
    /// documents are kept in Tests/Fixtures/seeds, so a clone alone runs this test.
    @Test func noTenWordRunFromTheSeeds() throws {
        let seeds = Fixture.fixtures.appendingPathComponent("seeds")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        try #require(files.count >= 5, "the seed documents are expected in Tests/Fixtures/seeds")
        var runs = Set<ArraySlice<String>>()
        for file in files {
            let words = Self.words(Fixture.read(seeds.appendingPathComponent(file).path))
            for i in 0..<max(0, words.count - 9) { runs.insert(words[i..<i + 10]) }
        }
        let enumerator = FileManager.default.enumerator(atPath: Self.content)
        while let path = enumerator?.nextObject() as? String {
            let words = Self.words(Fixture.read(Self.content + "/" + path))
            for i in 0..<max(0, words.count - 9) where runs.contains(words[i..<i + 10]) {
                Issue.record("content/\(path) repeats the seeds: \(words[i..<i + 10].joined(separator: " "))")
            }
        }
    }

    static func words(_ text: String) -> [String] {
        var folded = text.lowercased()
        for (a, b) in [("æ", "ae"), ("ø", "oe"), ("å", "aa")] { folded = folded.replacingOccurrences(of: a, with: b) }
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }
}
