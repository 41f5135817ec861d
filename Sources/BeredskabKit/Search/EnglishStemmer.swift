/// The Snowball English stemmer (snowballstem.org/algorithms/english, as Snowball
/// 3.1.1 generates it), so that "controlling" and "controlled" are indexed as "control".
/// The English search page runs the same algorithm on the reader's words
/// (templates/assets/english-stem.js); the tests and the site checks compare both
/// with the Snowball project's output. Works on Unicode scalars of a lower-case word.
enum EnglishStemmer {
    typealias Letters = [Unicode.Scalar]

    private static func letters(_ text: String) -> Letters { Array(text.unicodeScalars) }
    private static func set(_ text: String) -> Set<Unicode.Scalar> { Set(text.unicodeScalars) }

    private static let vowels = set("aeiouy"), wxy = set("aeiouywxY"), validLI = set("cdeghkmnrt"), aeo = set("aeo")
    /// Whole words with a fixed stem.
    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
        "singly": "singl", "andes": "andes", "atlas": "atlas", "bias": "bias", "cosmos": "cosmos", "howe": "howe",
        "news": "news", "sky": "sky",
    ]
    private static let prefixes = ["arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers"].map(letters)
    private static let step1a = ["sses", "ied", "ies", "ss", "us", "s"].map(letters)
    private static let step1b = ["eedly", "ingly", "edly", "eed", "ing", "ed"].map(letters)
    private static let beforeIng = ["even", "cann", "inn", "earr", "herr", "out", "y"].map(letters)
    private static let step1bEnds = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt", "bl", "at", "iz"].map(letters)
    private static let step2: [(Letters, Letters)] = [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
        ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
        ("alli", "al"), ("fulness", "ful"), ("fulli", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"),
        ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"), ("ogist", "og"), ("ogi", "og"), ("lessli", "less"), ("li", ""),
    ].map { (letters($0.0), letters($0.1)) }
    private static let step3: [(Letters, Letters)] = [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""),
    ].map { (letters($0.0), letters($0.1)) }
    private static let step4 = "al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion"
        .split(separator: " ").map { letters(String($0)) }

    static func stem(_ word: String) -> String {
        if let fixed = exceptions[word] { return fixed }
        var w = letters(word)
        guard w.count >= 3 else { return word }
        if w[0] == "'" { w.removeFirst() }
        var yFound = false
        if w.first == "y" { w[0] = "Y"; yFound = true }
        var i = 0
        while i + 1 < w.count {
            if vowels.contains(w[i]), w[i + 1] == "y" { w[i + 1] = "Y"; yFound = true }
            i += 1
        }
        var p1 = w.count, p2 = w.count
        let prefix = prefixes.first { ends(w, $0.count, $0) }
        if let r1 = prefix.map(\.count) ?? region(w, from: 0) {
            p1 = r1
            if let r2 = region(w, from: r1) { p2 = r2 }
        }

        // Step 1a: possessives and plurals.
        if let apostrophe = longest(w, w.count, [letters("'s'"), letters("'s"), letters("'")]) { w.removeLast(apostrophe.count) }
        let n = w.count
        switch longest(w, n, step1a).map(String.init(scalars:)) {
        case "sses": replace(&w, 4, "ss")
        case "ied", "ies": replace(&w, 3, n - 3 >= 2 ? "i" : "ie")
        case "s" where n - 1 > 0 && vowel(before: n - 2, in: w): w.removeLast()
        default: break
        }
        step1b(&w, p1)
        // Step 1c: a final y after a consonant that is not the first letter.
        if w.count >= 3, w[w.count - 1] == "y" || w[w.count - 1] == "Y", !vowels.contains(w[w.count - 2]) { w[w.count - 1] = "i" }
        derivational(&w, p1, p2)
        // Step 5: a final e, or the second l of a final ll.
        let last = w.count - 1
        if w.last == "e" {
            if last >= p2 || (last >= p1 && !shortSyllable(w, last)) { w.removeLast() }
        } else if w.last == "l", last >= p2, last >= 1, w[last - 1] == "l" {
            w.removeLast()
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: yFound ? w.map { $0 == "Y" ? "y" : $0 } : w)
        return String(result)
    }

    private static func step1b(_ w: inout Letters, _ p1: Int) {
        guard let suffix = longest(w, w.count, step1b) else { return }
        let name = String(scalars: suffix), start = w.count - suffix.count
        if name == "eed" || name == "eedly" {
            let stem = String(scalars: Array(w[..<start]))
            if start >= p1, stem != "succ", stem != "proc", stem != "exc" { replace(&w, suffix.count, "ee") }
            return
        }
        if name == "ing", let before = longest(w, start, beforeIng) {
            if before == ["y"], start == 2, !vowels.contains(w[0]) { replace(&w, 4, "ie"); return }
            if before != ["y"], start == before.count { return }
        }
        guard vowel(before: start, in: w) else { return }
        w.removeLast(suffix.count)
        switch longest(w, w.count, step1bEnds).map(String.init(scalars:)) {
        case "bl", "at", "iz": w.append("e")
        case .some: if !(w.count == 3 && aeo.contains(w[0])) { w.removeLast() }
        case nil: if w.count == p1 && shortSyllable(w, w.count) { w.append("e") }
        }
    }

    /// Steps 2, 3 and 4: derivational suffixes in R1, then R2.
    private static func derivational(_ w: inout Letters, _ p1: Int, _ p2: Int) {
        if let (suffix, by) = longestPair(w, step2), w.count - suffix.count >= p1 {
            let start = w.count - suffix.count
            switch String(scalars: suffix) {
            case "ogi": if start > 0, w[start - 1] == "l" { replace(&w, 3, "og") }
            case "li": if start > 0, validLI.contains(w[start - 1]) { w.removeLast(2) }
            default: replace(&w, suffix.count, by)
            }
        }
        if let (suffix, by) = longestPair(w, step3), w.count - suffix.count >= p1,
           String(scalars: suffix) != "ative" || w.count - suffix.count >= p2 {
            replace(&w, suffix.count, by)
        }
        if let suffix = longest(w, w.count, step4), w.count - suffix.count >= p2 {
            let start = w.count - suffix.count
            if String(scalars: suffix) != "ion" || (start > 0 && (w[start - 1] == "s" || w[start - 1] == "t")) {
                w.removeLast(suffix.count)
            }
        }
    }

    private static func ends(_ w: Letters, _ end: Int, _ suffix: Letters) -> Bool {
        let start = end - suffix.count
        guard start >= 0, end <= w.count else { return false }
        for i in suffix.indices where w[start + i] != suffix[i] { return false }
        return true
    }

    /// The longest of `suffixes` that `w` ends in before `end`: Snowball's `among`.
    private static func longest(_ w: Letters, _ end: Int, _ suffixes: [Letters]) -> Letters? {
        suffixes.filter { ends(w, end, $0) }.max { $0.count < $1.count }
    }

    private static func longestPair(_ w: Letters, _ pairs: [(Letters, Letters)]) -> (Letters, Letters)? {
        pairs.filter { ends(w, w.count, $0.0) }.max { $0.0.count < $1.0.count }
    }

    private static func vowel(before end: Int, in w: Letters) -> Bool {
        w[..<max(0, min(end, w.count))].contains(where: vowels.contains)
    }

    /// After the first non-vowel that follows a vowel, from `from`; nil if there is none.
    private static func region(_ w: Letters, from: Int) -> Int? {
        var c = from
        while c < w.count, !vowels.contains(w[c]) { c += 1 }
        guard c < w.count else { return nil }
        c += 1
        while c < w.count, vowels.contains(w[c]) { c += 1 }
        return c < w.count ? c + 1 : nil
    }

    /// A short syllable ends at `c`.
    private static func shortSyllable(_ w: Letters, _ c: Int) -> Bool {
        if c >= 3, !wxy.contains(w[c - 1]), vowels.contains(w[c - 2]), !vowels.contains(w[c - 3]) { return true }
        if c == 2, !vowels.contains(w[1]), vowels.contains(w[0]) { return true }
        return ends(w, c, letters("past"))
    }

    private static func replace(_ w: inout Letters, _ count: Int, _ by: String) {
        w.removeLast(count)
        w.append(contentsOf: by.unicodeScalars)
    }

    private static func replace(_ w: inout Letters, _ count: Int, _ by: Letters) {
        w.removeLast(count)
        w.append(contentsOf: by)
    }
}

private extension String {
    init(scalars: [Unicode.Scalar]) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self = String(view)
    }
}
