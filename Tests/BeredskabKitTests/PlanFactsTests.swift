import Foundation
import Testing
@testable import BeredskabKit

/// The site says only what a plan says: a fact the plan does not give is shown
/// as not given (with the national fallback), never filled in.
@Suite("Facts a plan may lack")
struct PlanFactsTests {
    static let kommune = "kommuner/testby/kommune.yaml"
    static let plan = "kommuner/testby/plan.md"
    static let card = "kommuner/testby/kort/tvang-under-18.md"
    static let planText = Fixture.read(Fixture.goodContent + "/" + plan)
    static let cardText = Fixture.read(Fixture.goodContent + "/" + card)

    private func build(_ changes: [String: String?], today: Day? = Fixture.today) throws -> (BuildResult, String) {
        let content = try Fixture.contentWith(changes)
        var options = Fixture.options(content: content.path)
        options.today = today
        let result = Build.render(options)
        try? FileManager.default.removeItem(at: content.deletingLastPathComponent())
        return (result, content.path)
    }

    private func messages(_ result: BuildResult, _ content: String) -> [String] {
        result.diagnostics.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
    }

    @Test func kommuneWithoutAfterHoursContactBuildsWithLocatedWarningAndShowsTheFallback() throws {
        let (result, content) = try build([Self.kommune: "navn: Testby Kommune\nhjemmeside: https://www.testby.dk/\nakut:\n  kontakt: modtagelsen\n"])
        #expect(result.succeeded)
        #expect(messages(result, content).contains { $0.hasPrefix("\(Self.kommune):4:3: warning: `akut` har ingen `uden_for_aabningstid`: kommunen har ikke oplyst") })
        let card = try #require(result.file("kommuner/testby/kort/tvang-under-18/index.html"))
        #expect(card.contains("Testby Kommune har ikke oplyst et nummer uden for åbningstid. Ring til politiet på <a class=\"tel\" href=\"tel:114\">114</a>."))
        #expect(card.contains("href=\"tel:112\""))
        #expect(card.contains("Uden for åbningstid intet nummer oplyst af kommunen – politiet <span class=\"tel\">114</span>"))
        // The døgnvagt is still a contact, but nothing presents it as the after-hours route.
        #expect(!card.contains("Uden for åbningstid</span>\n<a class=\"contact-name\""))
    }

    @Test func planInForceFromADateShowsThatKindOfDateAndCountsTheDeadlineFromIt() throws {
        let text = Self.planText.replacingOccurrences(of: "vedtaget: 2020-04-01\nvedtaget_af: Kommunalbestyrelsen\n", with: "gaeldende_fra: 2024-04-01\n")
        let (result, content) = try build([Self.plan: text], today: Day(iso: "2028-04-02"))
        #expect(result.succeeded)
        let page = try #require(result.file("kommuner/testby/plan/index.html"))
        #expect(page.contains("<dt>Gældende fra</dt><dd>1. april 2024</dd>"))
        #expect(!page.contains("Vedtaget"))
        #expect(page.contains("<dt>Revideres senest</dt><dd>1. april 2028"))
        #expect(result.file("kommuner/testby/index.html")?.contains("Gældende fra 1. april 2024 · revideres senest: 1. april 2028") == true)
        #expect(messages(result, content).contains { $0.hasPrefix("\(Self.plan):2:1: warning: Testby Kommunes plan skulle have været revideret senest 1. april 2028") })
    }

    @Test func planWithoutAnyDateSaysSoAndWarnsThatNoDeadlineCanBeCounted() throws {
        let text = Self.planText.replacingOccurrences(of: "vedtaget: 2020-04-01\nvedtaget_af: Kommunalbestyrelsen\n", with: "")
        let (result, content) = try build([Self.plan: text])
        #expect(result.succeeded)
        #expect(messages(result, content).contains { $0.hasPrefix("\(Self.plan):2:1: warning: planen oplyser hverken, hvornår den er vedtaget (`vedtaget`), eller hvornår den gælder fra (`gaeldende_fra`)") })
        #expect(!messages(result, content).contains { $0.contains("skulle have været revideret") })
        let page = try #require(result.file("kommuner/testby/plan/index.html"))
        #expect(page.contains("<dt>Vedtaget</dt><dd>Ikke oplyst i planen</dd>"))
        #expect(page.contains("<dt>Revideres senest</dt><dd>Kan ikke beregnes, fordi planen ikke oplyser sin dato</dd>"))
        #expect(!page.contains("Revision overskredet"))
        #expect(result.file("kommuner/testby/index.html")?.contains("Datoen for vedtagelsen er ikke oplyst i planen") == true)
        #expect(result.file("feed.xml")?.contains("kommuner/testby/plan/") == false)
    }

    @Test func adoptingBodyWithoutADateIsAWarning() throws {
        let text = Self.planText.replacingOccurrences(of: "vedtaget: 2020-04-01\n", with: "")
        let (result, content) = try build([Self.plan: text])
        #expect(messages(result, content).contains("\(Self.plan):3:1: warning: `vedtaget_af` bruges kun sammen med `vedtaget`; skriv datoen for vedtagelsen, eller fjern `vedtaget_af`"))
        #expect(result.file("kommuner/testby/plan/index.html")?.contains("Kommunalbestyrelsen") == false)
    }

    @Test func cardShowsThePlanSectionsItRestsOn() throws {
        let (result, _) = try build([:])
        let card = try #require(result.file("kommuner/testby/kort/tvang-under-18/index.html"))
        #expect(card.contains("<dt>Bygger på</dt><dd>planens afsnit <a href=\"../../plan/index.html#underretning\">Underretning</a>, <a href=\"../../plan/index.html#naar-det-haster\">Når det haster</a></dd>"))
    }

    @Test func unknownPlanSectionInBasisIsALocatedError() throws {
        let (result, content) = try build([Self.card: Self.cardText.replacingOccurrences(of: "bygger_paa: [underretning, naar-det-haster]", with: "bygger_paa: [underretningen]")])
        #expect(!result.succeeded)
        #expect(messages(result, content).filter { $0.contains("error") } == [
            "\(Self.card):9:14: error: afsnittet `#underretningen` findes ikke i Testby Kommunes plan; `bygger_paa` skal nævne ankre på overskrifter i plan.md (mente du `underretning`?)"
        ])
    }

    @Test func cardWithoutBasisIsAWarning() throws {
        let (result, content) = try build([Self.card: Self.cardText.replacingOccurrences(of: "bygger_paa: [underretning, naar-det-haster]\n", with: "")])
        #expect(result.succeeded)
        #expect(messages(result, content).contains { $0.hasPrefix("\(Self.card):2:1: warning: kortet nævner ikke, hvilke afsnit af planen det bygger på") })
        #expect(result.file("kommuner/testby/kort/tvang-under-18/index.html")?.contains("Bygger på") == false)
    }

    @Test func generalAdviceIsMarkedAsNotTheKommunesProcedure() throws {
        let (result, _) = try build([:])
        let card = try #require(result.file("kommuner/testby/kort/hjaelp-til-dig/index.html"))
        #expect(card.contains("<h2 id=\"generelle-raad\">Generelle råd</h2>\n<p class=\"general-advice-note\">Rådene her er almindelig god praksis. De står ikke i kommunens plan og er ikke kommunens procedure.</p>"))
        let other = try #require(result.file("kommuner/testby/kort/tvang-under-18/index.html"))
        #expect(!other.contains("general-advice-note"))
    }

    @Test func contactWithoutCheckDateShowsOnlyItsSource() throws {
        let contacts = Fixture.read(Fixture.goodContent + "/kommuner/testby/kontakter.csv").replacingOccurrences(of: ";2024-04-01;", with: ";;")
        let (result, _) = try build(["kommuner/testby/kontakter.csv": contacts])
        #expect(result.succeeded)
        let page = try #require(result.file("kommuner/testby/kontakter/index.html"))
        #expect(page.contains("<p class=\"source\">Kilde: Testplan, 1. april 2024.</p>"))
        #expect(!page.contains("tjekket"))
    }
}
