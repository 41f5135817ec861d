/// A QR code for the live address of a printed card, drawn as inline SVG so the
/// printed page needs no image file. Error correction M survives a creased or
/// slightly smudged printout.
enum QRCode {
    /// SVG of `text`, or nil if it is too long for a QR code.
    static func svg(_ text: String, label: String) -> String? {
        guard let code = QRSymbol(bytes: Array(text.utf8)) else { return nil }
        let width = code.width
        let quiet = 4, size = width + 2 * quiet
        // Bytes, not string interpolation: a national build draws ~3,000 codes.
        var path = [UInt8]()
        path.reserveCapacity(width * width * 4)
        func number(_ n: Int) {
            if n >= 100 { path.append(UInt8(ascii: "0") + UInt8(n / 100)) }
            if n >= 10 { path.append(UInt8(ascii: "0") + UInt8(n / 10 % 10)) }
            path.append(UInt8(ascii: "0") + UInt8(n % 10))
        }
        for (y, row) in code.rows.enumerated() {
            var x = 0
            while x < width {
                // Join the dark modules of a row into runs.
                guard row[x] else { x += 1; continue }
                let start = x
                while x < width, row[x] { x += 1 }
                // "M<x> <y>h<run>v1h-<run>z"
                path.append(UInt8(ascii: "M")); number(start + quiet)
                path.append(UInt8(ascii: " ")); number(y + quiet)
                path.append(UInt8(ascii: "h")); number(x - start)
                path.append(contentsOf: "v1h-".utf8); number(x - start)
                path.append(UInt8(ascii: "z"))
            }
        }
        let d = String(decoding: path, as: UTF8.self)
        return """
        <svg class="qr" viewBox="0 0 \(size) \(size)" width="\(size * 3)" height="\(size * 3)" role="img" aria-label="\(label)" shape-rendering="crispEdges">\
        <rect width="\(size)" height="\(size)" fill="#fff"/><path d="\(d)" fill="#000"/></svg>
        """
    }
}
