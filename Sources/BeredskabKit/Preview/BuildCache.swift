/// Everything the preview server keeps from one build to the next: files read and
/// decoded, bodies linked, and the search index's pieces, each reused while what it
/// was made from is unchanged. Pages are not kept: `SiteCatalog` renders each one
/// when it is asked for.
public final class BuildCache: Sendable {
    public let sources = SourceCache()
    public let links = LinkCache()
    public let search = SearchCache()

    public init() {}
}
