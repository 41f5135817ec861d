/// Splits a Markdown file into its YAML front matter (between `---` lines at the
/// very top) and its body, keeping the line each part starts on.
struct FrontMatter: Equatable {
    let yaml: String
    /// Line of the file the first YAML line is on.
    let yamlFirstLine: Int
    let body: String
    /// Line of the file the first body line is on.
    let bodyFirstLine: Int

    enum Failure: Error, Equatable {
        /// The file starts with `---` but no closing `---` follows.
        case unclosed
        /// The file has no front matter at all.
        case missing
    }

    static func split(_ text: String) throws(Failure) -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, isDelimiter(first) else { throw .missing }
        guard let close = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) else { throw .unclosed }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2)
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.trimmingSuffix(while: { $0 == " " || $0 == "\t" }) == "---"
    }
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
