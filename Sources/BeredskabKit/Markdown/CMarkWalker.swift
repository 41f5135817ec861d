import CCmark

/// Small helpers over cmark's C tree.
enum CMarkWalker {
    /// Calls `visit` on every node, on entering it, in document order.
    static func each(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The text inside a node, without markup.
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        each(node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text
    }

    /// Replaces a link with its children, keeping the text.
    static func unlink(_ link: OpaquePointer) {
        while let child = cmark_node_first_child(link) {
            cmark_node_insert_before(link, child)
        }
        cmark_node_unlink(link)
        cmark_node_free(link)
    }
}
