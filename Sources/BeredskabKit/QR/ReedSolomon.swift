/// Reed–Solomon error correction over GF(256) with the QR polynomial
/// x⁸ + x⁴ + x³ + x² + 1, as ISO/IEC 18004 prescribes.
enum ReedSolomon {
    /// exp[i] = αⁱ (doubled, so a product of two logarithms needs no modulo); log[exp[i]] = i.
    private static let tables: (exp: [UInt8], log: [UInt8]) = {
        var exp = [UInt8](repeating: 0, count: 512), log = [UInt8](repeating: 0, count: 256)
        var value = 1
        for i in 0..<255 {
            exp[i] = UInt8(value)
            log[value] = UInt8(i)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        for i in 255..<512 { exp[i] = exp[i - 255] }
        return (exp, log)
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return tables.exp[Int(tables.log[Int(a)]) + Int(tables.log[Int(b)])]
    }

    /// The generator polynomial of `degree` (roots α⁰…α^(degree−1)), highest
    /// coefficient first, its leading 1 left out.
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 2)
        }
        return result
    }

    /// The error correction codewords of `data` for a generator from `divisor(degree:)`.
    static func remainder(of data: ArraySlice<UInt8>, divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        let last = divisor.count - 1
        for byte in data {
            let factor = byte ^ result[0]
            for i in 0..<last { result[i] = result[i + 1] ^ multiply(divisor[i], factor) }
            result[last] = multiply(divisor[last], factor)
        }
        return result
    }
}
