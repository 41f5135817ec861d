/// cmark writes `<h2>` without ids. Safe mode guarantees every `<hN>` in its
/// output comes from a Markdown heading (raw HTML is dropped, text is escaped),
/// so the n-th opening tag is the n-th heading.
enum HeadingIDs {
    static func insert(_ anchors: [String], into html: String) -> String {
        guard !anchors.isEmpty else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + anchors.count * 24)
        var rest = html[...]
        var index = 0
        while index < anchors.count, let range = rest.range(of: "<h") {
            let after = rest[range.upperBound...]
            guard let digit = after.first, ("1"..."6").contains(digit),
                  after.dropFirst().first == ">" else {
                out += rest[..<range.upperBound]
                rest = after
                continue
            }
            out += rest[..<range.upperBound]
            out += "\(digit) id=\"\(anchors[index])\">"
            rest = after.dropFirst(2)
            index += 1
        }
        out += rest
        return out
    }
}

import Foundation
