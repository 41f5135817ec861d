/// Escaping for text placed in HTML or XML: the five characters that could end
/// a text node or an attribute value. One function for the templates' escaper,
/// the feed, the sitemap and the preview server's error panel.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        let entityOfByte = entityOfByte
        guard text.utf8.contains(where: { entityOfByte[Int($0)] != nil }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &escaped)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// The characters escaped, with their entities: one list for escaping here and
    /// for reading text back out of HTML (`PlainText`).
    static let entities: [(character: UInt8, entity: [UInt8])] = [
        (UInt8(ascii: "&"), Array("&amp;".utf8)), (UInt8(ascii: "<"), Array("&lt;".utf8)),
        (UInt8(ascii: ">"), Array("&gt;".utf8)), (UInt8(ascii: "\""), Array("&quot;".utf8)),
        (UInt8(ascii: "'"), Array("&#39;".utf8)),
    ]

    /// The entity of each byte that has one.
    private static let entityOfByte: [[UInt8]?] = {
        var table = [[UInt8]?](repeating: nil, count: 256)
        for (character, entity) in entities { table[Int(character)] = entity }
        return table
    }()

    /// The same, written onto the end of `output` (the template renderer's buffer).
    static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        let entityOfByte = entityOfByte
        text.withUTF8 { bytes in
            var copied = 0
            for i in bytes.indices {
                guard let entity = entityOfByte[Int(bytes[i])] else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                output.append(contentsOf: entity)
                copied = i + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }
}
