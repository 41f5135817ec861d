import BeredskabKit

/// Rebuilds the site in memory after a change, reusing what the change cannot
/// have affected: unchanged files are not read or decoded again, unchanged bodies
/// are not re-linked, and no page is rendered until it is asked for (see
/// `BuildCache` and `SiteCatalog`).
final class IncrementalBuilder: Sendable {
    let options: BuildOptions
    private let cache = BuildCache()

    init(options: BuildOptions) { self.options = options }

    func build(changed: Set<String>) -> Preview {
        Build.preview(options, cache: cache, changed: changed)
    }
}
