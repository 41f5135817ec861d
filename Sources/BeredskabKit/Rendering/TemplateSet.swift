import Foundation
import Mustache

/// The Mustache templates, parsed once per build, and the static assets copied
/// into `site/assets/`: the defaults built into the binary, replaced file by file
/// by a `templates/` folder (see `TemplateFile`).
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    let assets: [OutputFile]

    /// The templates every build needs; a missing one is an error before anything renders.
    static let required = ["base", "akut", "contact-line", "contact-card", "card-list", "home", "municipality", "card",
                           "plan", "contacts", "organisation", "organisations", "term", "glossary", "page", "notfound",
                           "finder-audience", "finder-age", "topics", "topic", "comparison", "coverage-table", "action-plan", "search", "card-article", "print-bundle"]

    /// The default templates and assets, each replaced by the file of the same path
    /// in `folder` when there is one (the folder may be missing: then all are defaults).
    public static func load(folder: String) -> Staged<TemplateSet?> {
        var d = Diagnostics()
        var library = MustacheLibrary()
        let files = TemplateFile.merged(overriddenBy: folder)
        for file in files where !file.path.contains("/") && file.path.hasSuffix(".mustache") {
            do {
                // The pragma goes on the first line, so line numbers in errors stay right.
                let text = FastHTMLEscaping.pragma + String(decoding: file.contents, as: UTF8.self)
                library.register(try MustacheTemplate(string: text), named: String(file.path.dropLast(9)))
            } catch let error as MustacheTemplate.ParserError {
                d.error("skabelonen kunne ikke læses: \(error.error)",
                        at: SourceLocation(path: file.origin, line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                d.error("skabelonen kunne ikke læses: \(error)", at: SourceLocation(path: file.origin))
            }
        }
        let names = Set(files.map(\.path))
        for name in required where library.getTemplate(named: name) == nil && !names.contains(name + ".mustache") {
            d.error("skabelonen `\(name).mustache` mangler", at: SourceLocation(path: folder))
        }
        let assets = files.filter { $0.path.hasPrefix("assets/") }.map { OutputFile(path: $0.path, contents: $0.contents) }
        return Staged(d.hasErrors ? nil : TemplateSet(library: library, assets: assets), d.all)
    }

    func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
