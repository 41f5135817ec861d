/// Reads the keys of one YAML mapping (a front matter, a list entry, a CSV row)
/// into typed values, reporting missing, malformed and unknown keys.
struct FieldReader {
    private let entries: [String: YAMLValue.Entry]
    private let known: [String]
    let location: SourceLocation
    /// How the thing is named in messages: "kortet", "kontakten", …
    private let noun: String
    /// A CSV row: an empty cell is "kolonnen … er tom", and a column the header
    /// lacks, or does not know, was reported once at the header.
    private let isTableRow: Bool

    /// - Returns: nil (with an error) when `value` is not a mapping.
    init?(_ value: YAMLValue, noun: String, known: [String], isTableRow: Bool = false, diagnostics: inout Diagnostics) {
        guard case .mapping(let list, let location) = value else {
            diagnostics.error("\(noun) skal være en samling af nøgler (`nøgle: værdi`), men er \(value.kindName)", at: value.location)
            return nil
        }
        var entries: [String: YAMLValue.Entry] = [:]
        for entry in list where entries[entry.key] == nil { entries[entry.key] = entry }
        self.entries = entries
        self.known = known
        self.location = location
        self.noun = noun
        self.isTableRow = isTableRow
        for entry in list where !known.contains(entry.key) && !isTableRow {
            diagnostics.warning(
                "ukendt nøgle `\(entry.key)` i \(noun) bliver ikke brugt" + Suggestion.hint(for: entry.key, in: known),
                at: entry.keyLocation)
        }
    }

    /// The keys the mapping has (a CSV row: the header's columns).
    var keys: [String] { Array(entries.keys) }

    func value(_ key: String) -> YAMLValue? {
        guard let value = entries[key]?.value else { return nil }
        if case .null = value { return nil }
        return value
    }

    func keyLocation(_ key: String) -> SourceLocation {
        entries[key]?.keyLocation ?? location
    }

    func missing(_ key: String, example: String, diagnostics: inout Diagnostics) {
        if isTableRow {
            guard let entry = entries[key] else { return } // the header lacks the column: said once, there
            diagnostics.error("kolonnen `\(key)` er tom; skriv fx \(example)", at: entry.keyLocation)
        } else {
            diagnostics.error("nøglen `\(key)` mangler i \(noun); tilføj fx `\(key): \(example)`", at: location)
        }
    }

    /// A single line of plain text.
    func text(_ key: String, required: Bool = false, example: String = "…", diagnostics: inout Diagnostics) -> String? {
        guard let value = value(key) else {
            if required { missing(key, example: example, diagnostics: &diagnostics) }
            return nil
        }
        guard case .scalar(let text, _) = value else {
            diagnostics.error("`\(key)` skal være en tekst, men er \(value.kindName)", at: value.location)
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { missing(key, example: example, diagnostics: &diagnostics) }
            return nil
        }
        return trimmed
    }

    /// A scalar or a list of scalars, each with its location.
    func list(_ key: String, required: Bool = false, example: String = "…", diagnostics: inout Diagnostics) -> [(String, SourceLocation)] {
        guard let value = value(key) else {
            if required { missing(key, example: example, diagnostics: &diagnostics) }
            return []
        }
        switch value {
        case .scalar(let text, let location):
            return [(text.trimmingSpaces(), location)]
        case .sequence(let items, _):
            var result: [(String, SourceLocation)] = []
            for item in items {
                if case .scalar(let text, let location) = item {
                    result.append((text.trimmingSpaces(), location))
                } else {
                    diagnostics.error("hvert punkt i `\(key)` skal være en tekst, men dette er \(item.kindName)", at: item.location)
                }
            }
            if result.isEmpty && required { missing(key, example: example, diagnostics: &diagnostics) }
            return result
        default:
            diagnostics.error("`\(key)` skal være en tekst eller en liste, men er \(value.kindName)", at: value.location)
            return []
        }
    }

    /// The location of the key's value, or of the key itself.
    func valueLocation(_ key: String) -> SourceLocation {
        value(key)?.location ?? keyLocation(key)
    }
}
