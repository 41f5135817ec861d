/// cmark writes `<h2>` without ids. Safe mode guarantees every `<hN>` in its
/// output comes from a Markdown heading (raw HTML is dropped, text is escaped),
/// so the n-th opening tag is the n-th heading.
enum HeadingIDs {
    static func insert(_ anchors: [String], into html: String) -> String {
        guard !anchors.isEmpty else { return html }
        var html = html
        // Over bytes: the tags are ASCII, and Foundation's `range(of:)` (NSString on
        // Linux) was a large share of linking a national site.
        return html.withUTF8 { bytes -> String in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + anchors.count * 24)
            var index = 0, i = 0, copied = 0
            let n = bytes.count
            while index < anchors.count, i + 3 < n {
                // `<hN>` with N in 1...6
                if bytes[i] == 0x3C, bytes[i + 1] == 0x68, (0x31...0x36).contains(bytes[i + 2]), bytes[i + 3] == 0x3E {
                    out.append(contentsOf: bytes[copied..<(i + 3)])
                    out.append(contentsOf: Array(" id=\"\(anchors[index])\">".utf8))
                    index += 1
                    i += 4
                    copied = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: bytes[copied..<n])
            return String(decoding: out, as: UTF8.self)
        }
    }
}

import Foundation
