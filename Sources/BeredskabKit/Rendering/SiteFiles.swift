/// The files for crawlers: robots.txt, and sitemap.xml when the site knows its address.
enum SiteFiles {
    static let robotsPath = "robots.txt"
    static let sitemapPath = "sitemap.xml"

    static func make(_ linked: LinkedSite, routes: [Route]) -> [OutputFile] {
        guard let base = linked.site.settings.baseURL else {
            return [OutputFile(path: robotsPath, text: "User-agent: *\nAllow: /\n")]
        }
        let root = base.root
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes.sorted() where route != Routes.notFound {
            xml += "<url><loc>\(HTMLText.escape(absoluteURL(of: route, base: base)))</loc></url>\n"
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
