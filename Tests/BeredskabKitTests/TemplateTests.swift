import Foundation
import Testing
@testable import BeredskabKit

/// The template engine on its own: what a kommune's edited template renders, and
/// what it is told when a template is wrong.
@Suite struct TemplateTests {
    func render(_ templates: [String: String], _ name: String = "page", view: View) throws -> String {
        var parsed: [String: Template] = [:]
        for (key, text) in templates { parsed[key] = try TemplateParser.parse(text) }
        return TemplateRenderer(templates: parsed).render(name, view)
    }

    func error(_ text: String) -> TemplateSyntaxError? {
        do { _ = try TemplateParser.parse(text); return nil } catch { return error }
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        let view: View = ["title": "Børn & <unge>", "site": ["name": "Beredskab \"A\" 'B'"] as View]
        #expect(try render(["page": "{{title}}|{{{title}}}|{{& title }}|{{site.name}}|{{missing}}"], view: view)
            == "Børn &amp; &lt;unge&gt;|Børn & <unge>|Børn & <unge>|Beredskab &quot;A&quot; &#39;B&#39;|")
    }

    @Test func sectionsShowListsFlagsTextAndViews() throws {
        let view: View = [
            "cards": [["title": "A"] as View, ["title": "B"] as View],
            "none": [View](), "yes": true, "no": false, "text": "", "contact": ["name": "VISO"] as View,
        ]
        let text = "{{#cards}}[{{title}}]{{/cards}}{{#none}}x{{/none}}{{^none}}ingen{{/none}}"
            + "{{#yes}}J{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{#text}}t{{/text}}{{^absent}}a{{/absent}}{{#contact}}{{name}}{{/contact}}"
        #expect(try render(["page": text], view: view) == "[A][B]ingenJntaVISO")
    }

    @Test func namesAreLookedUpOutwards() throws {
        let view: View = ["name": "Nyby", "cards": [["title": "A"] as View]]
        #expect(try render(["page": "{{#cards}}{{title}} i {{name}}{{/cards}}"], view: view) == "A i Nyby")
    }

    @Test func functionsAndPositions() throws {
        let view: View = ["phones": ["1", "2", "3"], "empty": [String]()]
        let text = "{{#phones}}{{^first()}}, {{/first()}}{{.}}{{#last()}}.{{/last()}}{{/phones}} {{count(phones)}} {{first(phones)}}"
            + "{{#empty(empty)}} tom{{/empty(empty)}}{{^empty(phones)}} fuld{{/empty(phones)}}"
        #expect(try render(["page": text], view: view) == "1, 2, 3. 3 1 tom fuld")
    }

    /// A line holding only a section, partial or comment tag leaves no blank line.
    @Test func standaloneLinesVanish() throws {
        let text = "<ul>\n{{#items}}\n  <li>{{.}}</li>\n{{/items}}\n{{! note }}\n</ul>\n  {{>part}}\n"
        #expect(try render(["page": text, "part": "a\n\nb\n"], view: ["items": ["x", "y"]])
            == "<ul>\n  <li>x</li>\n  <li>y</li>\n</ul>\n  a\n\n  b\n")
    }

    /// A section over a shared view is rendered once and copied onto later pages,
    /// but only where the names it reads outside the view find the same there.
    @Test func sharedSectionsAreCopiedOnlyWhereTheyReadTheSame() throws {
        var parsed: [String: Template] = [:]
        let templates = [
            "page": "{{#akut}}{{t.call}} {{name}}{{#place}} ({{place}}){{/place}}{{/akut}}"
                + " {{#contacts}}{{^first()}}, {{/first()}}{{name}}{{#last()}}.{{/last()}}{{/contacts}}",
            "block": "{{#akut}}{{$note}}standard{{/note}}{{/akut}}",
            "child": "{{<block}}{{$note}}{{name}} ring{{/note}}{{/block}}",
            "other": "{{<block}}{{$note}}{{name}} skriv{{/note}}{{/block}}",
        ]
        for (key, text) in templates { parsed[key] = try TemplateParser.parse(text) }
        let renderer = TemplateRenderer(templates: parsed)
        var akut: View = ["name": "Nyby"]
        akut.markShared()
        var contact: View = ["name": "VISO"]
        contact.markShared()
        let danish: View = ["call": "Ring til"], english: View = ["call": "Call"]
        let parts = RenderedParts()
        func page(_ t: View, place: String? = nil, contacts: [View]) -> String {
            var view: View = ["t": t, "akut": akut, "contacts": contacts]
            view["place"] = place
            return renderer.render("page", view, parts: parts)
        }
        #expect(page(danish, contacts: [contact, contact]) == "Ring til Nyby VISO, VISO.")
        // Another language's texts, and a field the shared view lacks, found on the page.
        #expect(page(english, contacts: [contact]) == "Call Nyby VISO.")
        #expect(page(danish, place: "rådhuset", contacts: [contact]) == "Ring til Nyby (rådhuset) VISO.")
        #expect(page(danish, contacts: [contact, contact, contact]) == "Ring til Nyby VISO, VISO, VISO.")
        #expect(page(english, contacts: []) == "Call Nyby ")
        // A block of the child template in scope is not kept under the shared view.
        #expect(renderer.render("child", ["akut": akut], parts: parts) == "Nyby ring")
        #expect(renderer.render("other", ["akut": akut], parts: parts) == "Nyby skriv")
    }

    @Test func inheritanceReplacesBlocks() throws {
        let templates = [
            "base": "<title>{{$title}}Standard{{/title}}</title>\n<main>{{$main}}{{/main}}</main>\n",
            "page": "{{<base}}\n{{$main}}\n<p>{{text}}</p>\n{{/main}}\n{{/base}}\n",
        ]
        #expect(try render(templates, view: ["text": "Hej"]) == "<title>Standard</title>\n<main><p>Hej</p>\n</main>\n")
    }

    @Test func mistakesAreLocated() {
        let unclosed = error("{{#card}}\n<p>{{title}</p>\n{{/card}}")
        #expect(unclosed?.line == 2 && unclosed?.column == 11)
        #expect(unclosed?.message.contains("`}}`") == true)
        let mismatch = error("{{#a}}\n{{/b}}")
        #expect(mismatch?.line == 2 && mismatch?.message.contains("skriv `{{/a}}`") == true)
        #expect(error("x\n  {{^a}}")?.message.contains("lukkes aldrig") == true)
        #expect(error("{{/a}}")?.message.contains("ikke er åbnet") == true)
        #expect(error("{{#sorted(a)}}{{/sorted(a)}}")?.message.contains("ukendt funktion `sorted(…)`") == true)
        #expect(error("{{<base}}tekst{{/base}}")?.message.contains("vises aldrig") == true)
        #expect(error("{{=<% %>=}}")?.message.contains("understøttes ikke") == true)
        #expect(error("{{! aldrig lukket")?.line == 1)
    }

    /// A template that includes itself would never finish: the build says so instead of hanging.
    @Test func partialCyclesAreErrors() throws {
        let folder = Fixture.temporaryFolder().appendingPathComponent("templates")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{{>contact-line}}".utf8).write(to: folder.appendingPathComponent("akut.mustache"))
        try Data("{{#urgent}}{{>akut}}{{/urgent}}".utf8).write(to: folder.appendingPathComponent("contact-line.mustache"))
        let loaded = TemplateSet.load(folder: folder.path)
        #expect(loaded.value == nil)
        #expect(loaded.diagnostics.contains { $0.message.contains("akut → contact-line → akut") })
    }

    /// A card's article marks its ids with a NUL byte, so no template may hold one.
    @Test func aTemplateWithANULIsAnError() throws {
        let folder = Fixture.temporaryFolder().appendingPathComponent("templates")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<p>{{title}}\u{0}</p>".utf8).write(to: folder.appendingPathComponent("page.mustache"))
        let loaded = TemplateSet.load(folder: folder.path)
        #expect(loaded.value == nil)
        #expect(loaded.diagnostics.map(\.description).contains { $0.hasSuffix("page.mustache:1:1: error: skabelonen indeholder et NUL-tegn, som ikke kan stå på en side; gem den som almindelig tekst (UTF-8)") })
    }
}
