import Foundation
import Testing
@testable import BeredskabKit

/// Each case is the good fixture site with one defect, and the exact diagnostic
/// the editor must see (path relative to the content folder, line, column, words).
@Suite("Bad input")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let changes: [String: String?]
        let expected: String
        var testDescription: String { name }
    }

    static let card = "kommuner/testby/kort/tvang-under-18.md"
    static let cardText = Fixture.read(Fixture.goodContent + "/" + card)
    static let contactsText = Fixture.read(Fixture.goodContent + "/kommuner/testby/kontakter.csv")

    static let cases: [Case] = [
        Case(name: "unknown kontakt: link in a card",
             changes: [card: cardText.replacingOccurrences(of: "1. Underret [Modtagelsen](kontakt:modtagelsen).", with: "1. Underret [Modtagelsen](kontakt:modtagelsn).")],
             expected: "\(card):21:13: error: `kontakt:modtagelsn` findes ikke i Testby Kommunes kontakttabel eller blandt de landsdækkende organisationer (mente du `modtagelsen`?)"),
        Case(name: "unknown contact in front matter",
             changes: [card: cardText.replacingOccurrences(of: "kontakter: [modtagelsen, hemmelig-linje, red-raadgivning]", with: "kontakter: [modtagelsen, red-radgivning]")],
             expected: "\(card):7:26: error: kontakten `red-radgivning` findes ikke i Testby Kommunes kontakttabel eller blandt de landsdækkende organisationer (mente du `red-raadgivning`?)"),
        Case(name: "unknown audience",
             changes: [card: cardText.replacingOccurrences(of: "maalgrupper: [skole-dagtilbud]", with: "maalgrupper: [skole]")],
             expected: "\(card):4:15: error: målgruppen `skole` findes ikke i maalgrupper.yaml"),
        Case(name: "unknown plan anchor",
             changes: [card: cardText.replacingOccurrences(of: "plan:#underretning", with: "plan:#underretningg")],
             expected: "\(card):22:8: error: planen for `testby` har ingen overskrift med ankeret `#underretningg` (mente du `underretning`?)"),
        Case(name: "unknown term",
             changes: ["begreber/tvangsaegteskab.md": "---\ntitel: T\nresume: R\n---\nSe [x](begreb:nsk).\n"],
             expected: "begreber/tvangsaegteskab.md:5:4: error: begrebet `nsk` findes ikke i begreber/"),
        Case(name: "javascript: link in Markdown",
             changes: ["sider/om.md": "---\ntitel: Om\nresume: R\n---\nKlik [her](javascript:alert(1)).\n"],
             expected: "sider/om.md:5:6: error: links med `javascript:` er ikke tilladt; brug `https://`, `mailto:`, `tel:` eller et af skemaerne `kontakt:`, `kort:`, `plan:`, `begreb:` og `side:`"),
        Case(name: "front matter never closed",
             changes: [card: "---\ntitel: X\n\n## Hvornår\n"],
             expected: "\(card):1:1: error: front matter (nøglerne øverst i filen) åbnes med `---`, men lukkes aldrig; tilføj en linje med `---` efter den sidste nøgle"),
        Case(name: "missing required key",
             changes: [card: cardText.replacingOccurrences(of: "alder: under-18\n", with: "")],
             expected: "\(card):2:1: error: nøglen `alder` mangler i kortets front matter (nøglerne øverst i filen); tilføj fx `alder: under-18`"),
        Case(name: "invalid date",
             changes: [card: cardText.replacingOccurrences(of: "opdateret: 2024-04-01", with: "opdateret: 1.4.2024")],
             expected: "\(card):8:12: error: `1.4.2024` er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx `2024-04-01`"),
        Case(name: "invalid phone number in CSV",
             changes: ["kommuner/testby/kontakter.csv": contactsText.replacingOccurrences(of: "48 10 01 00", with: "48 10 01")],
             expected: "kommuner/testby/kontakter.csv:2:65: error: række 2, kolonne `telefon` (kontakten `modtagelsen`): `48 10 01` er ikke et gyldigt telefonnummer; skriv 8 cifre (fx `48 10 01 00`), evt. med `+45` foran, eller et af kortnumrene 112, 114, 1888 og 116 111"),
        Case(name: "invalid e-mail in CSV",
             changes: ["kommuner/testby/kontakter.csv": contactsText.replacingOccurrences(of: "familier@testby.dk", with: "familier(at)testby.dk")],
             expected: "kommuner/testby/kontakter.csv:2:77: error: række 2, kolonne `email` (kontakten `modtagelsen`): `familier(at)testby.dk` er ikke en gyldig e-mailadresse; skriv den som `navn@kommune.dk`"),
        Case(name: "javascript: URL in YAML",
             changes: ["kommuner/testby/kommune.yaml": "navn: Testby Kommune\nhjemmeside: javascript:alert(1)\nakut:\n  kontakt: modtagelsen\n  uden_for_aabningstid: doegnvagt\n"],
             expected: "kommuner/testby/kommune.yaml:2:13: error: `javascript:alert(1)` er ikke en gyldig webadresse; den skal begynde med `https://` eller `http://`"),
        Case(name: "duplicate contact id",
             changes: ["kommuner/testby/kontakter.csv": contactsText + "modtagelsen;Igen;Rolle;;;;;;;2024-04-01;Kilde;\r\n"],
             expected: "kommuner/testby/kontakter.csv:5:1: error: id'et `modtagelsen` er brugt to gange; den første kontakt med det står på kommuner/testby/kontakter.csv:2:1; giv hver sit id"),
        Case(name: "tab indentation in YAML",
             changes: ["kommuner/testby/kommune.yaml": "navn: Testby Kommune\nhjemmeside: https://www.testby.dk/\nakut:\n\tkontakt: modtagelsen\n"],
             expected: "kommuner/testby/kommune.yaml:4:1: error: tegnet her kan ikke stå i YAML; er der et tabulatortegn? Ryk ind med mellemrum, ikke tab"),
        Case(name: "file name that is not an id",
             changes: ["kommuner/testby/kort/Kort om ø.md": cardText],
             expected: "kommuner/testby/kort/Kort om ø.md:1:1: error: filnavnet `Kort om ø` kan ikke bruges som id; brug kun a-z, 0-9 og bindestreg, fx `kort-om-oe`.md"),
        Case(name: "unclosed quote in YAML",
             changes: ["kommuner/testby/kommune.yaml": "navn: \"Testby Kommune\nhjemmeside: https://www.testby.dk/\n"],
             expected: "kommuner/testby/kommune.yaml:1:7: error: et citationstegn er åbnet, men ikke lukket; afslut teksten med samme slags citationstegn"),
        Case(name: "binary garbage",
             changes: ["begreber/tvangsaegteskab.md": "---\ntitel: x\0\u{01}\u{02}\n---\n"],
             expected: "begreber/tvangsaegteskab.md:1:1: error: filen er ikke tekst (den indeholder binære data); gem den som UTF-8-tekst eller fjern den"),
        Case(name: "invalid URL",
             changes: ["kommuner/testby/kommune.yaml": "navn: Testby Kommune\nhjemmeside: www.testby.dk\nakut:\n  kontakt: modtagelsen\n  uden_for_aabningstid: doegnvagt\n"],
             expected: "kommuner/testby/kommune.yaml:2:13: error: `www.testby.dk` er ikke en gyldig webadresse; den skal begynde med `https://` eller `http://`"),
        Case(name: "unknown situation",
             changes: [card: cardText.replacingOccurrences(of: "situationer: [tvangsaegteskab]", with: "situationer: [tvangsagteskab]")],
             expected: "\(card):5:15: error: situationen `tvangsagteskab` findes ikke i situationer.yaml (mente du `tvangsaegteskab`?)"),
        // A page must not hold a NUL (a card's article marks its ids with one); only a YAML escape makes it.
        Case(name: "NUL escaped in a front matter text",
             changes: [card: cardText.replacingOccurrences(of: "titel: Tvangsægteskab – under 18", with: "titel: \"Tvangsægteskab\\0\"")],
             expected: "\(card):2:8: error: teksten indeholder et NUL-tegn (skrevet som `\\0`, `\\x00` eller `\\u0000`), som ikke kan stå på en side; fjern det"),
        Case(name: "unknown card link",
             changes: ["sider/om.md": "---\ntitel: Om\nresume: R\n---\nSe [kortet](kort:testby/tvang-under-81).\n"],
             expected: "sider/om.md:5:4: error: kortet `tvang-under-81` findes ikke i kommuner/testby/kort/ (mente du `tvang-under-18`?)"),
        Case(name: "id with a path in it",
             changes: [card: cardText.replacingOccurrences(of: "situationer: [tvangsaegteskab]", with: "situationer: [../../etc]")],
             expected: "\(card):5:15: error: `../../etc` kan ikke bruges som id; brug kun a-z, 0-9 og bindestreg, fx `etc`"),
        Case(name: "missing plan",
             changes: ["kommuner/testby/plan.md": nil],
             expected: "kommuner/testby:1:1: error: kommunen har ingen beredskabsplan; opret plan.md i mappen"),
        Case(name: "invalid alder",
             changes: [card: cardText.replacingOccurrences(of: "alder: under-18", with: "alder: teenager")],
             expected: "\(card):6:8: error: `alder` skal være `under-18`, `over-18` eller `alle`, ikke `teenager`"),
        Case(name: "invalid ja/nej",
             changes: ["kommuner/testby/kontakter.csv": contactsText.replacingOccurrences(of: ";ja;offentlig;", with: ";måske;offentlig;")],
             expected: "kommuner/testby/kontakter.csv:3:77: error: række 3, kolonne `doegnaaben` (kontakten `doegnvagt`): `doegnaaben` skal være `ja` eller `nej`, ikke `måske`"),
        // The contact table as Excel leaves it: each mistake is exactly one message.
        Case(name: "both kontakter.csv and kontakter.yaml",
             changes: ["kommuner/testby/kontakter.yaml": "- id: x\n  navn: X\n"],
             expected: "kommuner/testby/kontakter.yaml:1:1: error: kommunen har både kontakter.csv og kontakter.yaml; behold kun den ene"),
        Case(name: "missing contact table",
             changes: ["kommuner/testby/kontakter.csv": nil],
             expected: "kommuner/testby:1:1: error: kommunen har ingen kontakttabel; opret kontakter.csv eller kontakter.yaml"),
        Case(name: "invalid synlighed",
             changes: ["kommuner/testby/kontakter.csv": contactsText.replacingOccurrences(of: ";intern;", with: ";hemmelig;")],
             expected: "kommuner/testby/kontakter.csv:4:139: error: række 4, kolonne `synlighed` (kontakten `hemmelig-linje`): `synlighed` skal være `offentlig` eller `intern`, ikke `hemmelig`"),
        Case(name: "semicolon in a text that lost its quotes",
             changes: ["kommuner/testby/kontakter.csv": contactsText.replacingOccurrences(of: "\"Via politiet; \"\"døgnåben\"\"\"", with: "Via politiet; døgnåben")],
             expected: "kommuner/testby/kontakter.csv:3:1: error: række 3 (kontakten `doegnvagt`): rækken har 13 felter, men overskriften har 12 kolonner. Står der et semikolon i en tekst (fx i `note`)? Sæt så hele teksten i anførselstegn, fx `\"Via politiet; døgnåben\"`"),
        Case(name: "empty required cell",
             changes: ["kommuner/testby/kontakter.csv": contactsText.replacingOccurrences(of: ";Testplan, 1. april 2024;\r\ndoegnvagt", with: ";;\r\ndoegnvagt")],
             expected: "kommuner/testby/kontakter.csv:2:135: error: række 2, kolonne `kilde` (kontakten `modtagelsen`): kolonnen `kilde` er tom; skriv fx planens titel og dato"),
        Case(name: "header without a required column",
             changes: ["kommuner/testby/kontakter.csv": contactsText.replacingOccurrences(of: ";rolle;", with: ";rolle_;")],
             expected: "kommuner/testby/kontakter.csv:1:1: error: overskriften mangler kolonnen `rolle`; tilføj den (kolonnerne er id;navn;rolle;enhed;telefon;email;aabningstid;doegnaaben;synlighed;verificeret;kilde;note)"),
        // A display name where the id belongs: the id that exists is suggested, not a made-up one.
        Case(name: "contact named instead of its id",
             changes: [card: cardText.replacingOccurrences(of: "kontakter: [modtagelsen,", with: "kontakter: [Social Døgnvagt,")],
             expected: "\(card):7:13: error: `Social Døgnvagt` er ikke et id; skriv kontaktens id fra kontakttabellen eller organisationer.yaml, ikke dens navn (mente du `doegnvagt`?)"),
        Case(name: "contact named with its unit",
             changes: [card: cardText.replacingOccurrences(of: "kontakter: [modtagelsen,", with: "kontakter: [\"Modtagelsen, Borgerservice\",")],
             expected: "\(card):7:13: error: `Modtagelsen, Borgerservice` er ikke et id; skriv kontaktens id fra kontakttabellen eller organisationer.yaml, ikke dens navn (mente du `modtagelsen`?)"),
        Case(name: "empty card file",
             changes: [card: ""],
             expected: "\(card):1:1: error: filen er tom; øverst i filen skal der stå front matter: nøglerne (fx `titel: …`) mellem to linjer med `---`"),
    ]

    @Test(arguments: cases)
    func reportsExactlyTheDefect(_ c: Case) throws {
        let content = try Fixture.contentWith(c.changes)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        let errors = result.diagnostics.filter { $0.severity == .error }.map {
            $0.description.replacingOccurrences(of: content.path + "/", with: "").replacingOccurrences(of: content.path, with: "CONTENT")
        }
        #expect(errors == [c.expected])
        #expect(!result.succeeded)
        #expect(result.files.isEmpty)
    }

    /// What Excel and LibreOffice write besides `;`-separated UTF-8: each builds as is.
    @Test(arguments: ["comma", "tab", "utf16", "empty rows"])
    func spreadsheetVariantsBuild(variant: String) throws {
        let lines = Self.contactsText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let table: Data
        switch variant {
        case "comma":
            table = Data(lines.map {
                $0.replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: "\"Via politiet, ", with: "\"Via politiet; ")
                    .replacingOccurrences(of: "Testplan, 1. april 2024", with: "\"Testplan, 1. april 2024\"")
            }.joined(separator: "\r\n").utf8)
        case "tab", "utf16":
            let text = lines.map { $0.replacingOccurrences(of: ";", with: "\t").replacingOccurrences(of: "\"Via politiet\t ", with: "\"Via politiet; ") }.joined(separator: "\r\n") + "\r\n"
            table = variant == "tab" ? Data(text.utf8) : Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        default:
            table = Data((Self.contactsText + ";;;;;;;;;;;\r\n;;;;;;;;;;;\r\n").utf8)
        }
        let content = try Fixture.contentWith([:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try table.write(to: content.appendingPathComponent("kommuner/testby/kontakter.csv"))
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let contacts = try #require(result.file("kommuner/testby/kontakter/index.html"))
        #expect(contacts.contains("Via politiet; “døgnåben”") || contacts.contains("Via politiet; &quot;døgnåben&quot;") || contacts.contains("Via politiet; \"døgnåben\""))
    }

    /// Excel rewrote the whole date column: it is read, with one warning for the column.
    @Test func datesExcelRewroteAreReadWithOneWarning() throws {
        let table = Self.contactsText.replacingOccurrences(of: ";2024-04-01;", with: ";01-04-2024;")
        let content = try Fixture.contentWith(["kommuner/testby/kontakter.csv": table])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        let found = result.diagnostics.map { $0.description.replacingOccurrences(of: content.path + "/", with: "") }.filter { $0.contains("kontakter.csv") }
        #expect(found == ["kommuner/testby/kontakter.csv:2:124: warning: kolonnen `verificeret` har datoer skrevet som DD-MM-ÅÅÅÅ i rækkerne 2, 3, 4; Excel laver datoer om, når filen gemmes. De er læst som dag-måned-år. Formatér kolonnen som Tekst i Excel, og skriv datoerne som ÅÅÅÅ-MM-DD, så de bliver stående"])
        #expect(result.succeeded)
    }

    /// An unknown column is one warning at the header, not one per row.
    @Test func unknownColumnIsOneWarning() throws {
        let content = try Fixture.contentWith(["kommuner/testby/kontakter.csv": Self.contactsText.replacingOccurrences(of: ";note\r\n", with: ";noter\r\n")])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let warnings = Build.render(Fixture.options(content: content.path)).diagnostics.map { $0.description.replacingOccurrences(of: content.path + "/", with: "") }
            .filter { $0.contains("kontakter.csv") }
        #expect(warnings == ["kommuner/testby/kontakter.csv:1:86: warning: ukendt kolonne `noter` bliver ikke brugt (mente du `note`?)"])
    }

    @Test func cardWithUpperCaseSuffixIsRead() throws {
        let content = try Fixture.contentWith(["kommuner/testby/kort/hjaelp-til-dig.md": nil,
                                               "kommuner/testby/kort/hjaelp-til-dig.MD": Fixture.read(Fixture.goodContent + "/kommuner/testby/kort/hjaelp-til-dig.md")])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.succeeded)
        #expect(result.file("kommuner/testby/kort/hjaelp-til-dig/index.html") != nil)
    }

    /// A templates folder replaces the built-in templates file by file: what it
    /// lacks comes from the defaults, and what it has is still checked.
    @Test func templatesFolderOverridesFileByFile() throws {
        let templates = Fixture.temporaryFolder().appendingPathComponent("templates")
        defer { try? FileManager.default.removeItem(at: templates.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("{{<base}}{{$main}}<p>Egen kortskabelon: {{card.title}}</p>{{/main}}{{/base}}".utf8)
            .write(to: templates.appendingPathComponent("card.mustache"))
        try Data("body { color: #111; }".utf8).write(to: templates.appendingPathComponent("assets/site.css"))
        var options = Fixture.options()
        options.templates = templates.path
        let result = Build.render(options)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.file("kommuner/testby/kort/tvang-under-18/index.html")?.contains("<p>Egen kortskabelon: Tvangsægteskab – under 18</p>") == true)
        #expect(result.file("assets/site.css") == "body { color: #111; }")
        #expect(result.file("kommuner/testby/index.html")?.contains("Find dit kort") == true, "the other templates are the defaults")

        try Data("{{#card}}\n<p>{{title}</p>\n{{/card}}".utf8).write(to: templates.appendingPathComponent("card.mustache"))
        let broken = Build.render(options)
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.filter { $0.severity == .error }.map(\.location.description) == ["\(templates.path)/card.mustache:2:11"],
                "\(broken.diagnostics)")
    }

    /// Without any templates folder the built-in defaults build the same site.
    @Test func noTemplatesFolderBuildsWithTheDefaults() throws {
        var options = Fixture.options()
        options.templates = Fixture.temporaryFolder().appendingPathComponent("findes-ikke").path
        let defaults = Build.render(options)
        let folder = Build.render(Fixture.options())
        #expect(defaults.succeeded)
        #expect(defaults.files == folder.files, "the embedded templates differ from templates/: run `make embed`")
    }

    @Test func hugeAndDeeplyNestedMarkdownBuilds() throws {
        let big = String(repeating: "Et afsnit med **fed** tekst og [et link](kontakt:modtagelsen).\n\n", count: 160_000)
        let nested = (0..<3000).map { String(repeating: "  ", count: $0) + "- punkt" }.joined(separator: "\n")
        let content = try Fixture.contentWith([
            "sider/stor.md": "---\ntitel: Stor\nresume: R\n---\n" + big,
            "sider/dyb.md": "---\ntitel: Dyb\nresume: R\n---\n" + nested + "\n" + String(repeating: ">", count: 5000) + " citat\n",
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(big.utf8.count > 10_000_000)
        let result = Build.render(Fixture.options(content: content.path))
        // kontakt: in a free page finds only national organisations: one error per link, no crash.
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 160_000)
        let small = try Fixture.contentWith(["sider/dyb.md": "---\ntitel: Dyb\nresume: R\n---\n" + nested + "\n"])
        defer { try? FileManager.default.removeItem(at: small.deletingLastPathComponent()) }
        #expect(Build.render(Fixture.options(content: small.path)).succeeded)
    }

    @Test func fileNamesWithSpacesAndDanishLettersAreErrorsNotCrashes() throws {
        let content = try Fixture.contentWith(["sider/Om os på dansk.md": "---\ntitel: x\nresume: y\n---\n"])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.diagnostics.contains { $0.message.contains("`Om os på dansk` kan ikke bruges som id") && $0.message.contains("`om-os-paa-dansk`") })
    }

    @Test func unknownKeyIsAWarningWithASuggestion() throws {
        let content = try Fixture.contentWith([Self.card: Self.cardText.replacingOccurrences(of: "alder: under-18", with: "alder: under-18\naldre: 12")])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.description).contains(
            "\(content.path)/\(Self.card):7:1: warning: ukendt nøgle `aldre` i kortets front matter (nøglerne øverst i filen) bliver ikke brugt (mente du `alder`?)"))
    }

    /// A number typed into the text is one located warning that names the contact
    /// holding it; linked numbers, amounts and dates are not numbers to dial.
    @Test func phoneNumberInTheTextIsAWarning() throws {
        let text = Self.cardText.replacingOccurrences(of: "1. Underret [Modtagelsen](kontakt:modtagelsen).",
            with: "1. Underret Modtagelsen på 48 10 01 00 eller ring +45 2345 6789.\n   [48 10 01 00](kontakt:modtagelsen) ringer 2.425 gange, 2024-04-01, `48100100`.")
        let content = try Fixture.contentWith([Self.card: text])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.succeeded)
        let found = result.diagnostics.map { $0.description.replacingOccurrences(of: content.path + "/", with: "") }.filter { $0.contains("telefonnummeret") }
        #expect(found == [
            "\(Self.card):21:28: warning: telefonnummeret `48 10 01 00` står direkte i teksten; skriv i stedet et link til kontakten, fx `[48 10 01 00](kontakt:modtagelsen)`, så nummeret kun skal rettes ét sted",
            "\(Self.card):21:51: warning: telefonnummeret `+45 2345 6789` står direkte i teksten; læg nummeret i kontakttabellen, og link til kontakten med `[navn](kontakt:id)`, så nummeret kun skal rettes ét sted",
        ])
    }

    @Test func windows1252ContactTableIsDecoded() throws {
        let content = try Fixture.contentWith([:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let latin1 = Self.contactsText.replacingOccurrences(of: "\u{FEFF}", with: "").unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        try Data(latin1).write(to: content.appendingPathComponent("kommuner/testby/kontakter.csv"))
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.succeeded)
        #expect(result.file("kommuner/testby/kontakter/index.html")?.contains("Social Døgnvagt") == true)
    }

    @Test func symlinkOutOfContentIsRefused() throws {
        let content = try Fixture.contentWith([:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("sider/hemmelig.md").path, withDestinationPath: "/etc/passwd")
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("filen er et link, der peger uden for indholdsmappen") })
    }
}
