/// The load stage: reads the content tree of the README into parsed sources.
/// It checks the shape of the tree (which files exist, what they are named);
/// what the files say is checked by the model stage.
public enum Loader {
    public static func load(contentFolder path: String, cache: SourceCache? = nil) -> Staged<LoadedContent> {
        var diagnostics = Diagnostics()
        let folder = ContentFolder(path: path)
        guard folder.exists("") else {
            diagnostics.error("indholdsmappen findes ikke; angiv den med --content", at: SourceLocation(path: folder.displayRoot))
            return Staged(LoadedContent(folder: path, site: nil, organisations: nil, situations: nil, audiences: nil,
                                        terms: [], pages: [], municipalities: []), diagnostics.all)
        }
        var reader = SourceReader(folder: folder, cache: cache)
        var content = reader.readSiteFiles()
        content.unreadable = reader.unreadable
        diagnostics.append(contentsOf: reader.diagnostics.all)
        return Staged(content, diagnostics.all)
    }
}

/// Reads one content folder; keeps its diagnostics as it goes.
struct SourceReader {
    let folder: ContentFolder
    var cache: SourceCache? = nil
    var diagnostics = Diagnostics()
    /// Files that exist but could not be read, as `Site.unreadable` keys.
    var unreadable = Set<String>()

    static let siteFiles: Set = ["site.yaml", "organisationer.yaml", "situationer.yaml", "maalgrupper.yaml"]
    static let siteFolders: Set = ["begreber", "sider", "kommuner"]

    mutating func readSiteFiles() -> LoadedContent {
        for entry in list("") {
            switch entry {
            case .file(let name) where !Self.siteFiles.contains(name):
                unused(name, expected: Self.siteFiles.union(Self.siteFolders))
            case .folder(let name) where !Self.siteFolders.contains(name):
                unused(name, expected: Self.siteFolders)
            default: break
            }
        }
        return LoadedContent(
            folder: folder.displayRoot,
            site: yaml("site.yaml", required: true),
            organisations: yaml("organisationer.yaml", required: true),
            situations: yaml("situationer.yaml", required: true),
            audiences: yaml("maalgrupper.yaml", required: true),
            terms: markdownFolder("begreber", key: "begreb:"),
            pages: markdownFolder("sider", key: "side:"),
            municipalities: municipalities())
    }

    /// A folder's entries; the preview server keeps them until a file in it changes.
    mutating func list(_ relative: String) -> [ContentFolder.Entry] {
        cached(\.listings, folder.display(relative)) { reader in reader.folder.list(relative, diagnostics: &reader.diagnostics) }
    }

    mutating func yaml(_ relative: String, required: Bool) -> YAMLSource? {
        guard folder.exists(relative) else {
            cache?.invalidate([folder.display(relative)])
            if required {
                diagnostics.error("filen mangler; opret den (se README, afsnittet om indholdets format)", at: SourceLocation(path: folder.display(relative)))
            }
            return nil
        }
        let path = folder.display(relative)
        return cached(\.yaml, path) { reader -> YAMLSource? in
            guard let text = reader.folder.text(relative, diagnostics: &reader.diagnostics) else { return nil }
            guard let root = YAMLReader.parse(text, path: path, diagnostics: &reader.diagnostics) else { return nil }
            if case .null = root {
                reader.diagnostics.error("filen er tom; udfyld den eller slet den", at: SourceLocation(path: path))
                return nil
            }
            return YAMLSource(path: path, root: root)
        }
    }

    mutating func markdown(_ relative: String, id: String) -> MarkdownSource? {
        cached(\.markdown, folder.display(relative)) { $0.readMarkdown(relative, id: id) }
    }

    private mutating func readMarkdown(_ relative: String, id: String) -> MarkdownSource? {
        let path = folder.display(relative)
        guard let text = folder.text(relative, diagnostics: &diagnostics) else { return nil }
        let parts: FrontMatter
        do {
            parts = try FrontMatter.split(text)
        } catch .unclosed {
            diagnostics.error("front matter (nøglerne øverst i filen) åbnes med `---`, men lukkes aldrig; tilføj en linje med `---` efter den sidste nøgle", at: SourceLocation(path: path))
            return nil
        } catch {
            let message = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                ? "filen er tom; øverst i filen skal der stå front matter: nøglerne (fx `titel: …`) mellem to linjer med `---`"
                : "filen skal begynde med front matter: en linje med `---`, nøglerne (fx `titel: …`) og en linje med `---`"
            diagnostics.error(message, at: SourceLocation(path: path))
            return nil
        }
        guard let front = YAMLReader.parse(parts.yaml, path: path, firstLine: parts.yamlFirstLine, diagnostics: &diagnostics) else { return nil }
        return MarkdownSource(id: id, path: path, frontMatter: front, body: parts.body, bodyFirstLine: parts.bodyFirstLine)
    }

    /// Every `<id>.md` in a folder, and every translation `<id>.<sprog>.md`
    /// (`language` set; the model stage pairs it with its original).
    mutating func markdownFolder(_ relative: String, key: String) -> [MarkdownSource] {
        var names: [(id: String, path: String, language: String?)] = []
        for entry in list(relative) {
            // `kort.MD` as Windows tools may save it is a card like any other.
            guard case .file(let name) = entry, name.lowercased().hasSuffix(".md") else {
                if case .file(let name) = entry { unused("\(relative)/\(name)", expected: []) }
                if case .folder(let name) = entry { unused("\(relative)/\(name)", expected: []) }
                continue
            }
            let stem = name.dropLast(3)
            if let dot = stem.lastIndex(of: "."), case let code = String(stem[stem.index(after: dot)...]),
               (2...3).contains(code.count), code.allSatisfy({ ("a"..."z").contains($0) }), Identifier.isValid(String(stem[..<dot])) {
                names.append((String(stem[..<dot]), "\(relative)/\(name)", code))
                continue
            }
            let id = String(stem)
            guard Identifier.isValid(id) else {
                diagnostics.error("filnavnet " + Identifier.problem(id) + ".md", at: SourceLocation(path: folder.display("\(relative)/\(name)")))
                continue
            }
            names.append((id, "\(relative)/\(name)", nil))
        }
        // Each file is read and parsed on its own, so a folder of cards uses every core.
        let folder = self.folder, cache = self.cache
        let parsed = ParallelMap.map(names) { name -> (MarkdownSource?, [Diagnostic]) in
            var reader = SourceReader(folder: folder, cache: cache)
            var source = reader.markdown(name.path, id: name.id)
            source?.language = name.language
            return (source, reader.diagnostics.all)
        }
        var sources: [MarkdownSource] = []
        for (name, (source, found)) in zip(names, parsed) {
            diagnostics.append(contentsOf: found)
            if let source { sources.append(source) } else if name.language == nil { unreadable.insert(key + name.id) }
        }
        return sources
    }

    mutating func unused(_ relative: String, expected: Set<String>) {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        diagnostics.warning("filen bruges ikke og kommer ikke med på sitet" + Suggestion.hint(for: name, in: expected), at: SourceLocation(path: folder.display(relative)))
    }
}

import Foundation
