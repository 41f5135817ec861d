import Foundation
import Mustache

/// The Mustache templates of `templates/`, parsed once per build, and the
/// static assets (`templates/assets/`) copied into `site/assets/`.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    let assets: [OutputFile]

    /// The templates every build needs; a missing one is an error before anything renders.
    static let required = ["base", "akut", "contact-line", "contact-card", "card-list", "home", "municipality", "card",
                           "plan", "contacts", "organisation", "organisations", "term", "glossary", "page", "notfound",
                           "finder-audience", "finder-age", "topics", "topic", "comparison", "coverage-table", "action-plan", "search", "card-article", "print-bundle"]

    public static func load(folder: String) -> Staged<TemplateSet?> {
        var d = Diagnostics()
        let fm = FileManager.default
        var library = MustacheLibrary()
        let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in names {
            let path = folder + "/" + file
            guard let data = fm.contents(atPath: path) else { continue }
            do {
                // The pragma goes on the first line, so line numbers in errors stay right.
                let text = FastHTMLEscaping.pragma + String(decoding: data, as: UTF8.self)
                library.register(try MustacheTemplate(string: text), named: String(file.dropLast(9)))
            } catch let error as MustacheTemplate.ParserError {
                d.error("skabelonen kunne ikke læses: \(error.error)",
                        at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                d.error("skabelonen kunne ikke læses: \(error)", at: SourceLocation(path: path))
            }
        }
        for name in required where library.getTemplate(named: name) == nil && !names.contains(name + ".mustache") {
            d.error("skabelonen `\(name).mustache` mangler", at: SourceLocation(path: folder))
        }
        let assets = readAssets(folder + "/assets", diagnostics: &d)
        return Staged(d.hasErrors ? nil : TemplateSet(library: library, assets: assets), d.all)
    }

    private static func readAssets(_ folder: String, diagnostics d: inout Diagnostics) -> [OutputFile] {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: folder) else { return [] }
        var files: [OutputFile] = []
        while let relative = enumerator.nextObject() as? String {
            let path = folder + "/" + relative
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            guard let data = fm.contents(atPath: path) else {
                d.error("filen kunne ikke læses", at: SourceLocation(path: path))
                continue
            }
            files.append(OutputFile(path: "assets/" + relative, contents: data))
        }
        return files.sorted { $0.path < $1.path }
    }

    func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
