/// What the load stage hands to the model stage: every content file parsed into
/// YAML values and Markdown bodies, each with its source locations.
public struct YAMLSource: Sendable {
    public let path: String
    public let root: YAMLValue
}

public struct MarkdownSource: Sendable {
    /// From the file name: `kort/tvangsaegteskab-under-18.md` → `tvangsaegteskab-under-18`.
    public let id: String
    public let path: String
    public let frontMatter: YAMLValue
    public let body: String
    public let bodyFirstLine: Int
    /// A translation's language (`<id>.en.md`); nil for the original.
    public var language: String? = nil
}

public struct MunicipalitySource: Sendable {
    public let id: String
    public let folder: String
    public let settings: YAMLSource?
    public let plan: MarkdownSource?
    /// Each contact as a mapping of column → value, whether it came from CSV or YAML.
    public let contacts: [ContactRecord]
    public let contactsPath: String?
    /// The table is missing, doubled or could not be parsed (reported): references
    /// to the kommune's contacts are not reported again, one by one.
    public let contactsUnreadable: Bool
    public let cards: [MarkdownSource]
    public let actionPlan: YAMLSource?
}

public struct LoadedContent: Sendable {
    public let folder: String
    public let site: YAMLSource?
    public let organisations: YAMLSource?
    public let situations: YAMLSource?
    public let audiences: YAMLSource?
    public let terms: [MarkdownSource]
    public let pages: [MarkdownSource]
    public let municipalities: [MunicipalitySource]
    /// Same keys as `Site.unreadable`, for files that failed to load.
    public var unreadable: Set<String> = []
}

/// One contact as written: a mapping of column → value, from a CSV row or a YAML entry.
public struct ContactRecord: Sendable {
    public let value: YAMLValue
    /// The row number a spreadsheet shows, for a CSV row: messages name it.
    public let row: Int?
    /// A CSV row whose fields did not line up with the header (already reported):
    /// only its id is read, so that references to it are not reported again.
    public let isBroken: Bool

    init(_ value: YAMLValue, row: Int? = nil, isBroken: Bool = false) {
        self.value = value
        self.row = row
        self.isBroken = isBroken
    }
}
