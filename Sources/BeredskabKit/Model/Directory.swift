/// The site-wide lists cards and plans refer to.

/// A national organisation or hotline, shared by every kommune (`organisationer.yaml`).
public struct Organisation: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let phones: [PhoneNumber]
    public let email: EmailAddress?
    public let website: WebURL?
    public let openingHours: String?
    public let alwaysOpen: Bool
    public let source: String
    public let note: String?
    public let location: SourceLocation
    /// Names and texts in the site's other languages, by language code.
    public var translations: [String: TranslatedText] = [:]
}

/// What a worry is about (`situationer.yaml`).
public struct Situation: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let term: Reference?
    public let location: SourceLocation
    public var translations: [String: TranslatedText] = [:]
}

/// Who reads a card (`maalgrupper.yaml`).
public struct Audience: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let location: SourceLocation
    public var translations: [String: TranslatedText] = [:]
}

/// A glossary term (`begreber/<id>.md`).
public struct GlossaryTerm: Sendable, Identifiable {
    public let id: String
    public let title: String
    public let summary: String
    public let source: String?
    public let body: MarkdownText
    /// By language code.
    public var translations: [String: Translation] = [:]
}

/// A free page (`sider/<id>.md`).
public struct FreePage: Sendable, Identifiable {
    public let id: String
    public let title: String
    public let summary: String
    public let body: MarkdownText
    /// By language code.
    public var translations: [String: Translation] = [:]
}
