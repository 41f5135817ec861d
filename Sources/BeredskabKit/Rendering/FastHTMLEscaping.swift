import Mustache

/// swift-mustache escapes HTML one `Character` at a time through a dictionary,
/// which was the largest single cost of rendering a 98-kommune site. This escapes
/// the same five characters over UTF-8 bytes, and returns the string untouched
/// when there is nothing to escape (the common case).
struct FastHTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLText.escape(text) }

    /// Templates select it with a pragma the template set adds to each template
    /// (the library's own default cannot be swapped). Registered once per process.
    static let name = "BEREDSKAB_HTML"
    static let registered: Void = MustacheContentTypes.register(FastHTMLEscaping(), named: name)
    static var pragma: String { _ = registered; return "{{% CONTENT_TYPE: \(name) }}" }
}
