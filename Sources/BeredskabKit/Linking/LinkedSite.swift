/// The link stage's result: everything resolved and checked, Markdown bodies
/// converted to HTML with links relative to the page each body appears on.
public struct LinkedSite: Sendable {
    /// The content to render; in the public build without `intern` contacts.
    public let site: Site
    /// Lookups over `site` (so intranet-only contacts cannot be found while rendering).
    public let index: SiteIndex
    public let target: BuildTarget
    /// The date revision deadlines are measured against; nil when not given.
    public let today: Day?
    /// HTML of each Markdown body, by the route of the page it appears on.
    public let bodies: [Route: RenderedBody]
    /// Organisation id → the kommuner, plans and cards that refer to it.
    public let citations: [String: [Citation]]
    /// Stands for every id and anchor a link could resolve against (see `LinkCache`).
    public var fingerprint: Int = 0
}

public struct RenderedBody: Sendable {
    public let html: String
    public let headings: [ParsedMarkdown.Heading]
}

/// A page that refers to a national organisation, for its backlinks.
public struct Citation: Sendable, Hashable, Comparable {
    public let municipality: String
    public let title: String
    public let route: Route

    /// By page only: a page cites under one title, and hashing the titles too was a
    /// tenth of a preview rebuild.
    public func hash(into hasher: inout Hasher) { hasher.combine(route) }

    public static func < (a: Citation, b: Citation) -> Bool { (a.municipality, a.title, a.route) < (b.municipality, b.title, b.route) }
}
