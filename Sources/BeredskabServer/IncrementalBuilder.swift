import BeredskabKit

/// Rebuilds the site in memory after a change, reusing what the change cannot
/// have affected: unchanged files are not read again, unchanged bodies are not
/// re-linked, and a change inside one kommune re-renders that kommune's pages
/// and the site-wide ones (see `BuildCache`).
final class IncrementalBuilder: Sendable {
    let options: BuildOptions
    private let cache = BuildCache()

    init(options: BuildOptions) { self.options = options }

    func build(changed: Set<String>) -> BuildResult {
        Build.render(options, cache: cache, changed: changed)
    }
}
