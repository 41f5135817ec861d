import Foundation

/// cmark writes `<h2>` without ids. Safe mode guarantees every `<hN>` in its
/// output comes from a Markdown heading (raw HTML is dropped, text is escaped),
/// so the n-th opening tag is the n-th heading.
enum HeadingIDs {
    /// Over cmark's bytes as it wrote them: one copy into the String, not a String
    /// made and then copied again (Foundation's `range(of:)`, NSString on Linux, was
    /// once a large share of linking a national site).
    static func insert(_ anchors: [String], into bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !anchors.isEmpty, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + anchors.count * 24)
        var index = 0, i = 0, copied = 0
        let n = bytes.count
        while index < anchors.count, i + 3 < n {
            // The next `<`, by memchr: most of the body is text between tags.
            guard let found = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else { break }
            i = UnsafePointer<UInt8>(OpaquePointer(found)) - base
            // `<hN>` with N in 1...6
            if i + 3 < n, bytes[i + 1] == 0x68, (0x31...0x36).contains(bytes[i + 2]), bytes[i + 3] == 0x3E {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<(i + 3)]))
                out.append(contentsOf: " id=\"".utf8)
                out.append(contentsOf: anchors[index].utf8)
                out.append(contentsOf: "\">".utf8)
                index += 1
                i += 4
                copied = i
            } else {
                i += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        return String(decoding: out, as: UTF8.self)
    }
}
