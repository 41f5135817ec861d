/// A YAML (or CSV row) value that remembers where each part was written,
/// so every later stage can point the editor at the exact line and column.
public indirect enum YAMLValue: Sendable {
    case scalar(String, SourceLocation)
    case mapping([Entry], SourceLocation)
    case sequence([YAMLValue], SourceLocation)
    case null(SourceLocation)

    public struct Entry: Sendable {
        public let key: String
        public let keyLocation: SourceLocation
        public let value: YAMLValue
    }

    public var location: SourceLocation {
        switch self {
        case .scalar(_, let l), .mapping(_, let l), .sequence(_, let l), .null(let l): l
        }
    }

    /// How the value is named in a message: "en liste", "en tabel", …
    /// A mapping's keys; none for anything else.
    var mappingKeys: [String] {
        if case .mapping(let entries, _) = self { return entries.map(\.key) }
        return []
    }

    var kindName: String {
        switch self {
        case .scalar: "en tekst"
        case .mapping: "en samling af nøgler"
        case .sequence: "en liste"
        case .null: "ingenting"
        }
    }
}
