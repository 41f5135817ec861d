/// The search index as small scripts the search page loads on demand: a query
/// loads the shard of each of its words (terms sharing their first two letters),
/// or one kommune's index when the search is limited to that kommune, then the
/// files of the results it shows. Classic scripts, not fetch(): they load from
/// file:// too, under the pages' Content-Security-Policy.
struct SearchShards {
    /// Term → (document, weight) pairs, documents ascending.
    typealias Postings = [String: [(document: Int, weight: Int)]]

    let terms: Postings
    /// Compound parts: "aegteskab" → the documents of "tvangsaegteskab", so a word
    /// finds the compounds that end in it (Danish writes compounds as one word).
    let parts: Postings

    /// Parts shorter than this are not looked for inside compounds.
    static let minimumPart = 4

    /// A document as the index sees it: its number and its terms' weights.
    struct Entry: Equatable, Sendable {
        let id: Int
        let weights: [String: Int]
    }

    /// - Parameter compounds: also index the parts of compounds (see `parts`).
    init(_ documents: [Entry], compounds: Bool = true) {
        var terms: Postings = [:]
        for document in documents {
            for (term, weight) in document.weights { terms[term, default: []].append((document.id, weight)) }
        }
        for term in terms.keys { terms[term]?.sort { $0.document < $1.document } }
        self.terms = terms
        self.parts = compounds ? Self.compoundParts(terms) : [:]
    }

    private static func compoundParts(_ terms: Postings) -> Postings {
        var parts: [String: [Int: Int]] = [:]
        for (term, postings) in terms {
            for part in suffixes(of: term) {
                guard terms[part] != nil else { continue }
                Self.merge(postings, into: &parts[part, default: [:]])
            }
        }
        return parts.mapValues { $0.sorted { $0.key < $1.key }.map { (document: $0.key, weight: $0.value) } }
    }

    /// A compound's postings as its part's: half the weight, at least 1, the highest
    /// where several compounds of one document end in the part.
    private static func merge(_ postings: [(document: Int, weight: Int)], into weights: inout [Int: Int]) {
        for posting in postings {
            let weight = max(1, posting.weight / 2)
            if let kept = weights[posting.document], kept >= weight { continue }
            weights[posting.document] = weight
        }
    }

    /// A term's endings from its third letter on that are at least `minimumPart`
    /// letters long, longest first. Over bytes when the term is ASCII, as nearly all
    /// folded terms are.
    private static func suffixes(of term: String) -> [String] {
        let utf8 = term.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.count >= minimumPart + 2 else { return [] }
            return (2...(utf8.count - minimumPart)).map { String(Substring(utf8.dropFirst($0))) }
        }
        let letters = Array(term)
        guard letters.count >= minimumPart + 2 else { return [] }
        return (2...(letters.count - minimumPart)).map { String(letters[$0...]) }
    }

    /// The shard a term belongs to: its first two letters, `_` for anything but a–z and 0–9.
    static func key(_ term: String) -> String {
        var key = ""
        for character in term.prefix(2) {
            key += character.isASCII && (character.isLetter || character.isNumber) ? String(character) : "_"
        }
        return key.count == 2 ? key : key + "_"
    }

    /// `BEREDSKAB_SOEG.shard(name, {"d": {part: [Δdocument, weight, …]}, "t": {term: […]}})` per key.
    func scripts() -> [(key: String, script: String)] {
        var byKey: [String: (parts: [String], terms: [String])] = [:]
        for part in parts.keys { byKey[Self.key(part), default: ([], [])].parts.append(part) }
        for term in terms.keys { byKey[Self.key(term), default: ([], [])].terms.append(term) }
        return byKey.keys.sorted().map { key in
            let group = byKey[key] ?? ([], [])
            return (key, script(key, parts: group.parts.sorted(), terms: group.terms.sorted()))
        }
    }

    /// One script with every term: a kommune's whole index.
    func script(_ name: String) -> String {
        script(name, parts: parts.keys.sorted(), terms: terms.keys.sorted())
    }

    private func script(_ name: String, parts partNames: [String], terms termNames: [String]) -> String {
        var json = JSONWriter()
        json.object { w in
            for (field, names, postings) in [("d", partNames, parts), ("t", termNames, terms)] {
                w.key(field)
                w.object { w in
                    for term in names {
                        w.key(term)
                        w.raw(Self.encode(postings[term] ?? []))
                    }
                }
            }
        }
        return "BEREDSKAB_SOEG.shard(\(JSONWriter.quoted(name)),\(json.text));\n"
    }

    /// `[Δdocument, weight, …]`: document numbers as differences, which keeps them short.
    /// Written as bytes: a national index has millions of numbers.
    static func encode(_ postings: [(document: Int, weight: Int)]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(postings.count * 6 + 2)
        var previous = 0
        for (i, posting) in postings.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            appendDecimal(posting.document - previous, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            appendDecimal(posting.weight, to: &bytes)
            previous = posting.document
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 0 else {
            bytes.append(UInt8(ascii: "-"))
            return appendDecimal(-value, to: &bytes)
        }
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
