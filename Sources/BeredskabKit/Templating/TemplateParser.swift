/// Parses a template into nodes: the lexer's pieces, minus the lines that hold only
/// one section, partial or comment tag (Mustache's standalone rule, so templates can
/// put each tag on its own line without blank lines in the HTML), nested by sections.
enum TemplateParser {
    static func parse(_ source: String) throws(TemplateSyntaxError) -> Template {
        let lexer = TemplateLexer(source)
        let pieces = standalone(try lexer.pieces())
        var builder = TreeBuilder(lexer: lexer)
        for piece in pieces { try builder.add(piece) }
        return Template(nodes: try builder.finish())
    }

    /// A piece after the standalone rule: a tag standing alone keeps the whitespace
    /// before it, which indents a partial.
    enum Item {
        case text(String)
        case tag(TemplateLexer.Tag, indentation: String)
    }

    static func standalone(_ pieces: [TemplateLexer.Piece]) -> [Item] {
        var items: [Item] = []
        var line: [TemplateLexer.Piece] = []
        func flush() {
            let tags = line.compactMap { piece -> TemplateLexer.Tag? in
                if case .tag(let tag) = piece { return tag } else { return nil }
            }
            let blank = line.allSatisfy { piece in
                if case .text(let text, _) = piece { return text.utf8.allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 } }
                return true
            }
            if tags.count == 1, tags[0].kind.canStandAlone, blank {
                var indentation = ""
                if case .text(let text, _) = line.first { indentation = text }
                items.append(.tag(tags[0], indentation: indentation))
            } else {
                for piece in line {
                    switch piece {
                    case .text(let text, _): items.append(.text(text))
                    case .tag(let tag): items.append(.tag(tag, indentation: ""))
                    }
                }
            }
            line.removeAll()
        }
        for piece in pieces {
            line.append(piece)
            if case .text(_, true) = piece { flush() }
        }
        flush()
        return items
    }
}

/// Nests the items: each section, block and parent collects the nodes up to its close tag.
private struct TreeBuilder {
    struct Open {
        let tag: TemplateLexer.Tag
        let indentation: String
        var nodes: [TemplateNode] = []
    }

    let lexer: TemplateLexer
    var stack: [Open] = []
    var top: [TemplateNode] = []

    init(lexer: TemplateLexer) { self.lexer = lexer }

    mutating func add(_ item: TemplateParser.Item) throws(TemplateSyntaxError) {
        switch item {
        case .text(let text):
            if let parent = stack.last, parent.tag.kind == .parent {
                // Inside {{<parent}} only blocks count; text there would never show.
                guard text.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) else {
                    throw lexer.error("tekst inde i `{{<\(parent.tag.name)}}` vises aldrig; sæt den i en blok `{{$navn}}…{{/navn}}`", at: parent.tag.end)
                }
                return
            }
            append(.text(text))
        case .tag(let tag, let indentation):
            try add(tag, indentation: indentation)
        }
    }

    private mutating func add(_ tag: TemplateLexer.Tag, indentation: String) throws(TemplateSyntaxError) {
        if let parent = stack.last, parent.tag.kind == .parent, tag.kind != .block, tag.kind != .close, tag.kind != .comment {
            throw lexer.error("inde i `{{<\(parent.tag.name)}}` kan kun stå blokke `{{$navn}}…{{/navn}}`", at: tag.start)
        }
        switch tag.kind {
        case .comment: break
        case .variable, .unescaped:
            append(.variable(try name(tag), escaped: tag.kind == .variable))
        case .partial:
            append(.partial(tag.name, indentation: indentation))
        case .section, .inverted, .block, .parent:
            if tag.kind == .section || tag.kind == .inverted { _ = try name(tag) }
            stack.append(Open(tag: tag, indentation: indentation))
        case .close:
            guard let open = stack.popLast() else {
                throw lexer.error("`{{/\(tag.name)}}` lukker en sektion, som ikke er åbnet", at: tag.start)
            }
            guard open.tag.name == tag.name else {
                let line = lexer.error("", at: open.tag.start).line
                throw lexer.error("`{{/\(tag.name)}}` passer ikke til `{{\(Self.sigil(open.tag.kind))\(open.tag.name)}}` fra linje \(line); skriv `{{/\(open.tag.name)}}`", at: tag.start)
            }
            append(try close(open))
        }
    }

    private func close(_ open: Open) throws(TemplateSyntaxError) -> TemplateNode {
        switch open.tag.kind {
        case .block: return .block(open.tag.name, open.nodes)
        case .parent:
            var blocks: [String: [TemplateNode]] = [:]
            for case .block(let name, let body) in open.nodes { blocks[name] = body }
            return .parent(open.tag.name, blocks: blocks, indentation: open.indentation)
        default:
            return .section(try name(open.tag), open.nodes, inverted: open.tag.kind == .inverted)
        }
    }

    private mutating func append(_ node: TemplateNode) {
        if stack.isEmpty { top.append(node) } else { stack[stack.count - 1].nodes.append(node) }
    }

    func finish() throws(TemplateSyntaxError) -> [TemplateNode] {
        if let open = stack.last {
            throw lexer.error("`{{\(Self.sigil(open.tag.kind))\(open.tag.name)}}` lukkes aldrig; skriv `{{/\(open.tag.name)}}`", at: open.tag.start)
        }
        return top
    }

    /// `a.b`, `.`, `empty(cards)`, `count(first(x))`, `first()`.
    private func name(_ tag: TemplateLexer.Tag) throws(TemplateSyntaxError) -> TemplateName {
        var rest = Substring(tag.name)
        var functions: [TemplateName.Function] = []
        while let paren = rest.firstIndex(of: "(") {
            let word = String(rest[..<paren])
            guard let function = TemplateName.Function(rawValue: word) else {
                let known = TemplateName.Function.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                throw lexer.error("ukendt funktion `\(word)(…)` i `\(tag.name)`; skabelonerne kender \(known)", at: tag.start)
            }
            functions.insert(function, at: 0)
            rest = rest[rest.index(after: paren)...]
        }
        let closing = rest.reversed().prefix { $0 == ")" }.count
        guard closing == functions.count, !rest.dropLast(closing).contains(")") else {
            throw lexer.error("parenteserne i `\(tag.name)` passer ikke sammen", at: tag.start)
        }
        let path = rest.dropLast(closing)
        if path == "." { return TemplateName(path: ["."], functions: functions) }
        if path.isEmpty {
            // first() and last() alone ask where the current item is in its list.
            guard functions == [.first] || functions == [.last] else {
                throw lexer.error("`\(tag.name)` mangler et navn", at: tag.start)
            }
            return TemplateName(path: [], functions: functions)
        }
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else {
            throw lexer.error("navnet `\(path)` har et tomt led; skriv fx `site.title`", at: tag.start)
        }
        return TemplateName(path: parts, functions: functions)
    }

    private static func sigil(_ kind: TemplateLexer.Tag.Kind) -> String {
        switch kind {
        case .section: "#"
        case .inverted: "^"
        case .block: "$"
        case .parent: "<"
        default: ""
        }
    }
}
