/// Sections rendered once and then copied: a kommune's akut box, footer and contact
/// lines look the same on thousands of pages, and `SharedParts` already hands every
/// such page the same view (`View.markShared`). The renderer keeps what a section
/// wrote over such a view, under the section and the view, with the names the
/// section read from outside the view (`t` for the interface texts, a field the
/// view lacks). A later page whose scope gives those names the same values gets the
/// bytes copied; any other page renders the section itself.
///
/// One per build, and per preview of one content version (`PageContext`): an entry
/// holds its section and view, so neither's identity can be reused while it is kept.
final class RenderedParts: Sendable {
    /// Where a list item sits, for `first()` and `last()` in its section (`none`: not in a list).
    enum ListPosition: UInt8 { case none, first, middle, last, only }

    struct Key: Hashable {
        let section: ObjectIdentifier
        let view: ObjectIdentifier
        let position: ListPosition
    }

    struct Entry: Sendable {
        /// Held so that the identities in the entry's key stay theirs.
        let section: TemplateName
        let view: View
        let bytes: [UInt8]
        /// Each name the section looked up outside the view, with what it found (nil: nothing).
        let reads: [(name: String, value: TemplateValue?)]
    }

    /// Versions kept per section and view: pages whose outer names differ (another
    /// language's `t`) beyond this many render the section themselves.
    static let versions = 4

    private let kept = Locked([Key: [Entry]]())

    func entries(_ key: Key) -> [Entry] {
        kept.withLock { $0[key] } ?? []
    }

    func keep(_ entry: Entry, under key: Key) {
        kept.withLock { kept in
            if kept[key, default: []].count < Self.versions { kept[key, default: []].append(entry) }
        }
    }
}

/// What a section being kept has read from outside its view.
final class PartRecording {
    /// The scope's depth at the section: frames below it are outside the view.
    let base: Int
    var reads: [(name: String, value: TemplateValue?)] = []
    /// False once the section read something the reads cannot stand for (a block of
    /// a child template).
    var keepable = true

    init(base: Int) { self.base = base }

    func note(_ name: String, _ value: TemplateValue?) {
        if !reads.contains(where: { $0.name == name }) { reads.append((name, value)) }
    }
}

extension TemplateValue {
    /// The same value for a kept section's purposes: equal texts and flags, and the
    /// very same views (a copy with equal fields counts as different, which only
    /// costs a render).
    static func same(_ a: TemplateValue?, _ b: TemplateValue?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (.text(let x)?, .text(let y)?): x == y
        case (.flag(let x)?, .flag(let y)?): x == y
        case (.object(let x)?, .object(let y)?): x.isSame(as: y)
        case (.list(let x)?, .list(let y)?): x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default: false
        }
    }
}
