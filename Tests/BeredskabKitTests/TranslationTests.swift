import Foundation
import Testing
@testable import BeredskabKit

/// The site in more than one language (`sprog:`): translations beside the Danish
/// files, their pages under `en/`, the links between the versions, and what the
/// build says when a translation does not fit its original.
@Suite("Translations")
struct TranslationTests {
    static let site = """
    titel: Testberedskab
    beskrivelse: Et lille testsite med én kommune.
    hurtig_exit: https://www.dr.dk/
    tilgaengelighedserklaering: https://www.was.digst.dk/test
    base_url: https://beredskab.example.dk/
    sprog: [da, en]
    en:
      titel: Test emergency plans
      beskrivelse: A small test site with one municipality.
    """

    static let card = """
    ---
    titel: Help for you
    resume: For you, if you are under pressure yourself.
    ---
    ## When to use this card

    When you are under pressure yourself.

    ## Signs to look out for

    - You are not allowed to see friends.

    ## What to do now

    1. Call [RED](kontakt:red-raadgivning).

    ## What not to do

    - Do not wait.

    ## General advice

    - Delete the history if others can see your phone.
    """

    func build(_ changes: [String: String?]) throws -> BuildResult {
        let content = try Fixture.contentWith(["site.yaml": Self.site].merging(changes) { $1 })
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        return Build.render(Fixture.options(content: content.path))
    }

    @Test func translatedPagesSitUnderTheLanguageAndLinkBothWays() throws {
        let result = try build(["kommuner/testby/kort/hjaelp-til-dig.en.md": Self.card])
        #expect(result.succeeded, "\(result.diagnostics)")
        let english = try #require(result.file("en/kommuner/testby/kort/hjaelp-til-dig/index.html"))
        let danish = try #require(result.file("kommuner/testby/kort/hjaelp-til-dig/index.html"))
        #expect(english.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(english.contains("<h1 id=\"kort-titel\">Help for you</h1>"))
        #expect(english.contains(">Exit this page</a>"), "the interface is in English")
        #expect(english.contains("This advice is general good practice."), "general advice is marked in English")
        // The same numbers as the Danish card: they are never translated.
        #expect(english.contains("href=\"tel:+4570277666\""))
        for page in [english, danish] {
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"da\" href=\"https://beredskab.example.dk/kommuner/testby/kort/hjaelp-til-dig/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://beredskab.example.dk/en/kommuner/testby/kort/hjaelp-til-dig/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://beredskab.example.dk/kommuner/testby/kort/hjaelp-til-dig/\">"))
            #expect(page.contains("class=\"language-menu\""))
        }
        #expect(danish.contains("<a href=\"../../../../en/kommuner/testby/kort/hjaelp-til-dig/index.html\" hreflang=\"en\" lang=\"en\">English</a>"))
        // A page with no translation has no alternates; its language menu says so, in
        // English, and leads to the English front page.
        let plan = try #require(result.file("kommuner/testby/plan/index.html"))
        #expect(!plan.contains("<link rel=\"alternate\" hreflang"))
        #expect(plan.contains("<a href=\"../../../en/index.html\" hreflang=\"en\" lang=\"en\">English</a> <span class=\"language-note\" lang=\"en\">This page is only in Danish.</span>"))
        #expect(result.file("en/kommuner/testby/plan/index.html") == nil, "no Danish text under an English address")
        // The English front page lists the translated card.
        let home = try #require(result.file("en/index.html"))
        #expect(home.contains("<h1>Test emergency plans</h1>"))
        #expect(home.contains("href=\"kommuner/testby/kort/hjaelp-til-dig/index.html\">Help for you</a>"))
        let sitemap = try #require(result.file("sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://beredskab.example.dk/en/kommuner/testby/kort/hjaelp-til-dig/</loc><xhtml:link rel=\"alternate\" hreflang=\"da\""))
    }

    /// A kommune's contact table may carry texts per language in `<kolonne>_<sprog>`
    /// columns; numbers stay as they are, and a language the site lacks is one warning.
    @Test func contactTablesCarryTextsPerLanguage() throws {
        let table = """
        id;navn;rolle;enhed;telefon;email;aabningstid;doegnaaben;synlighed;verificeret;kilde;note;navn_en;aabningstid_en;rolle_de
        modtagelsen;Modtagelsen;Tager imod underretninger;Borgerservice;48 10 01 00;familier@testby.dk;Hverdage 9-15;nej;offentlig;2024-04-01;Testplan, 1. april 2024;;Reception for reports;Weekdays 9–15;Nimmt Meldungen an
        doegnvagt;Social Døgnvagt;Akutte sager uden for åbningstid;;49 27 14 48;;;ja;offentlig;2024-04-01;Testplan, 1. april 2024;;;;Notfälle
        hemmelig-linje;Lone Hemmelig;Direkte linje til teamleder Lone;Hemmeligholdt team;20 58 60 09;lone.hemmelig@testby.dk;Kun tirsdage 7-8;nej;intern;2024-04-01;Intern telefonliste;Ring kun efter aftale;;;
        """
        let result = try build(["kommuner/testby/kort/hjaelp-til-dig.en.md": Self.card, "kommuner/testby/kontakter.csv": table])
        #expect(result.succeeded, "\(result.diagnostics)")
        let english = try #require(result.file("en/kommuner/testby/kort/hjaelp-til-dig/index.html"))
        let danish = try #require(result.file("kommuner/testby/kort/hjaelp-til-dig/index.html"))
        #expect(english.contains(">Reception for reports</a> <a class=\"tel\" href=\"tel:+4548100100\">48 10 01 00</a>"), "\(english)")
        #expect(english.contains("(Weekdays 9–15)"))
        #expect(english.contains(">Social Døgnvagt</a>"), "an untranslated name stays as the kommune wrote it")
        #expect(danish.contains(">Modtagelsen</a>") && danish.contains("(Hverdage 9-15)") && !danish.contains("Reception"))
        let unused = result.diagnostics.filter { $0.message.contains("`…_de`") }
        #expect(unused.count == 1 && unused.first?.severity == .warning, "\(result.diagnostics)")
        #expect(unused.first?.location.path.hasSuffix("kontakter.csv") == true)
        #expect(!result.diagnostics.contains { $0.message.contains("ukendt kolonne") })
    }

    @Test func aTranslationMaySetOnlyItsTexts() throws {
        let card = Self.card.replacingOccurrences(of: "resume:", with: "maalgrupper: [borgere]\nresume:")
        let result = try build(["kommuner/testby/kort/hjaelp-til-dig.en.md": card])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(result.diagnostics)")
        #expect(errors.first?.message.contains("`maalgrupper` arver den fra den danske fil") == true)
        #expect(errors.first?.location.line == 3)
    }

    @Test func aTranslationNeedsItsOriginal() throws {
        let result = try build(["kommuner/testby/kort/findes-ikke.en.md": Self.card])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(result.diagnostics)")
        #expect(errors.first?.location.path.hasSuffix("kort/findes-ikke.en.md") == true)
        #expect(errors.first?.message.contains("ingen fil `findes-ikke.md` på dansk") == true)
    }

    @Test func aTranslationNamesTheOriginalsContacts() throws {
        let card = Self.card.replacingOccurrences(of: "- Do not wait.", with: "- Do not wait. Call [the police](kontakt:politi-114).")
            .replacingOccurrences(of: "1. Call [RED](kontakt:red-raadgivning).", with: "1. Call someone.")
        let result = try build(["kommuner/testby/kort/hjaelp-til-dig.en.md": card])
        let messages = result.diagnostics.filter { $0.location.path.hasSuffix("hjaelp-til-dig.en.md") }
        #expect(messages.contains { $0.severity == .error && $0.message.contains("`kontakt:politi-114`, som originalen ikke linker til") }, "\(messages)")
        #expect(messages.contains { $0.severity == .warning && $0.message.contains("`kontakt:red-raadgivning`, som originalen linker til") }, "\(messages)")
    }

    @Test func aLanguageTheSiteDoesNotDeclareIsLeftOut() throws {
        let result = try build(["kommuner/testby/kort/hjaelp-til-dig.de.md": Self.card])
        #expect(result.succeeded)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("sproget `de` står ikke i `sprog:`") })
        #expect(!result.files.contains { $0.path.hasPrefix("de/") })
    }

    @Test func anUnknownLanguageCodeIsAnError() throws {
        let result = try build(["site.yaml": Self.site.replacingOccurrences(of: "sprog: [da, en]", with: "sprog: [da, engelsk]")])
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("sproget `engelsk` kendes ikke") && $0.location.path.hasSuffix("site.yaml") })
    }

    /// A language with no built-in texts: the site's own strings file gives some,
    /// the rest are shown in Danish, and the build says which.
    @Test func aMissingInterfaceTextFallsBackToDanishWithAWarning() throws {
        let german = """
        ---
        titel: Hilfe für dich
        resume: Für dich, wenn du selbst unter Druck stehst.
        ---
        1. Ruf [RED](kontakt:red-raadgivning) an.
        """
        let content = try Fixture.contentWith(["site.yaml": Self.site.replacingOccurrences(of: "sprog: [da, en]", with: "sprog: [da, de]"),
                                               "kommuner/testby/kort/hjaelp-til-dig.de.md": german])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let templates = content.deletingLastPathComponent().appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("strings"), withIntermediateDirectories: true)
        try "quickExit: Seite schnell verlassen\n".write(to: templates.appendingPathComponent("strings/de.yaml"), atomically: true, encoding: .utf8)
        var options = Fixture.options(content: content.path)
        options.templates = templates.path
        let result = Build.render(options)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("mangler `aboutSite`") && $0.location.path.hasSuffix("strings/de.yaml") })
        let page = try #require(result.file("de/kommuner/testby/kort/hjaelp-til-dig/index.html"))
        #expect(page.contains("<html lang=\"de\" dir=\"ltr\">"))
        #expect(page.contains(">Seite schnell verlassen</a>"))
        #expect(page.contains(">Gå direkte til indholdet</a>"), "a text the language lacks is shown in Danish")
    }
}
