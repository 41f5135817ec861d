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
///
/// Fields are kept in a list, not a dictionary: a view has about ten, and a national
/// build makes millions of views, so hashing each key to store it and again to read
/// it cost more than comparing a few short names. A view with many fields (the
/// interface texts, `t`) also keeps an index.
struct View: Sendable, ExpressibleByDictionaryLiteral, TemplateValueConvertible {
    private var names: [String] = []
    private var values: [TemplateValue] = []
    private var index: [String: Int]?

    /// Views with more fields than this are looked up through `index`.
    private static let indexed = 24

    init(fields: [String: TemplateValue] = [:]) {
        names.reserveCapacity(fields.count)
        values.reserveCapacity(fields.count)
        for (name, value) in fields { names.append(name); values.append(value) }
        if names.count > Self.indexed { reindex() }
    }

    init(dictionaryLiteral elements: (String, any TemplateValueConvertible)...) {
        names.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (key, value) in elements { set(key, value.templateValue) }
    }

    /// The field's value, as the renderer reads it.
    func field(_ name: String) -> TemplateValue? {
        if let index { return index[name].map { values[$0] } }
        for i in names.indices where names[i] == name { return values[i] }
        return nil
    }

    subscript(key: String) -> (any TemplateValueConvertible)? {
        get { field(key) }
        set { set(key, newValue?.templateValue) }
    }

    private mutating func set(_ name: String, _ value: TemplateValue?) {
        let position = index.map { $0[name] } ?? names.firstIndex(of: name)
        switch (position, value) {
        case (let i?, let value?):
            values[i] = value
        case (let i?, nil):
            names.remove(at: i)
            values.remove(at: i)
            if index != nil { reindex() }
        case (nil, let value?):
            names.append(name)
            values.append(value)
            if index != nil {
                index?[name] = names.count - 1
            } else if names.count > Self.indexed {
                reindex()
            }
        case (nil, nil):
            break
        }
    }

    private mutating func reindex() {
        index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    var templateValue: TemplateValue? { .object(self) }
}
