/// An id the editor wrote that points at another thing (a contact, an audience, …).
/// The model keeps it unresolved with its location; the link stage resolves it.
public struct Reference: Sendable, Hashable {
    public let id: String
    public let location: SourceLocation
    /// What the editor wrote when it was no id at all (a contact's display name,
    /// say): the link stage reports it with the closest id that exists.
    public let written: String?

    public init(_ id: String, at location: SourceLocation, written: String? = nil) {
        self.id = id
        self.location = location
        self.written = written
    }
}

/// A Markdown body as written, with where it starts in its file.
public struct MarkdownText: Sendable {
    public let text: String
    public let path: String
    public let firstLine: Int
}
