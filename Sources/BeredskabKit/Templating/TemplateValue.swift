/// What a template can show: text, a yes/no, a list, or a view with named fields.
/// Views are built from typed Swift values (see `TemplateValueConvertible`), so the
/// renderer switches over four cases instead of casting `Any` at every tag, which
/// was half of a national build's time with swift-mustache.
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object(View)

    /// Whether a section `{{#name}}` shows: false and empty lists are the only
    /// false values (as in Mustache); text, even empty, and views are true.
    var isShown: Bool {
        switch self {
        case .flag(let value): value
        case .list(let items): !items.isEmpty
        case .text, .object: true
        }
    }
}

/// A Swift value a view can hold. Nil (an optional without a value) leaves the
/// field out, so `{{#field}}` hides and `{{^field}}` shows.
protocol TemplateValueConvertible {
    var templateValue: TemplateValue? { get }
}

extension TemplateValue: TemplateValueConvertible {
    var templateValue: TemplateValue? { self }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue? { .text(self) }
}

extension Substring: TemplateValueConvertible {
    var templateValue: TemplateValue? { .text(String(self)) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue? { .flag(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue? { .text(String(self)) }
}

// Closures, not key paths (`compactMap(\.templateValue)`): a key path in a generic
// context is instantiated at run time, by mangled-name lookup, on every call; that
// was 7 % of a national build's CPU.
extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue? { .list(compactMap { $0.templateValue }) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue? { self?.templateValue }
}

extension Dictionary: TemplateValueConvertible where Key == String, Value: TemplateValueConvertible {
    var templateValue: TemplateValue? { .object(View(fields: compactMapValues { $0.templateValue })) }
}

/// A page's or a part's view model: the named fields its template reads. Every URL
/// in it is already relative to the page it is rendered into.
struct View: Sendable, ExpressibleByDictionaryLiteral, TemplateValueConvertible {
    private(set) var fields: [String: TemplateValue]

    init(fields: [String: TemplateValue] = [:]) { self.fields = fields }

    init(dictionaryLiteral elements: (String, any TemplateValueConvertible)...) {
        fields = Dictionary(minimumCapacity: elements.count)
        for (key, value) in elements { fields[key] = value.templateValue }
    }

    subscript(key: String) -> (any TemplateValueConvertible)? {
        get { fields[key] }
        set { fields[key] = newValue?.templateValue }
    }

    var templateValue: TemplateValue? { .object(self) }
}
