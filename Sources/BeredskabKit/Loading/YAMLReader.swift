import Yams

/// Parses YAML into `YAMLValue`, translating libyaml's problems into
/// messages an editor can act on.
enum YAMLReader {
    /// No implicit types: every value is read as text and typed by the field that
    /// reads it (`TypedFields`), so Yams's default resolver, which matches each plain
    /// scalar against regular expressions for numbers, dates and booleans, was work
    /// thrown away (a tenth of loading a national site).
    private static let resolver = Resolver.basic

    /// - Parameter firstLine: line of the file the YAML text starts on
    ///   (front matter starts below its `---`).
    static func parse(_ text: String, path: String, firstLine: Int = 1, diagnostics: inout Diagnostics) -> YAMLValue? {
        let shift = firstLine - 1
        let emptyLocation = SourceLocation(path: path, line: firstLine)
        do {
            // The encoding is named: Yams's default reads the whole process environment
            // on every call (for YAMS_DEFAULT_ENCODING), 2 % of a national build.
            guard let node = try Yams.compose(yaml: text, Self.resolver, .default, .utf8) else { return .null(emptyLocation) }
            return convert(node, path: path, shift: shift, diagnostics: &diagnostics)
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            let location = mark.map { SourceLocation(path: path, line: $0.line + shift, column: $0.column) } ?? emptyLocation
            diagnostics.error(message, at: location)
        } catch {
            diagnostics.error("YAML kunne ikke læses: \(error)", at: emptyLocation)
        }
        return nil
    }

    private static func convert(_ node: Node, path: String, shift: Int, diagnostics: inout Diagnostics) -> YAMLValue {
        let location = node.mark.map { SourceLocation(path: path, line: $0.line + shift, column: $0.column) }
            ?? SourceLocation(path: path)
        switch node {
        case .scalar(let scalar):
            let text = withoutNUL(scalar.string, at: location, diagnostics: &diagnostics)
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(text) {
                return .null(location)
            }
            return .scalar(text, location)
        case .mapping(let mapping):
            var entries: [YAMLValue.Entry] = []
            for (key, value) in mapping {
                let keyLocation = key.mark.map { SourceLocation(path: path, line: $0.line + shift, column: $0.column) } ?? location
                let name = withoutNUL(key.string ?? "", at: keyLocation, diagnostics: &diagnostics)
                entries.append(YAMLValue.Entry(key: name, keyLocation: keyLocation, value: convert(value, path: path, shift: shift, diagnostics: &diagnostics)))
            }
            return .mapping(entries, location)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence { items.append(convert(item, path: path, shift: shift, diagnostics: &diagnostics)) }
            return .sequence(items, location)
        case .alias:
            return .null(location)
        }
    }

    /// A NUL comes only from an escape (`"\0"`, `"\x00"`): a file holding the byte
    /// is refused as binary. No page may hold one, and a card's article marks its
    /// ids with it (`CardArticles.idPlaceholder`).
    private static func withoutNUL(_ text: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> String {
        guard text.utf8.contains(0) else { return text }
        diagnostics.error("teksten indeholder et NUL-tegn (skrevet som `\\0`, `\\x00` eller `\\u0000`), som ikke kan stå på en side; fjern det", at: location)
        return text.replacingAll("\u{0}", with: "")
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _) where context?.text.contains("quoted scalar") == true:
            // libyaml notices an unclosed quote at the end of the file; point at where it opened.
            return (translate(problem + " while scanning a quoted scalar"), context?.mark ?? mark)
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (translate(problem), mark)
        case .duplicatedKeysInMapping(let keys, let context):
            let list = keys.map { "`\($0)`" }.joined(separator: ", ")
            return ("nøglen \(list) står to gange; slet den ene, så værdien er entydig", context.mark)
        case .reader(let problem, _, _, _):
            return ("filen kunne ikke læses som tekst (\(problem)); gem den som UTF-8", nil)
        default:
            return ("YAML kunne ikke læses: \(error)", nil)
        }
    }

    /// libyaml's wording for the common slips, in words that say what to do.
    private static func translate(_ problem: String) -> String {
        if problem.contains("found character that cannot start any token") {
            return "tegnet her kan ikke stå i YAML; er der et tabulatortegn? Ryk ind med mellemrum, ikke tab"
        }
        if problem.contains("found unexpected end of stream") || problem.contains("while scanning a quoted scalar") {
            return "et citationstegn er åbnet, men ikke lukket; afslut teksten med samme slags citationstegn"
        }
        if problem.contains("mapping values are not allowed") {
            return "et kolon står et sted, hvor YAML ikke venter det; sæt teksten i anførselstegn, hvis den selv indeholder `: `"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return "indrykningen passer ikke med linjerne over; alle nøgler på samme niveau skal stå lige under hinanden"
        }
        if problem.contains("found a tab character") {
            return "indrykning med tabulatortegn er ikke tilladt i YAML; brug mellemrum"
        }
        return "YAML kunne ikke læses: \(problem)"
    }
}
