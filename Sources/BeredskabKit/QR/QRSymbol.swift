/// A QR code (ISO/IEC 18004, model 2) holding bytes in byte mode at error correction
/// level M: a creased or slightly smudged printout still scans. The smallest version
/// that fits is chosen, and the mask the way libqrencode chooses it, so a code is the
/// one `qrencode -l M -8` draws (the tests hold the two side by side).
struct QRSymbol: Sendable {
    let version: Int
    /// The modules row by row, bit x of row y dark when set.
    let rows: [QRLine]

    var width: Int { version * 4 + 17 }

    /// nil when `bytes` do not fit in version 40.
    init?(bytes: [UInt8]) {
        guard let version = (1...40).first(where: { QRSymbol.fits(bytes.count, version: $0) }) else { return nil }
        self.version = version
        let layout = QRLayout(version: version)
        var grid = layout.grid
        QRSymbol.place(QRSymbol.codewords(bytes, version: version), in: &grid, width: layout.width)
        rows = QRMask.apply(best: grid, layout: layout)
    }

    // MARK: Capacity (level M)

    /// Error correction codewords per block and number of blocks, versions 1–40.
    private static let eccPerBlock = [
        10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
        26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ]
    private static let blocks = [
        1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
        17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ]

    /// Codewords of a version, data and error correction together.
    static func totalCodewords(_ version: Int) -> Int {
        var modules = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            modules -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { modules -= 36 }
        }
        return modules / 8
    }

    static func dataCodewords(_ version: Int) -> Int {
        totalCodewords(version) - eccPerBlock[version - 1] * blocks[version - 1]
    }

    /// Bits of the character count: 8 up to version 9, then 16.
    private static func countBits(_ version: Int) -> Int { version <= 9 ? 8 : 16 }

    static func fits(_ count: Int, version: Int) -> Bool {
        4 + countBits(version) + 8 * count <= 8 * dataCodewords(version)
    }

    // MARK: Codewords

    /// Mode, count, bytes, terminator and padding, split into blocks with their error
    /// correction and interleaved.
    private static func codewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: countBits(version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacity = dataCodewords(version) * 8
        bits.append(0, count: min(4, capacity - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var data = bits.bytes
        var pad: UInt8 = 0xEC
        while data.count < capacity / 8 {
            data.append(pad)
            pad ^= 0xEC ^ 0x11
        }

        let blockCount = blocks[version - 1], eccLength = eccPerBlock[version - 1]
        let total = totalCodewords(version)
        let shortBlocks = blockCount - total % blockCount
        let shortData = total / blockCount - eccLength
        let divisor = ReedSolomon.divisor(degree: eccLength)
        var dataBlocks: [ArraySlice<UInt8>] = [], eccBlocks: [[UInt8]] = []
        var start = 0
        for block in 0..<blockCount {
            let length = shortData + (block < shortBlocks ? 0 : 1)
            let slice = data[start..<start + length]
            dataBlocks.append(slice)
            eccBlocks.append(ReedSolomon.remainder(of: slice, divisor: divisor))
            start += length
        }
        var result: [UInt8] = []
        result.reserveCapacity(total)
        for i in 0...shortData {
            for block in dataBlocks where i < block.count { result.append(block[block.startIndex + i]) }
        }
        for i in 0..<eccLength {
            for block in eccBlocks { result.append(block[i]) }
        }
        return result
    }

    // MARK: Placement

    /// Codeword bits, most significant first, up and down column pairs from the right,
    /// on every module no pattern holds; the remainder bits stay light.
    private static func place(_ codewords: [UInt8], in grid: inout [UInt8], width: Int) {
        var bit = 0
        let bitCount = codewords.count * 8
        grid.withUnsafeMutableBufferPointer { grid in
            codewords.withUnsafeBufferPointer { codewords in
                var right = width - 1
                while right >= 1 {
                    if right == 6 { right = 5 }
                    let upward = (right + 1) & 2 == 0
                    for step in 0..<width {
                        let y = upward ? width - 1 - step : step
                        for x in stride(from: right, through: right - 1, by: -1) where grid[y * width + x] & QRLayout.function == 0 {
                            if bit < bitCount, codewords[bit >> 3] >> UInt8(7 - bit & 7) & 1 == 1 {
                                grid[y * width + x] |= QRLayout.dark
                            }
                            bit += 1
                        }
                    }
                    right -= 2
                }
            }
        }
    }
}

/// Bits appended most significant first.
private struct BitBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(_ value: Int, count length: Int) {
        for shift in stride(from: length - 1, through: 0, by: -1) {
            if count % 8 == 0 { bytes.append(0) }
            if value >> shift & 1 == 1 { bytes[bytes.count - 1] |= 0x80 >> UInt8(count % 8) }
            count += 1
        }
    }
}
