/// Where a page lives in `site/`, as a path from the site root that always names
/// a file (`kommuner/alleroed/index.html`), so links work from file:// too.
public struct Route: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let path: String

    public init(_ path: String) {
        self.path = path
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
    /// Over the paths' bytes: up out of this page's folder to the folder both paths
    /// share, then down the rest of the target's path. (Routes are made for every
    /// link on every page; splitting each into segments was 2 % of a national build.)
    public func relative(to target: Route, fragment: String? = nil) -> String {
        var from = path, to = target.path
        return from.withUTF8 { f in
            to.withUTF8 { t in
                let slash = UInt8(ascii: "/")
                let fromFolder = f.lastIndex(of: slash).map { $0 + 1 } ?? 0
                let toFolder = t.lastIndex(of: slash).map { $0 + 1 } ?? 0
                // The longest run of whole folders both paths begin with.
                var common = 0, i = 0
                while i < min(fromFolder, toFolder), f[i] == t[i] {
                    if f[i] == slash { common = i + 1 }
                    i += 1
                }
                let ups = f[common..<fromFolder].count(where: { $0 == slash })
                var href = [UInt8]()
                href.reserveCapacity(ups * 3 + t.count - common + 1 + (fragment?.utf8.count ?? 0))
                for _ in 0..<ups { href.append(contentsOf: "../".utf8) }
                href.append(contentsOf: t[common...])
                if let fragment {
                    href.append(UInt8(ascii: "#"))
                    href.append(contentsOf: fragment.utf8)
                }
                return String(decoding: href, as: UTF8.self)
            }
        }
    }

    /// The folder the page's file is in, with its slash: `soeg/` for `soeg/index.html`.
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Where the page stands as far as links to `targets` go: the folder around
    /// its own (`kommuner/x/kort/` for `kommuner/x/kort/y/index.html`), or the page
    /// itself where a target lies in its own folder. A link from a page to a page
    /// outside its own folder goes up out of that folder and on from the folder
    /// around it, so pages with one place see every target at the same address.
    /// Over the paths' bytes: asked for every part of every page.
    public func place(among targets: some Sequence<Route>) -> String {
        var own = path
        return own.withUTF8 { p -> String in
            let slash = UInt8(ascii: "/")
            guard let base = p.baseAddress, let last = p.lastIndex(of: slash) else { return path }
            let folder = last + 1
            for target in targets {
                var other = target.path
                let holds = other.withUTF8 { t in t.count >= folder && t.baseAddress.map { memcmp($0, base, folder) == 0 } == true }
                if holds { return path }
            }
            guard let around = p[..<last].lastIndex(of: slash) else { return "" }
            return String(decoding: p[...around], as: UTF8.self)
        }
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

import Foundation
