import Testing
@testable import BeredskabKit

@Suite("Markdown")
struct MarkdownTests {
    @Test func headingAnchorsSpellOutDanishLetters() {
        #expect(HeadingAnchor.slug("Når barnet er i akut fare!") == "naar-barnet-er-i-akut-fare")
        #expect(HeadingAnchor.slug("Æresrelaterede konflikter – over 18 år") == "aeresrelaterede-konflikter-over-18-aar")
        #expect(HeadingAnchor.slug("Café & Øst") == "cafe-oest")
        #expect(HeadingAnchor.unique(["Formål", "Formål", "Mål"]) == ["formaal", "formaal-2", "maal"])
        // The quick way for ASCII, æ, ø and å gives what the way for any text gives.
        var random = SeededRandom(seed: 1864)
        let alphabet = Array("aZz09 -–!?.,:;()\"'/&_\t\r\nÆØÅæøåMé\u{301}")
        for _ in 0..<2000 {
            let text = String((0..<Int(random.next() % 24)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            if let quick = HeadingAnchor.asciiOfPlainText(text) {
                #expect(quick == HeadingAnchor.asciiOfAnyText(text), "\(text.debugDescription)")
            } else {
                #expect(text.unicodeScalars.contains { $0.value > 0x7F && !"æøåÆØÅ".unicodeScalars.contains($0) })
            }
        }
    }

    @Test func linkSchemesAreRead() {
        #expect(LinkTarget("kontakt:red-raadgivning") == .contact("red-raadgivning"))
        #expect(LinkTarget("kort:alleroed/x-1") == .card(municipality: "alleroed", id: "x-1"))
        #expect(LinkTarget("plan:#underretning") == .plan(municipality: nil, anchor: "underretning"))
        #expect(LinkTarget("plan:alleroed") == .plan(municipality: "alleroed", anchor: nil))
        #expect(LinkTarget("https://x.dk") == .external("https://x.dk"))
        for bad in ["javascript:alert(1)", "kort:../x", "kontakt:A B", "relativ/sti.html", "data:text/html,x"] {
            if case .invalid = LinkTarget(bad) {} else { Issue.record("\(bad) was accepted") }
        }
    }

    @Test func linksAreFoundWithFileLocations() {
        let text = "Første linje.\n\nRing til [Modtagelsen](kontakt:modtagelsen) i dag, æøå [x](begreb:y).\n"
        let parsed = ParsedMarkdown(MarkdownText(text: text, path: "kort/a.md", firstLine: 9))
        #expect(parsed.links.map(\.location.description) == ["kort/a.md:11:10", "kort/a.md:11:56"])
        #expect(parsed.links.map(\.text) == ["Modtagelsen", "x"])
    }

    @Test func renderingIsSafeAndGivesHeadingsIDs() {
        let text = "## Formål\n\n<script>alert(1)</script>\n\n[a](kontakt:x) <img src=x onerror=alert(1)> [b](https://x.dk)\n"
        let parsed = ParsedMarkdown(MarkdownText(text: text, path: "a.md", firstLine: 1))
        let html = parsed.html(rewriting: [.href("../kontakter/index.html#kontakt-x"), .href("https://x.dk")])
        #expect(html.contains("<h2 id=\"formaal\">Formål</h2>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(html.contains("<a href=\"../kontakter/index.html#kontakt-x\">a</a>"))
    }

    @Test func intranetLinksBecomePlainText() {
        let parsed = ParsedMarkdown(MarkdownText(text: "Ring til [Lone](kontakt:lone).", path: "a.md", firstLine: 1))
        #expect(parsed.html(rewriting: [.plainText]) == "<p>Ring til Lone.</p>\n")
    }
}
