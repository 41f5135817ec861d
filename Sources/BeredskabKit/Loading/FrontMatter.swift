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

    /// Walks the lines over UTF-8 bytes only as far as the closing `---`: the body,
    /// most of a plan's bytes, is sliced off whole, without its final line break.
    static func split(_ text: String) throws(Failure) -> FrontMatter {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if isDelimiter(text[lineStart..<lineEnd]) {
                guard let start = yamlStart else {
                    yamlStart = next
                    lineStart = next
                    lineNumber += 1
                    continue
                }
                let yaml = start < lineStart ? String(text[start..<utf8.index(before: lineStart)]) : ""
                var end = utf8.endIndex
                if next < end, utf8.last == UInt8(ascii: "\n") { end = utf8.index(before: end) }
                return FrontMatter(yaml: yaml, yamlFirstLine: 2, body: String(text[next..<end]), bodyFirstLine: lineNumber + 1)
            }
            guard yamlStart != nil else { throw .missing }
            lineStart = next
            lineNumber += 1
        }
        throw yamlStart == nil ? .missing : .unclosed
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
