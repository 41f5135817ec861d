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
}
