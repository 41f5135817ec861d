/// A small JSON writer for the search index: keys in the order written (sorted by
/// the caller, for byte-identical output), strings escaped, and `</` written as
/// `<\/` so the file could never end a script element. JSONEncoder on Linux was a
/// tenth of a 98-kommune build.
struct JSONWriter {
    private(set) var text = ""
    private var needsComma = false

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        comma(); text += "{"; needsComma = false
        body(&self)
        text += "}"; needsComma = true
    }

    mutating func array<T>(_ items: [T], _ element: (inout JSONWriter, T) -> Void) {
        text += "["; needsComma = false
        for item in items { element(&self, item) }
        text += "]"; needsComma = true
    }

    /// A value encoded by another writer.
    mutating func raw(_ json: String) { comma(); text += json; needsComma = true }

    mutating func key(_ name: String) {
        comma(); string(name); text += ":"; needsComma = false
    }

    mutating func field(_ name: String, _ value: String) { key(name); string(value); needsComma = true }

    mutating func field(_ name: String, _ values: [String]) {
        key(name); text += "["
        for (i, v) in values.enumerated() { if i > 0 { text += "," }; string(v) }
        text += "]"; needsComma = true
    }

    /// `value` as a JSON string.
    static func quoted(_ value: String) -> String {
        var writer = JSONWriter()
        writer.string(value)
        return writer.text
    }

    private mutating func comma() { if needsComma { text += "," } }

    private mutating func string(_ value: String) {
        text += "\""
        var previous: UInt8 = 0
        var clean = true
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || (byte == 0x2F && previous == 0x3C) {
            clean = false; previous = byte; break
        }
        if clean, !value.containsBytes("</") {
            text += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\t": text += "\\t"
                case "\r": text += "\\r"
                case "/" where text.hasSuffix("<"): text += "\\/"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
