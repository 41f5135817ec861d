import CCmark

/// Phone numbers typed into a body's running text instead of a `kontakt:` link.
/// A number written in prose cannot be corrected in one place, and it is the
/// number on a printed card that someone dials in a hurry.
enum PhoneMentions {
    struct Mention {
        let text: String
        let location: SourceLocation
    }

    /// Eight-digit Danish numbers as people write them (`48 10 01 00`, `48100100`,
    /// `4810 0100`, `48 100 100`), with or without `+45`; not part of a longer number.
    static var pattern: Regex<(Substring, Substring)> { /(?:^|[^\d+.,\/-])((?:\+45 ?)?(?:[2-9]\d ?\d{2} ?\d{2} ?\d{2}|[2-9]\d \d{3} \d{3}))(?![\d.,\/-]?\d)/ }

    /// The numbers in text nodes outside links and code, with their place in the file.
    static func find(in document: OpaquePointer, lines: SourceLines, markdown: MarkdownText) -> [Mention] {
        var mentions: [Mention] = []
        CMarkWalker.each(document) { node in
            guard cmark_node_get_type(node) == CMARK_NODE_TEXT, !isInsideLink(node),
                  let literal = cmark_node_get_literal(node) else { return }
            let text = String(cString: literal)
            // Most text holds no eight digits at all: skip the regular expression there.
            guard text.utf8.lazy.filter({ (0x30...0x39).contains($0) }).count >= 8 else { return }
            for match in text.matches(of: pattern) {
                let number = String(match.output.1)
                mentions.append(Mention(text: number, location: locate(number, from: node, lines: lines, markdown: markdown)))
            }
        }
        return mentions
    }

    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let p = parent {
            if cmark_node_get_type(p) == CMARK_NODE_LINK { return true }
            parent = cmark_node_parent(p)
        }
        return false
    }

    /// Inline nodes carry no position in cmark 0.30: search from the block's first line.
    private static func locate(_ number: String, from node: OpaquePointer, lines: SourceLines, markdown: MarkdownText) -> SourceLocation {
        var block: OpaquePointer? = node
        while let b = block, cmark_node_get_start_line(b) == 0 { block = cmark_node_parent(b) }
        let first = block.map { Int(cmark_node_get_start_line($0)) } ?? 1
        for (offset, line) in lines.lines(from: first - 1) {
            if let range = line.range(of: number) {
                return SourceLocation(path: markdown.path, line: first + offset + markdown.firstLine - 1,
                                      column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return SourceLocation(path: markdown.path, line: first + markdown.firstLine - 1, column: 1)
    }
}
