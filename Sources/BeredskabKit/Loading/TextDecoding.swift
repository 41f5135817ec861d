import Foundation

/// Turns file bytes into text the way a Danish editor's tools save it:
/// UTF-8 with or without a byte-order mark, Windows-1252 (Excel's
/// "CSV (semikolonsepareret)" on Danish Windows), or UTF-16 with a byte-order
/// mark (Excel's "Unicode-tekst", tab-separated).
enum TextDecoding {
    enum Failure: Error {
        case binary
    }

    struct Decoded {
        let text: String
        let wasWindows1252: Bool
    }

    static func decode(_ data: Data) throws(Failure) -> Decoded {
        var bytes = data[...]
        if let text = utf16(bytes) { return Decoded(text: normalizeNewlines(text), wasWindows1252: false) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // A NUL byte never occurs in text an editor saved; such a file is an image,
        // an archive or a damaged copy, and parsing it would only produce noise.
        // Over the buffer, not Data's iterator: this runs for every file of the site.
        let utf8 = bytes.withUnsafeBytes { raw -> String?? in
            guard let base = raw.baseAddress else { return .some("") }
            guard memchr(base, 0, raw.count) == nil else { return .none }
            return .some(String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self))
        }
        guard let utf8 else { throw .binary }
        if let text = utf8 {
            return Decoded(text: normalizeNewlines(text), wasWindows1252: false)
        }
        var decoded = String.UnicodeScalarView()
        for byte in bytes {
            decoded.append(Unicode.Scalar(windows1252ToUnicode(byte)) ?? "\u{FFFD}")
        }
        // Many control characters mean the bytes were never text in any encoding.
        if decoded.filter({ $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }).count > 8 {
            throw .binary
        }
        return Decoded(text: normalizeNewlines(String(decoded)), wasWindows1252: true)
    }

    /// Text behind a UTF-16 byte-order mark (little- or big-endian), if it decodes.
    private static func utf16(_ bytes: Data.SubSequence) -> String? {
        let littleEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) { littleEndian = true } else if bytes.starts(with: [0xFE, 0xFF]) { littleEndian = false } else { return nil }
        let body = Array(bytes.dropFirst(2))
        guard body.count % 2 == 0 else { return nil }
        let units = stride(from: 0, to: body.count, by: 2).map { i in
            littleEndian ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1])
        }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator(), decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                guard scalar != "\0" else { return nil }
                text.append(scalar)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return String(text)
    }

    /// CRLF and lone CR as LF, over UTF-8 bytes (Foundation's replacing was a tenth
    /// of loading a national site saved on Windows).
    private static func normalizeNewlines(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil else { return text }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0D {
                    out.append(0x0A)
                    if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    out.append(bytes[i])
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
    private static func windows1252ToUnicode(_ byte: UInt8) -> UInt32 {
        guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        return table[Int(byte - 0x80)]
    }
}
