/// `site.yaml`.
public struct SiteSettings: Sendable {
    public let title: String
    public let description: String
    /// The neutral page the quick-exit button replaces the site with.
    public let quickExit: WebURL
    public let accessibilityStatement: WebURL
    /// Only for what must be absolute: sitemap, canonical links, QR codes.
    public let baseURL: WebURL?
    public let contactEmail: EmailAddress?
    /// `sprog:`; the first is the default language, whose pages sit at the root.
    public var languages: [Language] = [.danish]
    /// The title (`name`) and description in the other languages.
    public var translations: [String: TranslatedText] = [:]

    public var defaultLanguage: Language { languages.first ?? .danish }
    /// The languages besides the default.
    public var otherLanguages: ArraySlice<Language> { languages.dropFirst() }
}
