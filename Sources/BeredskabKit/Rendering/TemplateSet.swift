import Foundation

/// The Mustache templates, parsed once per build, and the static assets copied
/// into `site/assets/`: the defaults built into the binary, replaced file by file
/// by a `templates/` folder (see `TemplateFile`).
public struct TemplateSet: Sendable {
    let renderer: TemplateRenderer
    let assets: [OutputFile]
    /// `strings/<sprog>.yaml`: the words around the content, per language.
    let texts: InterfaceTexts

    /// The templates every build needs; a missing one is an error before anything renders.
    static let required = ["base", "akut", "contact-line", "contact-card", "card-list", "home", "municipality", "card",
                           "plan", "contacts", "organisation", "organisations", "term", "glossary", "page", "notfound",
                           "finder-audience", "finder-age", "topics", "topic", "comparison", "coverage-table", "action-plan", "search", "search-all", "card-article", "print-bundle"]

    /// The default templates and assets, each replaced by the file of the same path
    /// in `folder` when there is one (the folder may be missing: then all are defaults).
    public static func load(folder: String) -> Staged<TemplateSet?> {
        var d = Diagnostics()
        var templates: [String: Template] = [:]
        var origins: [String: String] = [:]
        let files = TemplateFile.merged(overriddenBy: folder)
        for file in files where !file.path.contains("/") && file.path.hasSuffix(".mustache") {
            let name = String(file.path.dropLast(".mustache".count))
            origins[name] = file.origin
            // A card's article marks its ids with NUL (`CardArticles.idPlaceholder`).
            guard !file.contents.contains(0) else {
                d.error("skabelonen indeholder et NUL-tegn, som ikke kan stå på en side; gem den som almindelig tekst (UTF-8)",
                        at: SourceLocation(path: file.origin))
                continue
            }
            do {
                templates[name] = try TemplateParser.parse(String(decoding: file.contents, as: UTF8.self))
            } catch {
                d.error("skabelonen kunne ikke læses: \(error.message)",
                        at: SourceLocation(path: file.origin, line: error.line, column: error.column))
            }
        }
        let names = Set(files.map(\.path))
        for name in required where templates[name] == nil && !names.contains(name + ".mustache") {
            d.error("skabelonen `\(name).mustache` mangler", at: SourceLocation(path: folder))
        }
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for missing in template.includes.subtracting(templates.keys).sorted() where !names.contains(missing + ".mustache") {
                d.error("skabelonen `\(missing).mustache`, som `{{>\(missing)}}` eller `{{<\(missing)}}` henviser til, findes ikke",
                        at: SourceLocation(path: origins[name] ?? folder))
            }
            if let cycle = cycle(from: name, templates) {
                d.error("skabelonerne indsætter hinanden i ring (\(cycle.joined(separator: " → "))), så siden aldrig bliver færdig",
                        at: SourceLocation(path: origins[name] ?? folder))
            }
        }
        let assets = files.filter { $0.path.hasPrefix("assets/") }.map { OutputFile(path: $0.path, contents: $0.contents) }
        let texts = InterfaceTexts.load(files, diagnostics: &d)
        return Staged(d.hasErrors ? nil : TemplateSet(renderer: TemplateRenderer(templates: templates), assets: assets, texts: texts), d.all)
    }

    /// The site's stylesheet, for the one page that cannot link to it (404.html).
    var stylesheet: String { assets.first { $0.path == "assets/site.css" }.map(\.text) ?? "" }

    /// - Parameter parts: sections over shared views kept for later pages (nil: none).
    func render(_ view: View, template: String, parts: RenderedParts? = nil) -> String {
        renderer.render(template, view, parts: parts)
    }

    /// The page as UTF-8, as it is written to disk.
    func renderBytes(_ view: View, template: String, parts: RenderedParts? = nil) -> [UInt8] {
        renderer.renderBytes(template, view, parts: parts)
    }

    /// A path of partials leading from `start` back to itself, if there is one.
    private static func cycle(from start: String, _ templates: [String: Template]) -> [String]? {
        var seen: Set<String> = []
        func walk(_ name: String, _ path: [String]) -> [String]? {
            for next in templates[name]?.includes.sorted() ?? [] {
                if next == start { return path + [next] }
                if seen.insert(next).inserted, let found = walk(next, path + [next]) { return found }
            }
            return nil
        }
        return walk(start, [start])
    }
}
