import Foundation

/// How text becomes search terms, on the site and (the same rules in search.js) in
/// the reader's query: words are runs of letters, marks and digits, lower-cased,
/// accents dropped ("café" finds "cafe"), stemmed by the language's Snowball stemmer,
/// then folded so æ ø å match ae oe aa
/// ("Århus" finds "Aarhus", a query typed without Danish letters finds the words
/// with them). The language's function words are
/// left out: a query may hold them, a page need not.
enum SearchTerms {
    /// Each word of `text`, lower-cased, with `weight` added per occurrence.
    static func countWords(_ text: String, weight: Int, into counts: inout [String: Int]) {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        // Most words are lower-case ASCII and are copied as they stand; Foundation's
        // lower-casing and NFC only for a word that needs them (a national build
        // counts ~10 million words).
        var upper = false, marks = false, ascii = true
        func flush(_ end: String.UnicodeScalarView.Index) {
            guard start < end else { return }
            var word = String(scalars[start..<end])
            if upper || marks {
                word = word.lowercased()
                if !ascii { word = word.precomposedStringWithCanonicalMapping }
            }
            counts[word, default: 0] += weight
            upper = false
            marks = false
            ascii = true
        }
        var i = start
        while i < scalars.endIndex {
            let scalar = scalars[i]
            var inWord = true
            if scalar.isASCII {
                switch scalar.value {
                case 0x61...0x7A, 0x30...0x39: break
                case 0x41...0x5A: upper = true
                default: inWord = false
                }
            } else {
                ascii = false
                switch scalar.properties.generalCategory {
                case .lowercaseLetter, .otherLetter, .modifierLetter, .decimalNumber, .letterNumber, .otherNumber: break
                case .uppercaseLetter, .titlecaseLetter: upper = true
                case .nonspacingMark, .spacingMark, .enclosingMark: marks = true
                default: inWord = false
                }
            }
            let next = scalars.index(after: i)
            if !inWord {
                flush(i)
                start = next
            }
            i = next
        }
        flush(i)
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
        var counts: [String: Int] = [:]
        countWords(text, weight: 1, into: &counts)
        return counts.keys.sorted().compactMap { term($0, in: language) }
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
