import Foundation

/// How text becomes search terms, on the site and (the same rules in search.js) in
/// the reader's query: words are runs of letters, marks and digits, lower-cased,
/// accents dropped ("café" finds "cafe"), stemmed by the language's Snowball stemmer,
/// then folded so æ ø å match ae oe aa
/// ("Århus" finds "Aarhus", a query typed without Danish letters finds the words
/// with them). The language's function words are
/// left out: a query may hold them, a page need not.
enum SearchTerms {
    /// Each word of `text`, lower-cased (in `WordCounts.counts`), with `weight` added
    /// per occurrence. Over the text's bytes.
    static func countWords(_ text: String, weight: Int, into counts: inout WordCounts) {
        var text = text
        text.withUTF8 { buffer in
            var start = 0, i = 0
            // Most words are lower-case ASCII and are kept as they stand; Foundation's
            // lower-casing and NFC only for a word that needs them.
            var upper = false, marks = false, ascii = true
            func flush(_ end: Int) {
                if start < end {
                    let care: WordCounts.Care = !(upper || marks) ? .none : ascii ? .lowercase : .lowercaseAndCompose
                    counts.add(UnsafeBufferPointer(rebasing: buffer[start..<end]), weight: weight, care: care)
                }
                upper = false
                marks = false
                ascii = true
            }
            while i < buffer.count {
                let byte = buffer[i]
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: i += 1
                    case 0x41...0x5A: upper = true; i += 1
                    default: flush(i); i += 1; start = i
                    }
                    continue
                }
                // A String is valid UTF-8: a lead byte and its continuation bytes.
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(buffer[i + k] & 0x3F) }
                switch Unicode.Scalar(value)?.properties.generalCategory {
                case .lowercaseLetter, .otherLetter, .modifierLetter, .decimalNumber, .letterNumber, .otherNumber:
                    ascii = false
                case .uppercaseLetter, .titlecaseLetter:
                    ascii = false; upper = true
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    ascii = false; marks = true
                default:
                    flush(i); start = i + length
                }
                i += length
            }
            flush(buffer.count)
        }
    }

    /// The term a lower-case word is indexed under, nil for a function word.
    static func term(_ word: String, in language: SearchLanguage = .danish) -> String? {
        let folded = fold(word)
        return language.stopWords.contains(folded) ? nil : fold(language.stem(withoutAccents(word)))
    }

    /// Accents dropped, æ ø å kept (the stemmer needs them): "café" stems as "cafe".
    static func withoutAccents(_ word: String) -> String {
        guard !word.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "æ" || $0 == "ø" || $0 == "å" }) else { return word }
        var plain = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar.isASCII || scalar == "æ" || scalar == "ø" || scalar == "å" {
                plain.append(scalar)
            } else {
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                where part.properties.generalCategory != .nonspacingMark {
                    plain.append(part)
                }
            }
        }
        return String(plain)
    }

    /// Terms of `text`, one per word (for tests and small texts).
    static func terms(_ text: String, in language: SearchLanguage = .danish) -> [String] {
        var words = WordCounts()
        countWords(text, weight: 1, into: &words)
        return words.counts.keys.sorted().compactMap { term($0, in: language) }
    }

    static func fold(_ word: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in withoutAccents(word).unicodeScalars {
            switch scalar {
            case "æ": folded.append(contentsOf: "ae".unicodeScalars)
            case "ø": folded.append(contentsOf: "oe".unicodeScalars)
            case "å": folded.append(contentsOf: "aa".unicodeScalars)
            default: folded.append(scalar)
            }
        }
        return String(folded)
    }
}
