/// Escaping for text placed in HTML or XML: the five characters that could end
/// a text node or an attribute value. One function for the templates' escaper,
/// the feed, the sitemap and the preview server's error panel.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        return text.replacingAll([("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")])
    }
}
