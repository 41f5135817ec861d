/// Where a page lives in `site/`, as a path from the site root that always names
/// a file (`kommuner/alleroed/index.html`), so links work from file:// too.
public struct Route: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let path: String
    /// The path split at `/`, kept because every page computes hundreds of relative links.
    private let segments: [Substring]

    public init(_ path: String) {
        self.path = path
        // Over bytes: splitting a String by Character walks grapheme clusters, and
        // routes are made for every link on every page.
        self.segments = path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }

    /// A folder page: `kommuner/alleroed` → `kommuner/alleroed/index.html`.
    public init(folder components: String...) {
        self.init((components + ["index.html"]).joined(separator: "/"))
    }

    public static func == (a: Route, b: Route) -> Bool { a.path == b.path }
    public func hash(into hasher: inout Hasher) { hasher.combine(path) }

    public var description: String { path }

    public static func < (a: Route, b: Route) -> Bool { a.path < b.path }

    /// The relative URL from this page to `target`: `../../kort/x/index.html`.
    public func relative(to target: Route, fragment: String? = nil) -> String {
        let from = segments.dropLast(), to = target.segments
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        var href = String(repeating: "../", count: from.count - common)
        href += to[common...].joined(separator: "/")
        if let fragment { href += "#" + fragment }
        return href
    }

    /// The folder the page's file is in, with its slash: `soeg/` for `soeg/index.html`.
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// The same page in another language: under the language's folder (`en/…`).
    public func translated(_ language: String) -> Route { Route(language + "/" + path) }

    /// The kommune a page belongs to (`kommuner/<id>/…`), if any.
    public static func municipality(of path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 2)
        return parts.count == 3 && parts[0] == "kommuner" ? String(parts[1]) : nil
    }

    /// The relative URL from this page to a file in the site root, e.g. `assets/site.css`.
    public func relative(toFile path: String) -> String { relative(to: Route(path)) }
}
