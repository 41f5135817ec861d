import Foundation

/// One file of the finished site, in memory.
public struct OutputFile: Sendable, Hashable {
    /// Path inside `site/`, e.g. `kommuner/alleroed/index.html`.
    public let path: String
    public let contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }

    public var text: String { String(decoding: contents, as: UTF8.self) }
}
