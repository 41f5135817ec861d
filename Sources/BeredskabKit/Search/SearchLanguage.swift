/// How one language's words become search terms: its stemmer, its function words,
/// whether compounds are looked for by their parts, and the script that stems the
/// reader's words on that language's search page (the same algorithm as `stem`).
/// A language without a Snowball stemmer here is searched by whole words and prefixes.
struct SearchLanguage: Sendable {
    let code: String
    let stem: @Sendable (String) -> String
    /// Folded (see `SearchTerms.fold`): left out of the index and of queries.
    let stopWords: Set<String>
    /// Danish writes compounds as one word: "ægteskab" should find "tvangsægteskab".
    let splitsCompounds: Bool
    /// Under the site's `assets/`; nil when the page needs no stemmer.
    let stemmerScript: String?

    static func of(_ code: String) -> SearchLanguage {
        switch code {
        case "da": danish
        case "en": english
        default: SearchLanguage(code: code, stem: { $0 }, stopWords: [], splitsCompounds: false, stemmerScript: nil)
        }
    }

    static let danish = SearchLanguage(
        code: "da", stem: DanishStemmer.stem, splitsCompounds: true, stemmerScript: "danish-stem.js",
        // Snowball's Danish stop words and the question words.
        stopWords: """
            og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi \
            min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle \
            vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også \
            under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange \
            ad bliver hendes været thi jer sådan ved kan gør hvordan hvem hvornår hvorfor
            """)

    static let english = SearchLanguage(
        code: "en", stem: EnglishStemmer.stem, splitsCompounds: false, stemmerScript: "english-stem.js",
        // Snowball's English stop words, without the contractions (the search splits words at apostrophes).
        stopWords: """
            i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers \
            herself it its itself they them their theirs themselves what which who whom this that these those am is \
            are was were be been being have has had having do does did doing would should could ought a an the and \
            but if or because as until while of at by for with about against between into through during before \
            after above below to from up down in out on off over under again further then once here there when \
            where why how all any both each few more most other some such no nor not only own same so than too very
            """)

    private init(code: String, stem: @escaping @Sendable (String) -> String, splitsCompounds: Bool, stemmerScript: String?, stopWords: String) {
        self.init(code: code, stem: stem, stopWords: Set(stopWords.split(separator: " ").map { SearchTerms.fold(String($0)) }),
                  splitsCompounds: splitsCompounds, stemmerScript: stemmerScript)
    }

    private init(code: String, stem: @escaping @Sendable (String) -> String, stopWords: Set<String>, splitsCompounds: Bool, stemmerScript: String?) {
        self.code = code
        self.stem = stem
        self.stopWords = stopWords
        self.splitsCompounds = splitsCompounds
        self.stemmerScript = stemmerScript
    }
}
