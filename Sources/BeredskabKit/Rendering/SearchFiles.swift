/// The files of one language's search, under `soeg/` (the default language) or
/// `<sprog>/soeg/`:
/// - `dokumenter.js`: per document only what filters need (its kommune and
///   målgrupper), the kommuner and målgrupper, the shards that exist, the documents
///   per `d/<n>.js`, the stop words (so search.js has no copy of its own), the way
///   from the search page to the site's root, and whether compounds are split;
/// - `indeks/<to bogstaver>.js`: the terms of every document starting with those letters;
/// - `kommuner/<id>.js`: all terms of one kommune's documents, for `?kommune=`;
/// - `d/<n>.js`: documents 4n to 4n + 3 as a result shows them (title, kommune,
///   målgrupper, summary and the start of the text for the excerpt), loaded only
///   when one of them is shown.
struct SearchFiles {
    /// How much of a page's text is indexed, and how much a result's excerpt can come from.
    static let indexedCharacters = 20_000
    static let excerptCharacters = 1_500
    /// Results are shown from files of this many neighbouring documents (mostly one
    /// kommune's): fewer files to write than one per document, few bytes per query.
    static let documentsPerFile = 4
    /// Where the default language's files go: beside its search page.
    static let folder = Routes.search.folder

    let files: [OutputFile]

    /// - Parameters:
    ///   - documents: the language's pages, their `sti` from the site's root.
    ///   - route: the language's search page; its files go beside it.
    ///   - audienceNames: by id, in the language.
    init(documents: [SearchDocument], language: SearchLanguage, route: Route, municipalities: [Municipality],
         audiences: [(id: String, name: String)], cache: SearchCache?) {
        let folder = route.folder
        let audienceNames = Dictionary(audiences.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var timer = StageTimer(prefix: "    search/\(language.code)/")
        let weights = Self.weights(documents, language: language, audienceNames: audienceNames, cache: cache)
        timer.lap("terms")
        let numbered = weights.enumerated().map { SearchShards.Entry(id: $0.offset, weights: $0.element) }
        let national = SearchShards(numbered, compounds: language.splitsCompounds)
        timer.lap("shards")
        let shards = national.scripts()
        var files = shards.map { OutputFile(path: "\(folder)indeks/\($0.key).js", text: $0.script) }
        let byMunicipality = Dictionary(grouping: numbered) { documents[$0.id].kommune }
        let municipalities = municipalities.filter { byMunicipality[$0.id] != nil }.sorted { $0.name < $1.name }
        files += ParallelMap.map(municipalities) { m in
            let entries = byMunicipality[m.id] ?? []
            let path = "\(folder)kommuner/\(m.id).js"
            if let kept = cache?.searchScript(path, entries: entries) { return OutputFile(path: path, text: kept) }
            let script = SearchShards(entries, compounds: language.splitsCompounds).script("k:" + m.id)
            cache?.store(searchScript: script, path: path, entries: entries)
            return OutputFile(path: path, text: script)
        }
        let setting = Table(shards: shards.map(\.key), municipalities: municipalities, audiences: audiences, language: language,
                            root: String(repeating: "../", count: folder.utf8.count(where: { $0 == UInt8(ascii: "/") })))
        files.append(OutputFile(path: "\(folder)dokumenter.js", text: Self.table(documents, setting)))
        let chunks = stride(from: 0, to: documents.count, by: Self.documentsPerFile).map { $0..<min($0 + Self.documentsPerFile, documents.count) }
        files += ParallelMap.map(chunks) { range in
            let path = "\(folder)d/\(range.lowerBound / Self.documentsPerFile).js"
            let chunk = Array(documents[range])
            if let kept = cache?.searchScript(path, documents: chunk) { return OutputFile(path: path, text: kept) }
            let script = range.map { Self.display($0, documents[$0], audienceNames) }.joined()
            cache?.store(searchScript: script, path: path, documents: chunk)
            return OutputFile(path: path, text: script)
        }
        self.files = files
        timer.lap("scripts")
    }

    /// Each document's terms and their weights: title words count most, then the
    /// summary, then type, kommune, målgrupper and situations, then the text. Words
    /// are counted per document in parallel, over their bytes; each distinct word of
    /// the whole site then becomes a String and is stemmed once.
    static func weights(_ documents: [SearchDocument], language: SearchLanguage, audienceNames: [String: String],
                        cache: SearchCache?) -> [[String: Int]] {
        let kept = documents.map { cache?.searchWeights($0) }
        let counted = ParallelMap.map(Array(documents.indices)) { i -> CountedWords? in
            guard kept[i] == nil else { return nil }
            let d = documents[i]
            var counts = WordCounts()
            let topics = [d.type, d.kommunenavn] + d.maalgrupper.map { audienceNames[$0] ?? $0 } + d.situationNames
            for (text, weight) in [(d.titel, 10), (d.resume, 4), (topics.joined(separator: " "), 2), (d.tekst, 1)] {
                SearchTerms.countWords(text, weight: weight, into: &counts)
            }
            return counts.kept()
        }
        // Each document's words as numbers in one vocabulary of the site's words.
        var vocabulary = WordCounts(capacity: 1 << 16)
        let numbered = counted.map { counts -> [(word: Int, weight: Int)] in
            guard let counts else { return [] }
            var words: [(word: Int, weight: Int)] = []
            words.reserveCapacity(counts.count)
            counts.forEach { bytes, weight, care in words.append((vocabulary.add(bytes, weight: 0, care: care), weight)) }
            return words
        }
        let words = vocabulary
        let terms = ParallelMap.map(Array(0..<words.count)) { SearchTerms.term(words.word($0), in: language) }
        return ParallelMap.map(Array(documents.indices)) { i in
            if let kept = kept[i] { return kept }
            var weights: [String: Int] = Dictionary(minimumCapacity: numbered[i].count)
            for (word, weight) in numbered[i] {
                if let term = terms[word] { weights[term, default: 0] += weight }
            }
            weights = weights.mapValues { min($0, 999) }
            cache?.store(searchWeights: weights, for: documents[i])
            return weights
        }
    }

    /// The first `count` characters of `text`. A text of no more bytes than that is
    /// whole: counting characters walks grapheme clusters, for every page indexed.
    static func leading(_ text: String, _ count: Int) -> String {
        text.utf8.count <= count ? text : String(text.prefix(count))
    }

    /// What `dokumenter.js` says besides the documents.
    private struct Table {
        let shards: [String]
        let municipalities: [Municipality]
        let audiences: [(id: String, name: String)]
        let language: SearchLanguage
        /// From the search page to the site's root, before each document's `sti`.
        let root: String
    }

    private static func table(_ documents: [SearchDocument], _ t: Table) -> String {
        let municipalityIndex = Dictionary(t.municipalities.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let audienceIndex = Dictionary(t.audiences.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var json = JSONWriter()
        json.object { w in
            w.key("dele"); w.array(t.shards) { w, key in w.raw(JSONWriter.quoted(key)) }
            w.key("kommune"); w.raw("[" + documents.map { String(municipalityIndex[$0.kommune] ?? -1) }.joined(separator: ",") + "]")
            w.key("kommuner"); w.array(t.municipalities) { w, m in w.object { $0.field("id", m.id); $0.field("navn", m.name) } }
            w.key("maalgruppe")
            w.raw("[" + documents.map { "[" + $0.maalgrupper.compactMap { audienceIndex[$0].map(String.init) }.joined(separator: ",") + "]" }
                .joined(separator: ",") + "]")
            w.key("maalgrupper"); w.array(t.audiences) { w, a in w.object { $0.field("id", a.id); $0.field("navn", a.name) } }
            // What search.js would otherwise repeat: the documents per `d/<n>.js` and the stop words.
            w.key("per_fil"); w.raw(String(documentsPerFile))
            w.field("rod", t.root)
            w.key("sammensatte"); w.raw(t.language.splitsCompounds ? "true" : "false")
            w.field("stopord", t.language.stopWords.sorted())
        }
        return "BEREDSKAB_SOEG.documents(\(json.text));\n"
    }

    private static func display(_ id: Int, _ d: SearchDocument, _ audienceNames: [String: String]) -> String {
        var json = JSONWriter()
        json.object {
            $0.field("kommunenavn", d.kommunenavn)
            $0.field("maalgrupper", d.maalgrupper.compactMap { audienceNames[$0] })
            $0.field("resume", d.resume)
            $0.field("situationer", d.situationer)
            $0.field("sti", d.sti)
            $0.field("tekst", leading(d.tekst, excerptCharacters))
            $0.field("titel", d.titel)
            $0.field("type", d.type)
        }
        return "BEREDSKAB_SOEG.document(\(id),\(json.text));\n"
    }
}
