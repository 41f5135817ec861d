import BeredskabKit

/// Rebuilds the site in memory after a change. See `Build.render`.
final class IncrementalBuilder: @unchecked Sendable {
    let options: BuildOptions

    init(options: BuildOptions) { self.options = options }

    func build(changed: Set<String>) -> BuildResult {
        Build.render(options)
    }
}
