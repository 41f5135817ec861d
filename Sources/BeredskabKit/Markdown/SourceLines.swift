/// A Markdown body's lines, found over its bytes and made into text only where a
/// message needs one: splitting every body into Substrings up front was 1 % of a
/// national build, for the few links and numbers a message points at.
struct SourceLines {
    private let bytes: [UInt8]
    /// Where each line starts in `bytes`; a last one past the end closes the last line.
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        // Line endings are already "\n" (TextDecoding).
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
        starts.append(bytes.count + 1)
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    /// Line `index`, counted from 0, without its line ending.
    subscript(index: Int) -> Substring {
        Substring(String(decoding: bytes[starts[index]..<starts[index + 1] - 1], as: UTF8.self))
    }

    /// The lines from line `first` (counted from 0) on, each with how far past `first` it is.
    func lines(from first: Int) -> some Sequence<(offset: Int, text: Substring)> {
        let start = max(first, 0)
        return (start..<max(count, start)).lazy.map { (offset: $0 - start, text: self[$0]) }
    }

    /// Characters before byte `byteColumn` (from 1) of line `index`, plus 1: the
    /// column an editor sees.
    func column(line index: Int, byteColumn: Int) -> Int {
        guard index >= 0, index < count else { return 1 }
        let start = starts[index], end = min(start + max(byteColumn - 1, 0), starts[index + 1] - 1)
        let prefix = bytes[start..<end]
        if prefix.allSatisfy({ $0 < 0x80 }) { return prefix.count + 1 }
        return String(decoding: prefix, as: UTF8.self).count + 1
    }
}
