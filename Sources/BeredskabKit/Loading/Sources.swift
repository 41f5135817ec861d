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
}

public struct MunicipalitySource: Sendable {
    public let id: String
    public let folder: String
    public let settings: YAMLSource?
    public let plan: MarkdownSource?
    /// Each contact as a mapping of column → value, whether it came from CSV or YAML.
    public let contacts: [YAMLValue]
    public let contactsPath: String?
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
