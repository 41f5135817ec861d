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
}

/// What a worry is about (`situationer.yaml`).
public struct Situation: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let term: Reference?
    public let location: SourceLocation
}

/// Who reads a card (`maalgrupper.yaml`).
public struct Audience: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let location: SourceLocation
}

/// A glossary term (`begreber/<id>.md`).
public struct GlossaryTerm: Sendable, Identifiable {
    public let id: String
    public let title: String
    public let summary: String
    public let source: String?
    public let body: MarkdownText
}

/// A free page (`sider/<id>.md`).
public struct FreePage: Sendable, Identifiable {
    public let id: String
    public let title: String
    public let summary: String
    public let body: MarkdownText
}
