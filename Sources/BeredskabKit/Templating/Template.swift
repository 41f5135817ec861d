/// A parsed Mustache template: the subset of Mustache the site's templates use,
/// which kommuner restyle in `templates/` — variables (`{{x}}` escaped, `{{{x}}}` and
/// `{{&x}}` not), sections and inverted sections, partials (`{{>name}}`), template
/// inheritance (`{{<base}}` with `{{$block}}`), comments, dotted names, `{{.}}`, and
/// the functions `empty(x)`, `count(x)`, `first(x)`, `last(x)`, `first()` and `last()`.
struct Template: Sendable {
    let nodes: [TemplateNode]
    /// The partials and parents it names, for the check that no template includes itself.
    let includes: Set<String>

    init(nodes: [TemplateNode]) {
        self.nodes = nodes
        self.includes = TemplateNode.includes(nodes)
    }
}

indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, [TemplateNode], inverted: Bool)
    case partial(String, indentation: String)
    /// `{{<parent}}`: the parent template rendered with these blocks replacing its own.
    case parent(String, blocks: [String: [TemplateNode]], indentation: String)
    /// `{{$name}}default{{/name}}`: a block a child template can replace.
    case block(String, [TemplateNode])

    static func includes(_ nodes: [TemplateNode]) -> Set<String> {
        var names: Set<String> = []
        for node in nodes {
            switch node {
            case .text, .variable: break
            case .section(_, let body, _), .block(_, let body): names.formUnion(includes(body))
            case .partial(let name, _): names.insert(name)
            case .parent(let name, let blocks, _):
                names.insert(name)
                for body in blocks.values { names.formUnion(includes(body)) }
            }
        }
        return names
    }
}

/// A name in a tag: a dotted path, optionally inside functions (`empty(cards)`).
/// A class: the renderer copies every node it passes, and a node holding one
/// reference counts once where the two lists counted twice.
final class TemplateName: Sendable {
    enum Function: String, Sendable, CaseIterable { case empty, count, first, last }

    /// `["."]` for `{{.}}` (the current value); empty for `first()` and `last()`.
    let path: [String]
    /// Innermost first: `count(first(x))` is `[.first, .count]`.
    let functions: [Function]
    /// `{{.}}`
    let isCurrent: Bool

    init(path: [String], functions: [Function]) {
        self.path = path
        self.functions = functions
        isCurrent = path == ["."]
    }
}
