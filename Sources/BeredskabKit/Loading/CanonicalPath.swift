/// One spelling of a path as the user gave it (`content/`, `./content`,
/// `content//kort`), so the loader's cache keys, diagnostics and the preview
/// server's watcher all name a file the same way: an edit can never miss its
/// cache entry for want of a slash.
public enum CanonicalPath {
    /// No empty or `.` components and no trailing slash; `/` and a leading `/` kept.
    public static func folder(_ raw: String) -> String {
        let absolute = raw.hasPrefix("/")
        let parts = raw.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// A child of a canonical folder.
    public static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }
}
