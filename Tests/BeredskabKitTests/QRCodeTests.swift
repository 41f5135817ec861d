import CQRencode
import Testing
@testable import BeredskabKit

/// Our QR encoder against libqrencode, module by module: the codes on printed cards
/// must scan, and must be the codes earlier builds drew.
@Suite("QR codes")
struct QRCodeTests {
    /// Each version at the fewest bytes that need it and the most that fit, and random
    /// lengths between: every block layout, and masks of every kind chosen.
    @Test func everyVersionDrawsTheModulesLibqrencodeDraws() throws {
        var random = SeededRandom(seed: 2026)
        var lengths: [Int] = []
        for version in 1...40 {
            let most = try #require((0...3000).last { QRSymbol.fits($0, version: version) })
            lengths += [most, most - 1]
            if version > 1, let fewest = (0...3000).first(where: { QRSymbol.fits($0, version: version) && !QRSymbol.fits($0, version: version - 1) }) {
                lengths.append(fewest)
            }
        }
        lengths += (0..<200).map { _ in Int(random.next() % 300) + 1 }
        var masksSeen = Set<Int>()
        for length in lengths {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let ours = try #require(QRSymbol(bytes: bytes), "\(length) bytes")
            let theirs = try #require(libqrencode(bytes))
            #expect(ours.version == theirs.version, "\(length) bytes")
            #expect(difference(modules(ours), theirs.modules) == nil, "\(length) bytes, version \(ours.version)")
            masksSeen.insert(mask(of: ours))
        }
        #expect(masksSeen.count == 8, "masks chosen: \(masksSeen.sorted())")
    }

    /// The addresses a site encodes: what `QRcode_encodeString` drew for them before.
    @Test func cardAddressesDrawWhatTheyDrewBefore() throws {
        let bases = ["https://beredskab.example.dk/", "https://www.kk.dk/beredskab/", "http://intranet.kommune.local/sites/beredskab-mod-social-kontrol/"]
        let paths = ["kommuner/koebenhavn/kort/skole-bekymring-elev/", "kommuner/k052/kort/aeresrelateret-vold-ssp-alle/",
                     "en/kommuner/alleroed/kort/jobcenter-tvangsaegteskab-over-18-aar/", "kommuner/albertslund/kort/a/"]
        for base in bases {
            for path in paths {
                let address = base + path
                let ours = try #require(QRSymbol(bytes: Array(address.utf8)))
                let code = try #require(QRcode_encodeString(address, 0, QR_ECLEVEL_M, QR_MODE_8, 1))
                defer { QRcode_free(code) }
                #expect(difference(modules(ours), modules(of: code)) == nil, "\(address)")
            }
        }
    }

    /// The 1:1:3:1:1 rule (N3) on single lines, against libqrencode's way of counting
    /// it (`Mask_calcRunLengthH` and `Mask_calcN1N3`, ported below): random lines
    /// rarely hold such runs of a unit above 1, so these are planted, with and
    /// without the wide light run beside them, in lines of every width.
    @Test func finderLikeRunsAreCountedAsLibqrencodeCountsThem() {
        var random = SeededRandom(seed: 18004)
        let runs = UnsafeMutablePointer<Int>.allocate(capacity: 178)
        defer { runs.deallocate() }
        var found = Set<Int>()
        for trial in 0..<4000 {
            let width = [21, 25, 49, 57, 63, 64, 65, 97, 128, 129, 177][trial % 11]
            var modules: [Bool] = []
            var dark = random.next() & 1 == 0
            while modules.count < width {
                let unit = Int(random.next() % 7) + 1
                let lengths = random.next() % 3 == 0 ? [unit, unit, 3 * unit, unit, unit] : [Int(random.next() % 5) + 1]
                if lengths.count > 1, !dark, random.next() & 1 == 0 { modules += repeatElement(false, count: 4 * unit) }
                if lengths.count > 1 { dark = true }
                for length in lengths {
                    modules += repeatElement(dark, count: length)
                    dark.toggle()
                }
            }
            modules.removeLast(modules.count - width)
            var line = QRLine.zero
            for (x, module) in modules.enumerated() where module { line[x] = true }
            let inside = QRLine.ones(width) & ~QRLine.ones(1)
            let ours = QRMask.finderLikeDemerit(line, width: width, inside: inside, runs: runs)
            #expect(ours == Self.libqrencodeN3(modules), "width \(width): \(modules.map { $0 ? "1" : "0" }.joined())")
            found.insert(ours)
        }
        #expect(found.count >= 4, "N3 demerits seen: \(found.sorted())")
    }

    /// libqrencode's run lengths of one line (a dark start gets a light run of -1)
    /// and the N3 part of its `Mask_calcN1N3`.
    static func libqrencodeN3(_ modules: [Bool]) -> Int {
        var lengths: [Int] = modules[0] ? [-1, 1] : [1]
        for x in 1..<modules.count {
            if modules[x] != modules[x - 1] { lengths.append(1) } else { lengths[lengths.count - 1] += 1 }
        }
        var demerit = 0
        for i in stride(from: 1, to: lengths.count, by: 2) where i >= 3 && i < lengths.count - 2 && lengths[i] % 3 == 0 {
            let fact = lengths[i] / 3
            guard lengths[i - 2] == fact, lengths[i - 1] == fact, lengths[i + 1] == fact, lengths[i + 2] == fact else { continue }
            if i == 3 || lengths[i - 3] >= 4 * fact || i + 4 >= lengths.count || lengths[i + 3] >= 4 * fact { demerit += 40 }
        }
        return demerit
    }

    @Test func tooLongForAnyVersionIsNil() {
        #expect(QRSymbol(bytes: [UInt8](repeating: 65, count: 2331)) != nil)
        #expect(QRSymbol(bytes: [UInt8](repeating: 65, count: 2332)) == nil)
        #expect(QRCode.svg(String(repeating: "a", count: 3000), label: "x") == nil)
    }

    // MARK: Helpers

    /// How two symbols differ, in a line: nil when they are the same.
    private func difference(_ ours: [Bool], _ theirs: [Bool]) -> String? {
        guard ours.count == theirs.count else { return "\(ours.count) modules, libqrencode \(theirs.count)" }
        let differing = ours.indices.filter { ours[$0] != theirs[$0] }
        guard let first = differing.first else { return nil }
        let width = Int(Double(ours.count).squareRoot())
        return "\(differing.count) modules differ, the first at x \(first % width), y \(first / width)"
    }

    private func modules(_ symbol: QRSymbol) -> [Bool] {
        symbol.rows.flatMap { row in (0..<symbol.width).map { row[$0] } }
    }

    private func modules(of code: UnsafeMutablePointer<QRcode>) -> [Bool] {
        let width = Int(code.pointee.width)
        return (0..<width * width).map { code.pointee.data[$0] & 1 == 1 }
    }

    private func libqrencode(_ bytes: [UInt8]) -> (version: Int, modules: [Bool])? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let code = QRcode_encodeData(Int32(buffer.count), buffer.baseAddress, 0, QR_ECLEVEL_M) else { return nil }
            defer { QRcode_free(code) }
            return (Int(code.pointee.version), modules(of: code))
        }
    }

    /// The mask a symbol was drawn with, read back from its format information.
    private func mask(of symbol: QRSymbol) -> Int {
        let places = QRLayout.formatPlaces(width: symbol.width)
        var format = 0
        for (bit, (place, _)) in places.enumerated() where symbol.rows[place.1][place.0] { format |= 1 << bit }
        return (0..<8).first { QRLayout.formatBits(mask: $0) == format } ?? -1
    }
}

/// SplitMix64: the same numbers on every run.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
