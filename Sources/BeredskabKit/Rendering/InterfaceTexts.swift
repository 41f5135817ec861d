/// The words the site puts around the content (menus, labels, the akut box, dates),
/// one file per language: `strings/<sprog>.yaml` among the templates. A kommune's
/// templates folder may replace single texts: its file's keys go over the built-in
/// file's. A text a language lacks is shown in the default language (with a warning).
struct InterfaceTexts: Sendable {
    /// Language code → key → text.
    let byLanguage: [String: [String: String]]

    static let folder = "strings/"

    /// The texts of every `strings/<code>.yaml`: the built-in file, then the folder's on top.
    static func load(_ files: [TemplateFile], diagnostics d: inout Diagnostics) -> InterfaceTexts {
        var byLanguage: [String: [String: String]] = [:]
        let builtIn = Dictionary(DefaultTemplates.files.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        for file in files where file.path.hasPrefix(folder) && file.path.hasSuffix(".yaml") {
            let code = String(file.path.dropFirst(folder.count).dropLast(".yaml".count))
            var texts = builtIn[file.path].map { read($0, origin: "(indbygget skabelon) " + file.path, diagnostics: &d) } ?? [:]
            if !file.origin.hasPrefix("(indbygget") {
                texts.merge(read(String(decoding: file.contents, as: UTF8.self), origin: file.origin, diagnostics: &d)) { $1 }
            }
            byLanguage[code] = texts
        }
        return InterfaceTexts(byLanguage: byLanguage)
    }

    private static func read(_ text: String, origin: String, diagnostics d: inout Diagnostics) -> [String: String] {
        guard let root = YAMLReader.parse(text, path: origin, diagnostics: &d) else { return [:] }
        guard case .mapping(let entries, _) = root else {
            d.error("filen skal være en samling af tekster (`nøgle: tekst`)", at: root.location)
            return [:]
        }
        var texts: [String: String] = [:]
        for entry in entries {
            guard case .scalar(let value, _) = entry.value else {
                d.error("`\(entry.key)` skal være en tekst", at: entry.keyLocation)
                continue
            }
            texts[entry.key] = value
        }
        return texts
    }

    /// The texts for pages in `language`: the default language's beneath.
    func texts(_ language: Language, default base: Language) -> Texts {
        let fallback = byLanguage[base.code] ?? [:]
        return Texts(language: language, texts: fallback.merging(byLanguage[language.code] ?? [:]) { $1 })
    }

    /// A warning for each text the site's other languages lack, and for a language without a file.
    func check(_ languages: [Language], diagnostics d: inout Diagnostics, templates: String) {
        guard let base = languages.first, let baseTexts = byLanguage[base.code] else {
            if let base = languages.first {
                d.error("skabelonerne har ingen tekster på \(base.name) (`\(Self.folder)\(base.code).yaml`); opret filen", at: SourceLocation(path: templates))
            }
            return
        }
        for language in languages.dropFirst() {
            let path = CanonicalPath.join(templates, "\(Self.folder)\(language.code).yaml")
            guard let texts = byLanguage[language.code] else {
                d.warning("der er ingen tekster på \(language.name) (`\(Self.folder)\(language.code).yaml`), så menuer og knapper på de oversatte sider står på \(base.name); opret filen med de samme nøgler som `\(base.code).yaml`",
                          at: SourceLocation(path: path))
                continue
            }
            let missing = Set(baseTexts.keys).subtracting(texts.keys).sorted()
            if !missing.isEmpty {
                d.warning("teksterne på \(language.name) mangler \(missing.map { "`\($0)`" }.joined(separator: ", ")); siderne viser dem på \(base.name), indtil de er oversat",
                          at: SourceLocation(path: path))
            }
        }
    }
}

/// One language's interface texts, for a page's view (`t`) and for what Swift writes.
struct Texts: Sendable {
    let language: Language
    private let texts: [String: String]
    /// `t` in the templates.
    let view: View

    init(language: Language, texts: [String: String]) {
        self.language = language
        self.texts = texts
        self.view = View(fields: texts.mapValues { .text($0) })
    }

    subscript(key: String) -> String { texts[key] ?? key }

    /// "1. april 2024" in Danish, "1 April 2024" in English; the ISO date elsewhere.
    func date(_ day: Day) -> String {
        switch language.code {
        case "da": day.danish
        case "en": "\(day.day) \(Self.englishMonths[day.month - 1]) \(day.year)"
        default: day.iso
        }
    }

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"]
}
