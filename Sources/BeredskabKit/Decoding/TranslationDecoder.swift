/// The site's languages, and what is written in them besides the default: the
/// `<sprog>:` blocks of data files and the `<id>.<sprog>.md` files beside Markdown.
enum TranslationDecoder {
    /// `sprog: [da, en]` in site.yaml; Danish alone when the key is absent.
    static func languages(_ f: FieldReader, diagnostics d: inout Diagnostics) -> [Language] {
        let written = f.list("sprog", diagnostics: &d)
        guard !written.isEmpty else { return [.danish] }
        var languages: [Language] = []
        for (code, location) in written {
            guard let language = Language.known[code] else {
                d.error("sproget `\(code)` kendes ikke; skriv sprogkoden efter ISO 639, fx `da`, `en` eller `ar`"
                        + Suggestion.hint(for: code, in: Language.known.keys), at: location)
                continue
            }
            if languages.contains(language) {
                d.warning("sproget `\(code)` står to gange i `sprog`; slet det ene", at: location)
                continue
            }
            languages.append(language)
        }
        return languages.isEmpty ? [.danish] : languages
    }

    /// An entry's `<sprog>:` blocks, one per other language of the site:
    /// `navn` and `beskrivelse` (required), and `aabningstid` and `note` where
    /// `extra` allows them. Ids, numbers and addresses are never translated.
    static func texts(_ f: FieldReader, languages: [String], extra: [String] = [], diagnostics d: inout Diagnostics,
                      names: (name: String, description: String) = ("navn", "beskrivelse")) -> [String: TranslatedText] {
        var texts: [String: TranslatedText] = [:]
        for code in languages {
            guard let block = f.value(code),
                  let t = FieldReader(block, noun: "oversættelsen `\(code)`", known: [names.name, names.description] + extra, diagnostics: &d) else { continue }
            let name = t.text(names.name, required: true, diagnostics: &d)
            let description = t.text(names.description, required: true, diagnostics: &d)
            guard let name, let description else { continue }
            var text = TranslatedText(name: name, description: description)
            if extra.contains("aabningstid") { text.openingHours = t.text("aabningstid", diagnostics: &d) }
            if extra.contains("note") { text.note = t.text("note", diagnostics: &d) }
            texts[code] = text
        }
        return texts
    }

    /// The text keys a translation of a Markdown file may set; the rest is the original's.
    static let markdownKeys = ["titel", "resume"]

    /// Originals and their translations, decoded and paired: each original gets the
    /// translations with its id; a translation without an original is an error.
    static func paired<T>(_ sources: [MarkdownSource], languages: [String], diagnostics d: inout Diagnostics,
                          decode: (MarkdownSource, inout Diagnostics) -> T?,
                          attach: (inout T, [String: Translation]) -> Void) -> [T] {
        let originals = Set(sources.filter { $0.language == nil }.map(\.id))
        let translations = Dictionary(grouping: sources.filter { $0.language != nil }, by: \.id)
        for (id, orphans) in translations.sorted(by: { $0.key < $1.key }) where !originals.contains(id) {
            for orphan in orphans {
                d.error("der er ingen fil `\(id).md` på dansk, som oversættelsen hører til; opret den, eller ret filnavnet, så det er den danske fils navn med `.\(orphan.language ?? "")` før `.md`",
                        at: SourceLocation(path: orphan.path))
            }
        }
        return sources.filter { $0.language == nil }.compactMap { source in
            guard var value = decode(source, &d) else { return nil }
            attach(&value, markdown(translations[source.id] ?? [], languages: languages, diagnostics: &d))
            return value
        }
    }

    /// The translations among `sources`, checked.
    static func markdown(_ sources: [MarkdownSource], languages: [String], diagnostics d: inout Diagnostics) -> [String: Translation] {
        var translations: [String: Translation] = [:]
        for source in sources {
            guard let code = source.language else { continue }
            guard languages.contains(code) else {
                d.warning("sproget `\(code)` står ikke i `sprog:` i site.yaml, så oversættelsen kommer ikke med; tilføj sproget dér, eller slet filen",
                          at: SourceLocation(path: source.path))
                continue
            }
            let noun = "oversættelsens front matter (den arver resten fra den danske fil)"
            // Anything but the text keys is the original's to say: one error per key, no
            // "unknown key" warning on top.
            if case .mapping(let entries, _) = source.frontMatter {
                for entry in entries where !markdownKeys.contains(entry.key) {
                    d.error("en oversættelse må kun have \(markdownKeys.map { "`\($0)`" }.joined(separator: " og ")); `\(entry.key)` arver den fra den danske fil, så slet linjen her",
                            at: entry.keyLocation)
                }
            }
            let keys = source.frontMatter.mappingKeys
            guard let f = FieldReader(source.frontMatter, noun: noun, known: keys, diagnostics: &d) else { continue }
            let title = f.text("titel", required: true, diagnostics: &d)
            let summary = f.text("resume", required: true, diagnostics: &d)
            guard let title, let summary else { continue }
            translations[code] = Translation(language: code, title: title, summary: summary, body: source.markdown, location: f.location)
        }
        return translations
    }
}
