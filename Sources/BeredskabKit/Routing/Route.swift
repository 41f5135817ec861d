/// Where a page lives in `site/`, as a path from the site root that always names
/// a file (`kommuner/alleroed/index.html`), so links work from file:// too.
public struct Route: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let path: String

    public init(_ path: String) { self.path = path }

    /// A folder page: `kommuner/alleroed` → `kommuner/alleroed/index.html`.
    public init(folder components: String...) {
        self.path = (components + ["index.html"]).joined(separator: "/")
    }

    public var description: String { path }

    public static func < (a: Route, b: Route) -> Bool { a.path < b.path }

    var folderComponents: [Substring] { path.split(separator: "/").dropLast() }

    /// The relative URL from this page to `target`: `../../kort/x/index.html`.
    public func relative(to target: Route, fragment: String? = nil) -> String {
        let from = folderComponents
        let to = target.path.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let down = to[common...].map(String.init)
        let href = (up + down).joined(separator: "/")
        return fragment.map { href + "#" + $0 } ?? href
    }

    /// The relative URL from this page to a file in the site root, e.g. `assets/site.css`.
    public func relative(toFile path: String) -> String { relative(to: Route(path)) }
}
