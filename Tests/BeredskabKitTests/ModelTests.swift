import Foundation
import Testing
@testable import BeredskabKit

@Suite("Model values")
struct ModelTests {
    @Test(arguments: [
        ("48 100 100", "48 10 01 00", "+4548100100"),
        ("4927 1448", "49 27 14 48", "+4549271448"),
        ("+45 3392 11 12", "33 92 11 12", "+4533921112"),
        ("112", "112", "112"),
        ("116111", "116 111", "116111"),
        ("1888", "1888", "1888"),
        ("+46 8 123 456 78", "+46 8 123 456 78", "+46812345678"),
    ])
    func phoneNumbers(input: String, display: String, dial: String) throws {
        let number = try #require(PhoneNumber(input))
        #expect(number.display == display)
        #expect(number.dial == dial)
    }

    @Test(arguments: ["4810010", "08 10 01 00", "48-10-01-00x", "javascript:alert(1)", "+45 1234", "", "11 22 33 44"])
    func invalidPhoneNumbers(input: String) {
        #expect(PhoneNumber(input) == nil)
    }

    @Test func urlsAreHTTPOnly() {
        #expect(WebURL("https://www.alleroed.dk/") != nil)
        for bad in ["javascript:alert(1)", "data:text/html,x", "vbscript:x", "ftp://x.dk", "https://", "www.x.dk", "https://x dk"] {
            #expect(WebURL(bad) == nil, "\(bad)")
        }
    }

    @Test func emails() {
        #expect(EmailAddress("familier@alleroed.dk") != nil)
        for bad in ["familier", "a@b", "a@@b.dk", "<a>@b.dk", "a@b..dk", "a b@c.dk"] { #expect(EmailAddress(bad) == nil, "\(bad)") }
    }

    @Test func daysInDanish() throws {
        let day = try #require(Day(iso: "2024-04-01"))
        #expect(day.danish == "1. april 2024")
        #expect(day.adding(years: 4).iso == "2028-04-01")
        #expect(Day(iso: "2024-02-29")?.adding(years: 1).iso == "2025-02-28")
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "10.10.23") == nil)
        #expect(Day(unixTime: 1_700_000_000).iso == "2023-11-14")
    }

    @Test func unknownKeyGetsASuggestion() {
        var d = Diagnostics()
        let value = YAMLValue.mapping([
            .init(key: "telefonn", keyLocation: SourceLocation(path: "k.yaml", line: 3, column: 3), value: .scalar("112", SourceLocation(path: "k.yaml", line: 3, column: 13)))
        ], SourceLocation(path: "k.yaml", line: 1, column: 3))
        _ = FieldReader(value, noun: "kontakten", known: ContactDecoder.keys, diagnostics: &d)
        #expect(d.all.map(\.description) == ["k.yaml:3:3: warning: ukendt nøgle `telefonn` i kontakten bliver ikke brugt (mente du `telefon`?)"])
    }

    @Test func revisionDefaultsToFourYears() throws {
        var d = Diagnostics()
        var y = Diagnostics()
        let front = try #require(YAMLReader.parse("titel: P\nvedtaget: 2023-10-10\nvedtaget_af: KB\nansvarlig: A\nresume: R", path: "p.md", diagnostics: &y))
        let plan = PlanDecoder.decode(MarkdownSource(id: "plan", path: "p.md", frontMatter: front, body: "", bodyFirstLine: 7), diagnostics: &d)
        #expect(plan?.reviseBy?.iso == "2027-10-10")
        #expect(d.all.isEmpty)
    }
}

@Suite("Numbers in YAML")
struct NumberTests {
    @Test(arguments: [("2.000", 2000.0), ("2000", 2000.0), ("12,5", 12.5), ("1.234,5", 1234.5), ("0.5", 0.5)])
    func danishAndPlainNumbers(text: String, value: Double) {
        var d = Diagnostics()
        let mapping = YAMLValue.mapping([.init(key: "maaltal", keyLocation: SourceLocation(path: "h.yaml"), value: .scalar(text, SourceLocation(path: "h.yaml")))], SourceLocation(path: "h.yaml"))
        let reader = FieldReader(mapping, noun: "målet", known: ["maaltal"], diagnostics: &d)
        #expect(reader?.number("maaltal", diagnostics: &d) == value)
    }
}

@Suite("Numbers the fuzzer found")
struct FuzzRegressionTests {
    /// Fuzz/crashes/YAML-crash-66d98…: a year of 1e400 crashed converting to Int.
    @Test(arguments: ["1e400", "inf", "nan", "-1e300", "99999999999999"])
    func absurdNumbersAreErrorsNotCrashes(text: String) {
        var d = Diagnostics()
        let at = SourceLocation(path: "h.yaml")
        let mapping = YAMLValue.mapping([.init(key: "aar", keyLocation: at, value: .scalar(text, at)),
                                         .init(key: "resultat", keyLocation: at, value: .scalar(text, at)),
                                         .init(key: "vurdering", keyLocation: at, value: .scalar("naaet", at))], at)
        let plan = YAMLValue.mapping([.init(key: "titel", keyLocation: at, value: .scalar("T", at)),
                                      .init(key: "periode", keyLocation: at, value: .mapping([.init(key: "fra", keyLocation: at, value: .scalar(text, at)),
                                                                                          .init(key: "til", keyLocation: at, value: .scalar("2026", at))], at)),
                                      .init(key: "spor", keyLocation: at, value: .sequence([.mapping([
                                          .init(key: "id", keyLocation: at, value: .scalar("s", at)), .init(key: "navn", keyLocation: at, value: .scalar("S", at)),
                                          .init(key: "maal", keyLocation: at, value: .sequence([.mapping([
                                              .init(key: "id", keyLocation: at, value: .scalar("m", at)), .init(key: "tekst", keyLocation: at, value: .scalar("M", at)),
                                              .init(key: "maaltal", keyLocation: at, value: .scalar(text, at)),
                                              .init(key: "status", keyLocation: at, value: .sequence([mapping], at))], at)], at))], at)], at))], at)
        #expect(ActionPlanDecoder.decode(plan, diagnostics: &d) == nil)
        #expect(d.hasErrors)
    }

    @Test func theCrashingInputNowDecodes() throws {
        let data = try Data(contentsOf: Fixture.repository.appendingPathComponent("Fuzz/corpus/yaml/regression-year-1e400.yaml"))
        FuzzTargets.yaml(data)
    }
}
