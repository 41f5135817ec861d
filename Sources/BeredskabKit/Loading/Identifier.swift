/// Ids are lowercase ASCII words joined by single hyphens: they become folder
/// names in `site/` and parts of URLs, so nothing else may pass (no `..`, `/`, NUL).
enum Identifier {
    /// One pass over the bytes (`contains("--")` went through NSString, for every
    /// link and file of a national site).
    static func isValid(_ id: String) -> Bool {
        let hyphen = UInt8(ascii: "-")
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= 100, bytes.first != hyphen, bytes.last != hyphen else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case hyphen where previous != hyphen: break
            default: return false
            }
            previous = byte
        }
        return true
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
