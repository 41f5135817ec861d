/// One row or column of a QR symbol as bits: bit x is the module at x, 1 for dark.
/// Three words hold the widest symbol (version 40, 177 modules), so a mask is applied
/// and judged a line at a time instead of a module at a time.
struct QRLine: Equatable, Sendable {
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0

    static let zero = QRLine()

    /// Bits 0..<count set.
    static func ones(_ count: Int) -> QRLine {
        func word(_ n: Int) -> UInt64 { n <= 0 ? 0 : n >= 64 ? ~0 : (1 << UInt64(n)) - 1 }
        return QRLine(w0: word(count), w1: word(count - 64), w2: word(count - 128))
    }

    subscript(bit: Int) -> Bool {
        get {
            let word = bit < 64 ? w0 : bit < 128 ? w1 : w2
            return word >> UInt64(bit & 63) & 1 == 1
        }
        set {
            let flag: UInt64 = 1 << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: w0 = newValue ? w0 | flag : w0 & ~flag
            case 1: w1 = newValue ? w1 | flag : w1 & ~flag
            default: w2 = newValue ? w2 | flag : w2 & ~flag
            }
        }
    }

    static func & (a: QRLine, b: QRLine) -> QRLine { QRLine(w0: a.w0 & b.w0, w1: a.w1 & b.w1, w2: a.w2 & b.w2) }
    static func | (a: QRLine, b: QRLine) -> QRLine { QRLine(w0: a.w0 | b.w0, w1: a.w1 | b.w1, w2: a.w2 | b.w2) }
    static func ^ (a: QRLine, b: QRLine) -> QRLine { QRLine(w0: a.w0 ^ b.w0, w1: a.w1 ^ b.w1, w2: a.w2 ^ b.w2) }
    static prefix func ~ (a: QRLine) -> QRLine { QRLine(w0: ~a.w0, w1: ~a.w1, w2: ~a.w2) }

    /// Every module moved one place on: bit x becomes bit x + 1.
    var shifted: QRLine {
        QRLine(w0: w0 << 1, w1: w1 << 1 | w0 >> 63, w2: w2 << 1 | w1 >> 63)
    }

    var nonzeroBitCount: Int { w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount }

    /// False where the line cannot hold 1:1:3:1:1 runs (see `QRMask`): those need
    /// the modules 1011101 in a row (1 dark, 0 light: a unit of 1), or, for a unit of
    /// 2 or more, a dark run of 6 or more with 2 light modules before it (00111111)
    /// and one with 2 after it (11111100). Most lines have neither, and this rules
    /// them out without counting their runs. A line of up to 64 modules is one word
    /// (versions 1–11, every address the site encodes).
    func mayHoldFinderLikeRuns(width: Int) -> Bool {
        if width <= 64 {
            // `d << k` holds module x - k at x, so each mask ends a pattern at x.
            let d = w0
            if d & ~(d << 1) & d << 2 & d << 3 & d << 4 & ~(d << 5) & d << 6 != 0 { return true }
            let core = d << 2 & d << 3 & d << 4 & d << 5
            return d & d << 1 & core & ~(d << 6) & ~(d << 7) != 0 && ~d & ~(d << 1) & core & d << 6 & d << 7 != 0
        }
        let s1 = shifted, s2 = s1.shifted, s3 = s2.shifted, s4 = s3.shifted, s5 = s4.shifted
        let s6 = s5.shifted, s7 = s6.shifted
        if self & ~s1 & s2 & s3 & s4 & ~s5 & s6 != .zero { return true }
        let six = s2 & s3 & s4 & s5 & s6 & s7
        let before = self & s1 & s2 & s3 & s4 & s5 & ~s6 & ~s7
        return before != .zero && ~self & ~s1 & six != .zero
    }

    /// The lengths of the line's runs of alike modules, from module 0, into `runs`;
    /// a line that starts dark gets a light run of -1 first, as libqrencode counts.
    /// `inside` has bits 1..<width set. Returns how many were written.
    func runLengths(width: Int, inside: QRLine, into runs: UnsafeMutablePointer<Int>) -> Int {
        var count = 0, start = 0
        if w0 & 1 == 1 {
            runs[0] = -1
            count = 1
        }
        let changes = (self ^ shifted) & inside
        func each(_ word: UInt64, from base: Int) {
            var word = word
            while word != 0 {
                let position = base + word.trailingZeroBitCount
                runs[count] = position - start
                count += 1
                start = position
                word &= word - 1
            }
        }
        each(changes.w0, from: 0)
        each(changes.w1, from: 64)
        each(changes.w2, from: 128)
        runs[count] = width - start
        return count + 1
    }
}
