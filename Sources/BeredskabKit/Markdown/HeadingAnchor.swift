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
        asciiOfPlainText(text) ?? asciiOfAnyText(text)
    }

    /// Character by character, taking accents off.
    static func asciiOfAnyText(_ text: String) -> String {
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

    /// The same for a text of ASCII and æ, ø, å only (nearly every heading), scalar
    /// by scalar: lowercasing the text and walking its grapheme clusters was 1 % of a
    /// national build. nil for any other letter (accents are taken off above).
    static func asciiOfPlainText(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 4)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: out.append(UInt8(scalar.value))
            case 0x41...0x5A: out.append(UInt8(scalar.value) + 0x20)
            case 0..<0x80: if let last = out.last, last != UInt8(ascii: "-") { out.append(UInt8(ascii: "-")) }
            case 0xE6, 0xC6: out.append(contentsOf: "ae".utf8)
            case 0xF8, 0xD8: out.append(contentsOf: "oe".utf8)
            case 0xE5, 0xC5: out.append(contentsOf: "aa".utf8)
            default: return nil
            }
        }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
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
