/// The Snowball Danish stemmer (snowballstem.org/algorithms/danish), so that
/// "tvangsægteskaber" and "tvangsægteskabet" are indexed as "tvangsægteskab". The
/// search page runs the same algorithm on the reader's words (templates/assets/
/// search.js); the site checks compare both with the Snowball project's output.
/// Works on Unicode scalars of a lower-case word in NFC (what `SearchTerms` passes).
enum DanishStemmer {
    typealias Letters = [Unicode.Scalar]

    private static func isVowel(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a", "e", "i", "o", "u", "y", "æ", "å", "ø": true
        default: false
        }
    }

    private static func isValidSEnding(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "r", "t", "v", "y", "z", "å": true
        default: false
        }
    }

    private static func isConsonant(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "x", "z": true
        default: false
        }
    }

    private static func letters(_ list: [String]) -> [Letters] { list.map { Array($0.unicodeScalars) } }

    private static let mainSuffixes = letters([
        "hed", "ethed", "ered", "e", "erede", "ende", "erende", "ene", "erne", "ere", "en", "heden", "eren", "er",
        "heder", "erer", "heds", "es", "endes", "erendes", "enes", "ernes", "eres", "ens", "hedens", "erens",
        "ers", "ets", "erets", "et", "eret",
    ]).sorted { $0.count > $1.count }
    private static let pairs = letters(["gd", "dt", "gt", "kt"])
    private static let otherSuffixes = letters(["elig", "løst", "lig", "els", "ig"])
    private static let igst = Array("igst".unicodeScalars)
    private static let loest = Array("løst".unicodeScalars)

    static func stem(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        stem(&w)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: w)
        return String(result)
    }

    static func stem(_ w: inout Letters) {
        let p1 = region1(w)
        if let suffix = mainSuffixes.first(where: { ends(w, $0, p1) }) {
            w.removeLast(suffix.count)
        } else if ends(w, ["s"], p1), w.count >= 2, isValidSEnding(w[w.count - 2]) {
            w.removeLast()
        }
        consonantPair(&w, p1)
        if ends(w, igst, 0) { w.removeLast(2) }
        if let suffix = otherSuffixes.first(where: { ends(w, $0, p1) }) {
            if suffix == loest {
                w.removeLast() // løst → løs
            } else {
                w.removeLast(suffix.count)
                consonantPair(&w, p1)
            }
        }
        // Undouble: a final double consonant in R1 loses one.
        if w.count >= 2, w.count - 1 >= p1, isConsonant(w[w.count - 1]), w[w.count - 2] == w[w.count - 1] { w.removeLast() }
    }

    /// R1: after the first non-vowel that follows a vowel, and at least 3 letters in.
    private static func region1(_ w: Letters) -> Int {
        guard w.count >= 3 else { return w.count }
        var i = 0
        while i < w.count, !isVowel(w[i]) { i += 1 }
        while i < w.count, isVowel(w[i]) { i += 1 }
        guard i < w.count else { return w.count }
        return max(i + 1, 3)
    }

    private static func ends(_ w: Letters, _ suffix: Letters, _ p1: Int) -> Bool {
        let start = w.count - suffix.count
        guard start >= p1 else { return false }
        for i in suffix.indices where w[start + i] != suffix[i] { return false }
        return true
    }

    private static func consonantPair(_ w: inout Letters, _ p1: Int) {
        if pairs.contains(where: { ends(w, $0, p1) }) { w.removeLast() }
    }
}
