/// Stable, readable anchors for headings: `## Når barnet er i akut fare` →
/// `naar-barnet-er-i-akut-fare`. Danish letters are spelt out (æ→ae, ø→oe, å→aa)
/// so anchors survive copy-paste into e-mails and old intranet software.
public enum HeadingAnchor {
    public static func slug(_ text: String) -> String {
        let out = ascii(text)
        return out.isEmpty ? "afsnit" : out
    }

    /// Lowercase ASCII letters and digits joined by single hyphens; may be empty.
    /// Also how an editor's file name becomes a suggested id.
    static func ascii(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            // ASCII without Foundation: decomposing every character was 4 % of a national build.
            if let ascii = character.asciiValue {
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii) {
                    out.unicodeScalars.append(Unicode.Scalar(ascii))
                } else if !out.isEmpty, !out.hasSuffix("-") {
                    out += "-"
                }
                continue
            }
            switch character {
            case "æ": out += "ae"
            case "ø": out += "oe"
            case "å": out += "aa"
            default:
                // é → e, ü → u: keep the base letter, drop the accent.
                let letters = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
                    .filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
                if letters.isEmpty {
                    if !out.isEmpty, !out.hasSuffix("-") { out += "-" }
                } else {
                    out.unicodeScalars.append(contentsOf: letters)
                }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// Slugs for headings in order, with `-2`, `-3` … for repeated titles.
    public static func unique(_ texts: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return texts.map { text in
            let base = slug(text)
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }
}

import Foundation
