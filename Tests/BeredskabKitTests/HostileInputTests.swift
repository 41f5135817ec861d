import Foundation
import Testing
@testable import BeredskabKit

/// Script injected through any field of any kind of file never reaches a page.
@Suite("Hostile input")
struct HostileInputTests {
    static let payload = #"<script>alert(1)</script><img src=x onerror=alert(2)>"><svg onload=alert(3)>'"#

    /// The good fixture with the payload in every free-text field: front matter,
    /// YAML lists, the CSV table, and raw HTML in Markdown.
    static func hostileContent() throws -> URL {
        let p = payload
        let csvPayload = "\"" + p.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let card = Fixture.read(Fixture.goodContent + "/kommuner/testby/kort/tvang-under-18.md")
            .replacingOccurrences(of: "titel: Tvangsægteskab – under 18", with: "titel: '\(p.replacingOccurrences(of: "'", with: "''"))'")
            .replacingOccurrences(of: "## Det må du ikke", with: "<div onclick=\"alert(4)\">\(p)</div>\n\n## Det må du ikke")
        return try Fixture.contentWith([
            "site.yaml": "titel: '\(p.replacingOccurrences(of: "'", with: "''"))'\nbeskrivelse: x\nhurtig_exit: https://www.dr.dk/\ntilgaengelighedserklaering: https://www.was.digst.dk/\n",
            "maalgrupper.yaml": "- id: skole-dagtilbud\n  navn: '\(p.replacingOccurrences(of: "'", with: "''"))'\n  beskrivelse: x\n- id: borgere\n  navn: B\n  beskrivelse: y\n",
            "kommuner/testby/kontakter.csv": "id;navn;rolle;telefon;verificeret;kilde;note;aabningstid\nmodtagelsen;\(csvPayload);\(csvPayload);48 10 01 00;2024-04-01;\(csvPayload);\(csvPayload);\(csvPayload)\ndoegnvagt;D;R;49 27 14 48;2024-04-01;K;;\nhemmelig-linje;\(csvPayload);R;20 58 60 09;2024-04-01;K;;\n",
            "kommuner/testby/kort/tvang-under-18.md": card.replacingOccurrences(of: "kontakter: [modtagelsen, hemmelig-linje, red-raadgivning]", with: "kontakter: [modtagelsen, red-raadgivning]"),
            "sider/om.md": "---\ntitel: Om\nresume: '\(p.replacingOccurrences(of: "'", with: "''"))'\n---\n\(p)\n\n<iframe src=\"https://evil.example\"></iframe>\n",
        ])
    }

    @Test func noInjectedElementOrAttributeSurvives() throws {
        let content = try Self.hostileContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(result.files.count > 20)
        for file in result.files where file.path.hasSuffix(".html") {
            for tag in HTMLTags.scan(file.text) {
                #expect(!["iframe", "object", "embed", "svg", "img"].contains(tag.name) || tag.name == "svg" && tag.attributes["class"] != nil,
                        "\(file.path): <\(tag.name)> came through")
                if tag.name == "script" {
                    let src = tag.attributes["src"] ?? ""
                    // 404.html's own inline script, exactly as the generator writes it (see NotFoundPage).
                    let notFound = "<script>" + NotFoundPage.script(topFolders: Routes.topFolders) + "</script>"
                    if src.isEmpty, file.path == "404.html", file.text.components(separatedBy: "<script>").count == 2, file.text.contains(notFound) { continue }
                    #expect(src.hasSuffix("assets/site.js") || src.hasSuffix("assets/search.js") || src.hasSuffix("assets/danish-stem.js"),
                            "\(file.path): a script that is not the site's own: \(tag.attributes)")
                }
                for (name, value) in tag.attributes {
                    #expect(!name.hasPrefix("on"), "\(file.path): event handler \(name) on <\(tag.name)>")
                    let v = value.trimmingCharacters(in: .whitespaces).lowercased()
                    #expect(!v.hasPrefix("javascript:") && !v.hasPrefix("vbscript:") && !v.hasPrefix("data:"), "\(file.path): \(name)=\(value)")
                }
            }
        }
        // The text is still shown, escaped, where the editor wrote it.
        let page = try #require(result.file("sider/om/index.html"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "JaVaScRiPt:alert(1)"])
    func dangerousURLsAreErrorsInEveryKindOfField(url: String) throws {
        let cases: [(String, String)] = [
            ("site.yaml", "titel: T\nbeskrivelse: x\nhurtig_exit: '\(url)'\ntilgaengelighedserklaering: https://www.was.digst.dk/\n"),
            ("organisationer.yaml", "- id: red-raadgivning\n  navn: R\n  beskrivelse: x\n  hjemmeside: '\(url)'\n  kilde: K\n- id: politi-114\n  navn: P\n  beskrivelse: x\n  kilde: K\n"),
            ("sider/om.md", "---\ntitel: Om\nresume: R\n---\nKlik [her](\(url)).\n"),
        ]
        for (file, text) in cases {
            let content = try Fixture.contentWith([file: text])
            defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
            let result = Build.render(Fixture.options(content: content.path))
            #expect(!result.succeeded, "\(url) in \(file) was accepted")
            #expect(result.diagnostics.contains { $0.severity == .error && $0.location.path.hasSuffix(file) }, "\(file): \(result.diagnostics)")
        }
    }

    @Test func imagesAreRefused() throws {
        let content = try Fixture.contentWith(["sider/om.md": "---\ntitel: Om\nresume: R\n---\nSe ![pixel](https://tracker.example/p.png)\n"])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Build.render(Fixture.options(content: content.path))
        #expect(result.diagnostics.filter { $0.severity == .error }.map { $0.location.description.replacingOccurrences(of: content.path + "/", with: "") } == ["sider/om.md:5:4"])
    }
}

/// Start tags of rendered HTML with their attributes, read as a browser's tokenizer
/// would for the markup this generator writes (quoted or bare attribute values).
enum HTMLTags {
    struct Tag { let name: String; let attributes: [String: String] }

    static func scan(_ html: String) -> [Tag] {
        var tags: [Tag] = []
        let chars = Array(html.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, chars[i + 1].properties.isAlphabetic else { i += 1; continue }
            i += 1
            var name = ""
            while i < chars.count, !" \t\n/>".unicodeScalars.contains(chars[i]) { name.unicodeScalars.append(chars[i]); i += 1 }
            var attributes: [String: String] = [:]
            while i < chars.count, chars[i] != ">" {
                while i < chars.count, " \t\n/".unicodeScalars.contains(chars[i]) { i += 1 }
                var key = ""
                while i < chars.count, !" \t\n=/>".unicodeScalars.contains(chars[i]) { key.unicodeScalars.append(chars[i]); i += 1 }
                var value = ""
                if i < chars.count, chars[i] == "=" {
                    i += 1
                    if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                        let quote = chars[i]; i += 1
                        while i < chars.count, chars[i] != quote { value.unicodeScalars.append(chars[i]); i += 1 }
                        i += 1
                    } else {
                        while i < chars.count, !" \t\n>".unicodeScalars.contains(chars[i]) { value.unicodeScalars.append(chars[i]); i += 1 }
                    }
                }
                if !key.isEmpty { attributes[key.lowercased()] = value }
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes))
            // The content of <style> and <script> is not markup.
            if name.lowercased() == "style" || name.lowercased() == "script" {
                let close = "</\(name.lowercased())"
                while i < chars.count, !String(String.UnicodeScalarView(chars[i..<min(i + close.count, chars.count)])).lowercased().hasPrefix(close) { i += 1 }
            }
        }
        return tags
    }
}

@Suite("HTML tag scanner")
struct HTMLTagsTests {
    @Test func findsHandlersAndScripts() {
        let tags = HTMLTags.scan(#"<p>x</p><img src=x onerror=alert(2)><a href='javascript:x'>y</a><script>if (a<b) {}</script><b>"#)
        #expect(tags.map(\.name) == ["p", "img", "a", "script", "b"])
        #expect(tags[1].attributes["onerror"] == "alert(2)")
        #expect(tags[2].attributes["href"] == "javascript:x")
    }
}
