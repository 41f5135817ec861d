/// The files for crawlers: robots.txt, and sitemap.xml when the site knows its address.
enum SiteFiles {
    static let robotsPath = "robots.txt"
    static let sitemapPath = "sitemap.xml"

    static func make(_ linked: LinkedSite, routes: [Route]) -> [OutputFile] {
        guard let base = linked.site.settings.baseURL else {
            return [OutputFile(path: robotsPath, text: "User-agent: *\nAllow: /\n")]
        }
        let root = base.root
        // Each page with its versions in the site's languages (`en/…` beside the original).
        let others = Set(linked.site.settings.otherLanguages.map(\.code))
        func original(_ route: Route) -> (language: String, path: String) {
            if let slash = route.path.firstIndex(of: "/"), others.contains(String(route.path[..<slash])) {
                return (String(route.path[..<slash]), String(route.path[route.path.index(after: slash)...]))
            }
            return (linked.site.settings.defaultLanguage.code, route.path)
        }
        let versions = Dictionary(grouping: routes.filter { $0 != Routes.notFound }, by: { original($0).path })
        let translated = versions.values.contains { $0.count > 1 }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (translated ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : "") + ">\n"
        for route in routes.sorted() where route != Routes.notFound {
            let group = versions[original(route).path] ?? []
            guard group.count > 1 else {
                xml += "<url><loc>\(HTMLText.escape(absoluteURL(of: route, base: base)))</loc></url>\n"
                continue
            }
            xml += "<url><loc>\(HTMLText.escape(absoluteURL(of: route, base: base)))</loc>"
            for version in group.sorted(by: { original($0).language < original($1).language }) {
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(original(version).language)\" href=\"\(HTMLText.escape(absoluteURL(of: version, base: base)))\"/>"
            }
            if let fallback = group.first(where: { original($0).language == linked.site.settings.defaultLanguage.code }) {
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(HTMLText.escape(absoluteURL(of: fallback, base: base)))\"/>"
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return [
            OutputFile(path: robotsPath, text: "User-agent: *\nAllow: /\nSitemap: \(root)\(sitemapPath)\n"),
            OutputFile(path: sitemapPath, text: xml),
        ]
    }

    /// The page's public address: `https://…/kommuner/x/` (servers add index.html).
    static func absoluteURL(of route: Route, base: WebURL) -> String {
        let root = base.root
        let path = route.path.hasSuffix("index.html") ? String(route.path.dropLast("index.html".count)) : route.path
        return root + path
    }

}

import Foundation
