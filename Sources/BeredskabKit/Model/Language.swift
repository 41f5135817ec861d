/// A language the site is published in (`sprog:` in site.yaml; the first is the
/// default, and its pages sit at the root). Other languages' pages sit under
/// `<code>/`, mirroring the default language's paths.
public struct Language: Sendable, Hashable {
    /// ISO 639 code, as in `lang` and `hreflang`: `da`, `en`, `ar`.
    public let code: String
    /// The language's name in itself, for the language switcher: `Dansk`, `English`.
    public let name: String
    /// Arabic-script languages are written right to left (`dir="rtl"`).
    public let isRightToLeft: Bool

    public static let danish = Language(code: "da", name: "Dansk", isRightToLeft: false)

    /// The languages a site may declare: those of Denmark's larger groups of new
    /// arrivals and minorities, and its neighbours'. A code not here is a typo more
    /// often than a language, and its name and direction would be unknown.
    static let known: [String: Language] = {
        let list: [(String, String, Bool)] = [
            ("da", "Dansk", false), ("en", "English", false), ("de", "Deutsch", false), ("sv", "Svenska", false),
            ("nb", "Norsk bokmål", false), ("fr", "Français", false), ("es", "Español", false), ("pl", "Polski", false),
            ("ro", "Română", false), ("uk", "Українська", false), ("ru", "Русский", false), ("tr", "Türkçe", false),
            ("so", "Soomaali", false), ("ti", "ትግርኛ", false), ("bs", "Bosanski", false), ("kmr", "Kurmancî", false),
            ("ar", "العربية", true), ("fa", "فارسی", true), ("ur", "اردو", true), ("ps", "پښتو", true), ("ckb", "کوردی", true),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.0, Language(code: $0.0, name: $0.1, isRightToLeft: $0.2)) })
    }()

    /// `ltr` or `rtl`, for the `dir` attribute.
    public var direction: String { isRightToLeft ? "rtl" : "ltr" }
}

/// A Markdown file's translation (`<id>.<sprog>.md` beside it): its own title,
/// summary and body; everything else (audiences, contacts, dates) is the original's.
public struct Translation: Sendable {
    public let language: String
    public let title: String
    public let summary: String
    public let body: MarkdownText
    public let location: SourceLocation
}

/// The translated names of an entry in a data file (its `en:` block, say).
public struct TranslatedText: Sendable {
    public let name: String
    public let description: String
    public var openingHours: String? = nil
    public var note: String? = nil
}
