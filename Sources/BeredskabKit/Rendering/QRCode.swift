import CQRencode

/// A QR code for the live address of a printed card, drawn as inline SVG so the
/// printed page needs no image file. Error correction M survives a creased or
/// slightly smudged printout.
enum QRCode {
    /// SVG of `text`, or nil if libqrencode cannot encode it (too long).
    static func svg(_ text: String, label: String) -> String? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let quiet = 4, size = width + 2 * quiet
        // Bytes, not string interpolation: a national build draws ~3,000 codes.
        var path = [UInt8]()
        path.reserveCapacity(width * width * 4)
        func number(_ n: Int) { path.append(contentsOf: String(n).utf8) }
        for y in 0..<width {
            var x = 0
            while x < width {
                // Bit 0 of each module byte is 1 for a dark module; join dark runs per row.
                guard code.pointee.data[y * width + x] & 1 == 1 else { x += 1; continue }
                let start = x
                while x < width, code.pointee.data[y * width + x] & 1 == 1 { x += 1 }
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
