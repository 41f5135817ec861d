import Foundation
import Testing
@testable import BeredskabKit

/// Walks the links of the built real site, as a reader clicking would.
@Suite("Navigation of the real site")
struct NavigationTests {
    let result = Build.render(Fixture.options(content: ContentTests.content))

    /// Every Markdown and YAML file of the real content, one after the other.
    static var contentText: String {
        let enumerator = FileManager.default.enumerator(atPath: ContentTests.content)
        var text = ""
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md") || path.hasSuffix(".yaml") { text += Fixture.read(ContentTests.content + "/" + path) + "\n" }
        }
        return text
    }

    /// Shortest number of clicks from `start` to every page.
    func clicks(from start: String) -> [String: Int] {
        let pages = Dictionary(uniqueKeysWithValues: result.files.filter { $0.path.hasSuffix(".html") }.map { ($0.path, $0.text) })
        var distance = [start: 0]
        var queue = [start]
        while !queue.isEmpty {
            let page = queue.removeFirst()
            for link in LinkScanner.references(in: pages[page] ?? "") where LinkScanner.isLocal(link) {
                let target = LinkScanner.resolve(link, from: page)
                if distance[target] == nil, pages[target] != nil {
                    distance[target] = distance[page]! + 1
                    queue.append(target)
                }
            }
        }
        return distance
    }

    @Test func everyCardWithinThreeClicksOfItsKommuneAndFourOfTheFrontPage() {
        let fromHome = clicks(from: "index.html")
        for kommune in ["albertslund", "alleroed", "koebenhavn"] {
            let fromKommune = clicks(from: "kommuner/\(kommune)/index.html")
            for card in result.files.map(\.path) where card.hasPrefix("kommuner/\(kommune)/kort/") {
                #expect((fromKommune[card] ?? 99) <= 3, "\(card) is \(fromKommune[card] ?? -1) clicks from its kommune")
                #expect((fromHome[card] ?? 99) <= 4, "\(card) is \(fromHome[card] ?? -1) clicks from the front page")
            }
        }
    }

    @Test func guidedPathOffersOnlyChoicesThatLeadToACard() throws {
        // Allerød, teacher, ufrivilligt udlandsophold: the ages offered are cards.
        let step = try #require(result.file("kommuner/alleroed/maalgrupper/skole-dagtilbud/ufrivilligt-udlandsophold/index.html"))
        #expect(step.contains("Hvor gammel er personen?"))
        #expect(step.contains("href=\"../../../kort/ufrivilligt-udlandsophold-under-18/index.html\""))
    }

    /// Every kommune has an audience page for each audience its cards name, and
    /// none for an audience without cards (a dead end for a stressed reader). The
    /// fixture has an audience no card names; the real content may not.
    @Test(arguments: [ContentTests.content, Fixture.goodContent])
    func audiencePagesExactlyForAudiencesWithCards(content: String) throws {
        let built = content == ContentTests.content ? result : Build.render(Fixture.options(content: content))
        let site = try #require(Modeller.model(Loader.load(contentFolder: content).value).value)
        var someAudienceHasNoCards = false
        for m in site.municipalities {
            let withCards = Set(m.cards.flatMap { $0.audiences.map(\.id) })
            someAudienceHasNoCards = someAudienceHasNoCards || withCards.count < site.audiences.count
            let pages = Set(built.files.map(\.path).compactMap { path -> String? in
                let parts = path.split(separator: "/")
                return parts.count == 5 && path.hasPrefix("kommuner/\(m.id)/maalgrupper/") && parts[4] == "index.html" ? String(parts[3]) : nil
            })
            #expect(!withCards.isEmpty)
            #expect(pages == withCards, "\(m.id): audience pages \(pages.sorted()), audiences with cards \(withCards.sorted())")
        }
        if content == Fixture.goodContent { #expect(someAudienceHasNoCards, "the fixture should have an audience without cards") }
    }

    @Test func actionPlanShowsResultsAgainstTargets() throws {
        let page = try #require(result.file("kommuner/koebenhavn/handleplan/index.html"))
        #expect(page.contains("Mål: 2.000 elever om året"))
        #expect(page.contains("<strong>2024: Nået.</strong> Resultat: 2.425 elever om året (121,2 % af målet)."))
        #expect(page.contains("<svg class=\"progress progress-naaet\""))
        #expect(page.contains("Historik"))
    }

    @Test func comparisonFlagsEveryKommune() throws {
        let page = try #require(result.file("sammenlign/index.html"))
        for name in ["Albertslund Kommune", "Allerød Kommune", "Københavns Kommune"] { #expect(page.contains(name)) }
        #expect(page.contains("<th scope=\"col\">Tvangsægteskab</th>"))
    }

    @Test func feedUsesContentDates() throws {
        let feed = try #require(result.file("feed.xml"))
        #expect(feed.contains("<updated>2024-04-01T00:00:00Z</updated>"))
        // Every date in the feed is one the content states; none comes from the clock.
        let written = Set(Self.contentText.matches(of: /\d{4}-\d{2}-\d{2}/).map { String($0.output) })
        let dates = feed.matches(of: /<updated>(\d{4}-\d{2}-\d{2})T/).map { String($0.output.1) }
        #expect(dates.count > 10)
        for date in dates { #expect(written.contains(date), "\(date) in feed.xml is no date of the content") }
    }
}
