/// Splits a template's text into text pieces (none crossing a line end) and tags,
/// so the parser can see which tags stand alone on their line.
struct TemplateLexer {
    enum Piece {
        /// Text up to and including a line end, or up to the next tag.
        case text(String, endsLine: Bool)
        case tag(Tag)
    }

    struct Tag {
        enum Kind: UInt8 {
            case variable = 0, unescaped, section, inverted, close, comment, partial, parent, block
            /// Tags that vanish with their line when they stand alone on it (Mustache's "standalone" rule).
            var canStandAlone: Bool { !(self == .variable || self == .unescaped) }
        }
        let kind: Kind
        /// The name as written, spaces trimmed: `empty(cards)`, `site.title`, `base`.
        let name: String
        /// Byte offsets of `{{` and just past the closing `}}`.
        let start: Int
        let end: Int
    }

    let bytes: [UInt8]

    init(_ source: String) { bytes = Array(source.utf8) }

    func pieces() throws(TemplateSyntaxError) -> [Piece] {
        var pieces: [Piece] = []
        var position = 0
        while position < bytes.count {
            let open = findPair(UInt8(ascii: "{"), from: position) ?? bytes.count
            appendText(from: position, to: open, into: &pieces)
            guard open < bytes.count else { break }
            let tag = try readTag(at: open)
            pieces.append(.tag(tag))
            position = tag.end
        }
        return pieces
    }

    private func appendText(from start: Int, to end: Int, into pieces: inout [Piece]) {
        var lineStart = start
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                pieces.append(.text(string(lineStart, index + 1), endsLine: true))
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < end { pieces.append(.text(string(lineStart, end), endsLine: false)) }
    }

    private func readTag(at start: Int) throws(TemplateSyntaxError) -> Tag {
        var index = start + 2
        let sigil = index < bytes.count ? bytes[index] : 0
        let kind: Tag.Kind
        switch sigil {
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "{"), UInt8(ascii: "&"): kind = .unescaped
        case UInt8(ascii: "="):
            throw error("`{{=` (andre afgrænsere end {{ }}) understøttes ikke; skriv mærkerne med {{ og }}", at: start)
        case UInt8(ascii: "%"):
            throw error("`{{%` (pragmaer) understøttes ikke; fjern mærket", at: start)
        default: kind = .variable
        }
        if kind != .variable { index += 1 }
        if kind == .comment {
            guard let close = findPair(UInt8(ascii: "}"), from: index) else {
                throw error("kommentaren `{{!` lukkes aldrig med `}}`", at: start)
            }
            return Tag(kind: kind, name: "", start: start, end: close + 2)
        }
        index = skipSpaces(from: index)
        let nameStart = index
        while index < bytes.count, Self.isNameByte(bytes[index], partial: kind == .partial || kind == .parent) { index += 1 }
        let name = string(nameStart, index)
        index = skipSpaces(from: index)
        let closing: [UInt8] = sigil == UInt8(ascii: "{") ? Array("}}}".utf8) : Array("}}".utf8)
        guard index + closing.count <= bytes.count, Array(bytes[index..<index + closing.count]) == closing else {
            let written = string(start, nameStart) + name
            throw error("mærket `\(written)` skal lukkes med `\(String(decoding: closing, as: UTF8.self))` lige efter navnet", at: index)
        }
        guard !name.isEmpty else {
            throw error("mærket `\(string(start, index + closing.count))` mangler et navn", at: nameStart)
        }
        return Tag(kind: kind, name: name, start: start, end: index + closing.count)
    }

    private static func isNameByte(_ byte: UInt8, partial: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "("), UInt8(ascii: ")"): true
        case UInt8(ascii: "/"): partial
        default: false
        }
    }

    private func skipSpaces(from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index
    }

    /// The offset of the next `{{` or `}}`.
    private func findPair(_ byte: UInt8, from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == byte, bytes[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }

    func string(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

    /// A syntax error at a byte offset, located by line and column (in characters).
    func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return TemplateSyntaxError(message: message, line: line, column: column)
    }
}

struct TemplateSyntaxError: Error, Sendable {
    let message: String
    let line: Int
    let column: Int
}
