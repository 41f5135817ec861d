import CCmark

public enum BeredskabVersion {
    /// The release number; `make dist` names the tarball after it.
    public static let current = "0.2.0"

    /// `beredskab --version`: the release and the cmark it was built with, since cmark
    /// decides how every page's Markdown is read.
    public static var full: String {
        "beredskab \(current) (cmark \(String(cString: cmark_version_string())))"
    }
}
