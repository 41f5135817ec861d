/// Ids are lowercase ASCII words joined by single hyphens: they become folder
/// names in `site/` and parts of URLs, so nothing else may pass (no `..`, `/`, NUL).
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.count <= 100, id.first != "-", id.last != "-", !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A valid id close to what the editor wrote, for the error message.
    static func suggestion(for text: String) -> String {
        let slug = HeadingAnchor.ascii(text)
        return slug.isEmpty ? "mit-id" : slug
    }

    static func problem(_ id: String) -> String {
        "`\(id.replacingOccurrences(of: "\0", with: "\\0"))` kan ikke bruges som id; brug kun a-z, 0-9 og bindestreg, fx `\(suggestion(for: id))`"
    }
}
