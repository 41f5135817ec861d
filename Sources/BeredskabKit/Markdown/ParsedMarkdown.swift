import CCmark

/// One Markdown body parsed by cmark, with its links and headings collected.
///
/// cmark's tree is mutable C memory, so this is a class that owns and frees it.
/// It is parsed once, read by the link stage, and rendered once: each body
/// belongs to exactly one page, so links are made relative to that page as
/// they are resolved. cmark is thread-safe per document, hence `@unchecked Sendable`.
public final class ParsedMarkdown: @unchecked Sendable {
    public struct Link {
        public let target: LinkTarget
        public let location: SourceLocation
        /// The link's text, for messages and for links that render as plain text.
        public let text: String
        fileprivate let node: OpaquePointer
    }

    public struct Heading: Sendable {
        public let level: Int
        public let text: String
        public let anchor: String
    }

    public let links: [Link]
    public let headings: [Heading]
    /// Where the body has images: the site has no place for them, and an image
    /// from another server would tell that server who reads the page.
    public let imageLocations: [SourceLocation]
    /// Phone numbers written in the running text rather than linked (`kontakt:`).
    let phoneMentions: [PhoneMentions.Mention]
    private let document: OpaquePointer

    public init(_ markdown: MarkdownText) {
        document = markdown.text.utf8CString.withUnsafeBufferPointer { buffer in
            // The buffer always holds at least the terminating NUL, so it has an address.
            cmark_parse_document(buffer.baseAddress, buffer.count - 1, CMARK_OPT_VALIDATE_UTF8)
        }
        let lines = SourceLines(markdown.text)
        var links: [Link] = []
        var headingNodes: [(Int, String)] = []
        var images: [SourceLocation] = []
        CMarkWalker.each(document) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let location = Self.location(of: node, url: url, lines: lines, markdown: markdown)
                links.append(Link(target: LinkTarget(url), location: location, text: CMarkWalker.plainText(node), node: node))
            case CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                images.append(Self.location(of: node, url: url, lines: lines, markdown: markdown))
            case CMARK_NODE_HEADING:
                headingNodes.append((Int(cmark_node_get_heading_level(node)), CMarkWalker.plainText(node)))
            default: break
            }
        }
        let anchors = HeadingAnchor.unique(headingNodes.map(\.1))
        self.links = links
        self.imageLocations = images
        self.phoneMentions = PhoneMentions.find(in: document, lines: lines, markdown: markdown)
        self.headings = zip(headingNodes, anchors).map { Heading(level: $0.0, text: $0.1, anchor: $1) }
    }

    deinit { cmark_node_free(document) }

    public enum Rewrite {
        case href(String)
        /// Keep the text, drop the link (an unresolved or intranet-only target).
        case plainText
    }

    /// The body as HTML. `rewrites[i]` replaces the URL of `links[i]`.
    /// cmark's safe mode drops raw HTML and `javascript:`/`vbscript:`/`data:` URLs.
    public func html(rewriting rewrites: [Rewrite]) -> String {
        for (link, rewrite) in zip(links, rewrites) {
            switch rewrite {
            case .href(let url): cmark_node_set_url(link.node, url)
            case .plainText: CMarkWalker.unlink(link.node)
            }
        }
        guard let raw = cmark_render_html(document, CMARK_OPT_SAFE) else { return "" }
        defer { free(raw) }
        return raw.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            HeadingIDs.insert(headings.map(\.anchor), into: UnsafeBufferPointer(start: bytes, count: strlen(raw)))
        }
    }

    /// cmark numbers columns in bytes from the start of the body; editors count
    /// characters from the start of the file.
    private static func location(of node: OpaquePointer, url: String, lines: SourceLines, markdown: MarkdownText) -> SourceLocation {
        var line = Int(cmark_node_get_start_line(node))
        var byteColumn = Int(cmark_node_get_start_column(node))
        if line == 0 {
            // Inline nodes may lack positions; find the link's URL from its block's line.
            var block: OpaquePointer? = node
            while let b = block, cmark_node_get_start_line(b) == 0 { block = cmark_node_parent(b) }
            line = block.map { Int(cmark_node_get_start_line($0)) } ?? 1
            byteColumn = 0
            for (offset, text) in lines.lines(from: line - 1) {
                if let range = text.range(of: "](" + url) ?? text.range(of: url) {
                    line += offset
                    let prefix = text[..<range.lowerBound]
                    let start = prefix.lastIndex(of: "[") ?? range.lowerBound
                    byteColumn = text[..<start].utf8.count + 1
                    break
                }
            }
        }
        let column = lines.column(line: line - 1, byteColumn: byteColumn)
        return SourceLocation(path: markdown.path, line: line + markdown.firstLine - 1, column: column)
    }
}

import Foundation
