/// The modules of a version that carry no data: finder, separator, timing and
/// alignment patterns, version information, and the format information's place.
struct QRLayout {
    /// Flags of a module in `grid`.
    static let dark: UInt8 = 1, function: UInt8 = 2

    let version: Int
    let width: Int
    /// One byte per module, row by row: the patterns drawn, everything else light.
    private(set) var grid: [UInt8]

    init(version: Int) {
        self.version = version
        width = version * 4 + 17
        grid = [UInt8](repeating: 0, count: width * width)
        for i in 0..<width {
            set(6, i, dark: i % 2 == 0)
            set(i, 6, dark: i % 2 == 0)
        }
        for (x, y) in [(3, 3), (width - 4, 3), (3, width - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<width).contains(x + dx) && (0..<width).contains(y + dy) {
                    let distance = max(abs(dx), abs(dy))
                    set(x + dx, y + dy, dark: distance != 2 && distance != 4)
                }
            }
        }
        let centres = QRLayout.alignmentCentres(version)
        for (i, x) in centres.enumerated() {
            for (j, y) in centres.enumerated() {
                let last = centres.count - 1
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { set(x + dx, y + dy, dark: max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        for (x, y) in QRLayout.formatPlaces(width: width).flatMap({ [$0.0, $0.1] }) { set(x, y, dark: false) }
        set(8, width - 8, dark: true)
        if version >= 7 {
            var remainder = version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = version << 12 | remainder
            for i in 0..<18 {
                let dark = bits >> i & 1 == 1
                set(width - 11 + i % 3, i / 3, dark: dark)
                set(i / 3, width - 11 + i % 3, dark: dark)
            }
        }
    }

    private mutating func set(_ x: Int, _ y: Int, dark: Bool) {
        grid[y * width + x] = QRLayout.function | (dark ? QRLayout.dark : 0)
    }

    /// Centres of the alignment patterns along either axis.
    static func alignmentCentres(_ version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        var result = [6]
        var position = version * 4 + 10
        while result.count < count {
            result.insert(position, at: 1)
            position -= step
        }
        return result
    }

    /// Where bit i of the 15-bit format information goes, twice: (x, y) pairs.
    static func formatPlaces(width: Int) -> [((Int, Int), (Int, Int))] {
        (0..<15).map { i in
            if i < 8 { return ((width - 1 - i, 8), (8, i < 6 ? i : i + 1)) }
            let k = i - 8
            return ((8, width - 7 + k), (k == 0 ? 7 : 6 - k, 8))
        }
    }

    /// The format information of level M and a mask: 5 bits, 10 of BCH code, masked.
    static func formatBits(mask: Int) -> Int {
        let data = mask  // level M is 00
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | remainder) ^ 0x5412
    }
}
