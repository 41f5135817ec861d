/// What a template can show: text, a yes/no, a list, or a view with named fields.
/// Views are built from typed Swift values (see `TemplateValueConvertible`), so the
/// renderer switches over four cases instead of casting `Any` at every tag, which
/// was half of a national build's time with swift-mustache.
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object(View)

    /// A view's field; nil for anything else. A method on the value, so the renderer
    /// reads a view on its scope where it is, without copying it out first.
    func field(_ name: String) -> TemplateValue? {
        guard case .object(let view) = self else { return nil }
        return view.field(name)
    }

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
    var templateValue: TemplateValue? {
        // Lists of views and texts, nearly all lists, go round the generic path: called
        // through a view literal's `any TemplateValueConvertible`, it is unspecialized,
        // and its metadata lookups and witness calls were 4 % of a national build.
        if Element.self == View.self { return .list(unsafeBitCast(self, to: [View].self).map { .object($0) }) }
        if Element.self == String.self { return .list(unsafeBitCast(self, to: [String].self).map { .text($0) }) }
        if Element.self == TemplateValue.self { return .list(unsafeBitCast(self, to: [TemplateValue].self)) }
        return .list(compactMap { $0.templateValue })
    }
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
/// interface texts, `t`) also keeps an index. The list lives in one shared object,
/// copied only when a shared view is changed: the renderer copies views at every
/// lookup, and one reference counts once where three arrays counted three times.
struct View: Sendable, ExpressibleByDictionaryLiteral, TemplateValueConvertible {
    // Changed only while uniquely referenced (`set`), so no two accesses can overlap:
    // the run-time exclusivity checks were 1 % of a national build.
    private final class Fields: @unchecked Sendable {
        @exclusivity(unchecked) var names: [String] = []
        @exclusivity(unchecked) var values: [TemplateValue] = []
        @exclusivity(unchecked) var index: [String: Int]?
        /// Made once and shown on many pages (`markShared`); a changed copy is not.
        @exclusivity(unchecked) var isShared = false

        init(capacity: Int) {
            names.reserveCapacity(capacity)
            values.reserveCapacity(capacity)
        }

        init(copying other: Fields) {
            names = other.names
            values = other.values
            index = other.index
        }

        func append(_ name: String, _ value: TemplateValue) {
            names.append(name)
            values.append(value)
            if index != nil {
                index?[name] = names.count - 1
            } else if names.count > View.indexed {
                reindex()
            }
        }

        func reindex() {
            index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        }
    }

    private var fields: Fields

    /// Views with more fields than this are looked up through an index.
    fileprivate static let indexed = 24

    init(fields: [String: TemplateValue] = [:]) {
        self.fields = Fields(capacity: fields.count)
        for (name, value) in fields { self.fields.append(name, value) }
    }

    /// The names of a literal are different (as a dictionary literal's must be), so
    /// each field is appended without looking for an earlier one of its name.
    init(dictionaryLiteral elements: (String, any TemplateValueConvertible)...) {
        fields = Fields(capacity: elements.count)
        for (key, value) in elements {
            assert(!fields.names.contains(key), "`\(key)` twice in one view literal")
            if let value = value.templateValue { fields.append(key, value) }
        }
    }

    /// The field's value, as the renderer reads it.
    func field(_ name: String) -> TemplateValue? {
        let fields = fields
        if let index = fields.index { return index[name].map { fields.values[$0] } }
        // The list read once: read from the object in the loop, it was retained and
        // released at every name compared.
        let names = fields.names
        for i in names.indices where names[i] == name { return fields.values[i] }
        return nil
    }

    subscript(key: String) -> (any TemplateValueConvertible)? {
        get { field(key) }
        set { set(key, newValue?.templateValue) }
    }

    private mutating func set(_ name: String, _ value: TemplateValue?) {
        if !isKnownUniquelyReferenced(&fields) { fields = Fields(copying: fields) }
        let f = fields
        let position = f.index.map { $0[name] } ?? f.names.firstIndex(of: name)
        switch (position, value) {
        case (let i?, let value?):
            f.values[i] = value
        case (let i?, nil):
            f.names.remove(at: i)
            f.values.remove(at: i)
            if f.index != nil { f.reindex() }
        case (nil, let value?):
            f.append(name, value)
        case (nil, nil):
            break
        }
    }

    var templateValue: TemplateValue? { .object(self) }

    /// Marks a view that many pages show as it is (a kommune's akut box, a contact
    /// line), so the renderer may copy what a section wrote over it before
    /// (`RenderedParts`). Changing the view afterwards gives an unmarked copy.
    mutating func markShared() {
        if !isKnownUniquelyReferenced(&fields) { fields = Fields(copying: fields) }
        fields.isShared = true
    }

    var isShared: Bool { fields.isShared }

    /// The view's identity, for a section kept under it.
    var identity: ObjectIdentifier { ObjectIdentifier(fields) }

    /// The very same view, not a copy.
    func isSame(as other: View) -> Bool { fields === other.fields }
}
