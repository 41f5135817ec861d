/// A QR code for the live address of a printed card, drawn as inline SVG so the
/// printed page needs no image file. Error correction M survives a creased or
/// slightly smudged printout.
enum QRCode {
    /// SVG of `text`, or nil if it is too long for a QR code.
    static func svg(_ text: String, label: String) -> String? {
        guard let code = QRSymbol(bytes: Array(text.utf8)) else { return nil }
        let width = code.width
        let quiet = 4, size = width + 2 * quiet
        // Bytes written straight into a buffer sized for the worst case: a national
        // build draws ~3,000 codes, and appending byte by byte was a tenth of that.
        // A row holds at most (width + 1) / 2 dark runs of at most 20 bytes each
        // ("M<x> <y>h<run>v1h-<run>z", numbers of up to three digits).
        let capacity = width * ((width + 1) / 2) * 20
        let path = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var at = 0
            func byte(_ value: UInt8) {
                buffer[at] = value
                at += 1
            }
            func number(_ n: Int) {
                if n >= 100 { byte(UInt8(ascii: "0") + UInt8(n / 100)) }
                if n >= 10 { byte(UInt8(ascii: "0") + UInt8(n / 10 % 10)) }
                byte(UInt8(ascii: "0") + UInt8(n % 10))
            }
            for (y, row) in code.rows.enumerated() {
                var x = 0
                while x < width {
                    // Join the dark modules of a row into runs.
                    guard row[x] else { x += 1; continue }
                    let start = x
                    while x < width, row[x] { x += 1 }
                    byte(UInt8(ascii: "M")); number(start + quiet)
                    byte(UInt8(ascii: " ")); number(y + quiet)
                    byte(UInt8(ascii: "h")); number(x - start)
                    for b in "v1h-".utf8 { byte(b) }
                    number(x - start)
                    byte(UInt8(ascii: "z"))
                }
            }
            count = at
        }
        let d = String(decoding: path, as: UTF8.self)
        return """
        <svg class="qr" viewBox="0 0 \(size) \(size)" width="\(size * 3)" height="\(size * 3)" role="img" aria-label="\(label)" shape-rendering="crispEdges">\
        <rect width="\(size)" height="\(size)" fill="#fff"/><path d="\(d)" fill="#000"/></svg>
        """
    }
}
