/// Maps a request path to a file of the rendered site, refusing anything that
/// could name something else: `..` in any spelling, backslashes, NUL, or an
/// absolute path hidden in the URL. The server only ever looks in memory, so a
/// refused path simply answers 404.
public enum RequestPath {
    public static func file(for rawPath: String) -> String? {
        let path = rawPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard path.hasPrefix("/"), let decoded = path.removingPercentEncoding,
              decoded.removingPercentEncoding == decoded,   // no double encoding (%252e)
              !decoded.contains("\\"), !decoded.contains("\0"), !decoded.contains("//") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        let joined = parts.joined(separator: "/")
        if joined.isEmpty { return "index.html" }
        return decoded.hasSuffix("/") ? joined + "index.html" : joined
    }
}

import Foundation
