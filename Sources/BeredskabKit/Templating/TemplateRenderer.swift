/// Renders parsed templates into one growing buffer of UTF-8 bytes (appending to a
/// String checked and grew its storage at every tag). Names are looked up from the
/// innermost section's value outwards, as in Mustache.
struct TemplateRenderer {
    let templates: [String: Template]

    /// A list's item being rendered, for `first()` and `last()`.
    private struct Position { let index: Int; let count: Int }

    private struct Scope {
        var stack: [TemplateValue]
        var position: Position?
        /// The blocks of the child templates being rendered, the most derived first.
        var blocks: [String: [TemplateNode]]
        /// Sections over shared views rendered before (nil: render everything).
        let parts: RenderedParts?
        /// The shared section being rendered to be kept, if any.
        var recording: PartRecording?
    }

    /// - Parameter parts: sections over shared views, kept across the pages of one
    ///   build; nil renders every section anew.
    func render(_ name: String, _ view: View, parts: RenderedParts? = nil) -> String {
        String(decoding: renderBytes(name, view, parts: parts), as: UTF8.self)
    }

    func renderBytes(_ name: String, _ view: View, parts: RenderedParts? = nil) -> [UInt8] {
        guard let template = templates[name] else { return [] }
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        var scope = Scope(stack: [.object(view)], position: nil, blocks: [:], parts: parts)
        render(template.nodes, &scope, into: &output)
        return output
    }

    private func render(_ nodes: [TemplateNode], _ scope: inout Scope, into output: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let text):
                output.append(contentsOf: text.utf8)
            case .variable(let name, let escaped):
                switch value(name, scope) {
                case .text(let text):
                    if escaped { HTMLText.escape(text, into: &output) } else { output.append(contentsOf: text.utf8) }
                case .flag(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
                case .list, .object, nil: break
                }
            case .section(let name, let body, let inverted):
                let found = value(name, scope)
                if inverted {
                    if !(found?.isShown ?? false) { render(body, &scope, into: &output) }
                } else if let found {
                    section(found, name, body, &scope, into: &output)
                }
            case .partial(let name, let indentation):
                guard let template = templates[name] else { break }
                indented(indentation, into: &output) { render(template.nodes, &scope, into: &$0) }
            case .parent(let name, let blocks, let indentation):
                guard let template = templates[name] else { break }
                let saved = scope.blocks
                scope.blocks.merge(blocks) { derived, _ in derived }
                indented(indentation, into: &output) { render(template.nodes, &scope, into: &$0) }
                scope.blocks = saved
            case .block(let name, let fallback):
                scope.recording?.keepable = false // the reads do not cover the blocks in scope
                render(scope.blocks[name] ?? fallback, &scope, into: &output)
            }
        }
    }

    private func section(_ value: TemplateValue, _ name: TemplateName, _ body: [TemplateNode], _ scope: inout Scope,
                         into output: inout [UInt8]) {
        switch value {
        case .flag(let shown):
            if shown { render(body, &scope, into: &output) }
        case .list(let items):
            let saved = scope.position
            for (index, item) in items.enumerated() {
                scope.position = Position(index: index, count: items.count)
                if case .object(let view) = item, view.isShared, let parts = scope.parts {
                    let position: RenderedParts.ListPosition = items.count == 1 ? .only : index == 0 ? .first : index == items.count - 1 ? .last : .middle
                    shared(view, name, body, position, parts, &scope, into: &output)
                } else {
                    scope.stack.append(item)
                    render(body, &scope, into: &output)
                    scope.stack.removeLast()
                }
            }
            scope.position = saved
        case .text, .object:
            let saved = scope.position
            scope.position = nil
            if case .object(let view) = value, view.isShared, let parts = scope.parts {
                shared(view, name, body, .none, parts, &scope, into: &output)
            } else {
                scope.stack.append(value)
                render(body, &scope, into: &output)
                scope.stack.removeLast()
            }
            scope.position = saved
        }
    }

    /// A section over a shared view: copied from an earlier page whose scope read the
    /// same, else rendered and kept (see `RenderedParts`).
    private func shared(_ view: View, _ name: TemplateName, _ body: [TemplateNode], _ position: RenderedParts.ListPosition,
                        _ parts: RenderedParts, _ scope: inout Scope, into output: inout [UInt8]) {
        let key = RenderedParts.Key(section: ObjectIdentifier(name), view: view.identity, position: position)
        // An entry holds its section and view, so the identities in the key are theirs.
        for entry in parts.entries(key) where matches(entry.reads, scope) {
            output.append(contentsOf: entry.bytes)
            return
        }
        scope.stack.append(.object(view))
        // Inside a section being kept, an inner one is rendered as part of it: what
        // it reads from outside is then read from outside the outer one too.
        guard scope.recording == nil else {
            render(body, &scope, into: &output)
            scope.stack.removeLast()
            return
        }
        let recording = PartRecording(base: scope.stack.count - 1)
        let start = output.count
        scope.recording = recording
        render(body, &scope, into: &output)
        scope.recording = nil
        scope.stack.removeLast()
        if recording.keepable {
            parts.keep(.init(section: name, view: view, bytes: Array(output[start...]), reads: recording.reads), under: key)
        }
    }

    /// Whether the names a kept section read outside its view find the same here.
    private func matches(_ reads: [(name: String, value: TemplateValue?)], _ scope: Scope) -> Bool {
        reads.allSatisfy { TemplateValue.same(innermost(of: $0.name, in: scope.stack)?.value, $0.value) }
    }

    /// Each line a partial writes starts with the indentation its tag had (empty
    /// lines stay empty).
    private func indented(_ indentation: String, into output: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        guard !indentation.isEmpty else { return body(&output) }
        var part: [UInt8] = []
        body(&part)
        let newline = UInt8(ascii: "\n")
        var start = 0
        while start <= part.count {
            let end = part[start...].firstIndex(of: newline) ?? part.count
            if end > start { output.append(contentsOf: indentation.utf8) }
            output.append(contentsOf: part[start..<end])
            if end < part.count { output.append(newline) }
            start = end + 1
        }
    }

    private func value(_ name: TemplateName, _ scope: Scope) -> TemplateValue? {
        var found: TemplateValue?
        if name.path.isEmpty {
            // first() / last(): where the current item is in its list.
            guard let position = scope.position, let function = name.functions.first else { return nil }
            return .flag(function == .first ? position.index == 0 : position.index == position.count - 1)
        } else if name.isCurrent {
            found = scope.stack.last
        } else {
            found = lookUp(name.path, in: scope.stack, recording: scope.recording)
        }
        for function in name.functions {
            guard let value = found else { return nil }
            found = apply(function, to: value)
        }
        return found
    }

    /// A dotted name: its first part in the innermost frame that has it, the rest
    /// inside that (as in Mustache).
    private func lookUp(_ path: [String], in stack: [TemplateValue], recording: PartRecording?) -> TemplateValue? {
        guard let (found, frame) = innermost(of: path[0], in: stack) else {
            recording?.note(path[0], nil)
            return nil
        }
        if let recording, frame < recording.base { recording.note(path[0], found) }
        var value = found
        for k in 1..<path.count {
            guard let next = value.field(path[k]) else { return nil }
            value = next
        }
        return value
    }

    /// The innermost frame's field `name`, and that frame's depth.
    private func innermost(of name: String, in stack: [TemplateValue]) -> (value: TemplateValue, frame: Int)? {
        // By index, innermost first: `reversed()` and `for in` copied every frame.
        var i = stack.count - 1
        while i >= 0 {
            if let value = stack[i].field(name) { return (value, i) }
            i -= 1
        }
        return nil
    }

    private func apply(_ function: TemplateName.Function, to value: TemplateValue) -> TemplateValue? {
        switch (function, value) {
        case (.empty, .list(let items)): .flag(items.isEmpty)
        case (.empty, .text(let text)): .flag(text.isEmpty)
        case (.count, .list(let items)): .text(String(items.count))
        case (.first, .list(let items)): items.first
        case (.last, .list(let items)): items.last
        default: nil
        }
    }
}
