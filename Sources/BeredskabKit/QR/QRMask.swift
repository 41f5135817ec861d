/// The eight data masks and the choice among them. The penalty is libqrencode's
/// reading of the standard's rules (JIS X0510:2004 8.8.2), quirks included, so the
/// mask chosen is the one it chooses; it is worked out over bit lines, not module by
/// module, which makes choosing a mask a small part of drawing a code.
enum QRMask {
    /// The grid's data modules under the mask of the lowest penalty (the first of
    /// equals), with the format information for it.
    static func apply(best grid: [UInt8], layout: QRLayout) -> [QRLine] {
        let width = layout.width
        var baseRows = [QRLine](repeating: .zero, count: width), baseColumns = baseRows
        var freeRows = baseRows, freeColumns = baseRows
        for y in 0..<width {
            for x in 0..<width {
                let module = grid[y * width + x]
                if module & QRLayout.dark != 0 { baseRows[y][x] = true; baseColumns[x][y] = true }
                if module & QRLayout.function == 0 { freeRows[y][x] = true; freeColumns[x][y] = true }
            }
        }
        let places = QRLayout.formatPlaces(width: width)
        var rows = baseRows, columns = baseRows
        var best = rows, lowest = Int.max
        // A line of `width` modules has at most `width` runs, and one of -1 before them.
        let runs = UnsafeMutablePointer<Int>.allocate(capacity: width + 1)
        defer { runs.deallocate() }
        for mask in 0..<8 {
            let rowPattern = rowPatterns[mask], columnPattern = columnPatterns[mask]
            for i in 0..<width {
                rows[i] = baseRows[i] ^ (rowPattern[i % 12] & freeRows[i])
                columns[i] = baseColumns[i] ^ (columnPattern[i % 12] & freeColumns[i])
            }
            let format = QRLayout.formatBits(mask: mask)
            for (bit, (first, second)) in places.enumerated() where format >> bit & 1 == 1 {
                rows[first.1][first.0] = true
                columns[first.0][first.1] = true
                rows[second.1][second.0] = true
                columns[second.0][second.1] = true
            }
            let demerit = penalty(rows: rows, columns: columns, width: width, runs: runs)
            if demerit < lowest {
                lowest = demerit
                best = rows
            }
        }
        return best
    }

    /// Whether mask `mask` turns the module at (x, y), as libqrencode writes them.
    static func flips(_ mask: Int, _ x: Int, _ y: Int) -> Bool {
        switch mask {
        case 0: (x + y) & 1 == 0
        case 1: y & 1 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: ((y / 2) + (x / 3)) & 1 == 0
        case 5: ((x * y) & 1) + (x * y) % 3 == 0
        case 6: (((x * y) & 1) + (x * y) % 3) & 1 == 0
        default: (((x * y) % 3) + ((x + y) & 1)) & 1 == 0
        }
    }

    /// Every mask repeats every 12 modules both ways, so 12 lines per mask cover a
    /// symbol: rowPatterns[mask][y % 12] is row y, columnPatterns[mask][x % 12] column x.
    private static let rowPatterns: [[QRLine]] = patterns { mask, line, position in flips(mask, position, line) }
    private static let columnPatterns: [[QRLine]] = patterns { mask, line, position in flips(mask, line, position) }

    private static func patterns(_ flips: (Int, Int, Int) -> Bool) -> [[QRLine]] {
        (0..<8).map { mask in
            (0..<12).map { line in
                var pattern = QRLine.zero
                for position in 0..<177 where flips(mask, line, position) { pattern[position] = true }
                return pattern
            }
        }
    }

    // MARK: Penalty

    private static let demeritN2 = 3, demeritN3 = 40, demeritN4 = 10

    static func penalty(rows: [QRLine], columns: [QRLine], width: Int, runs: UnsafeMutablePointer<Int>) -> Int {
        let inside = QRLine.ones(width) & ~QRLine.ones(1)
        var demerit = 0, dark = 0
        for y in 1..<width {
            let both = rows[y - 1] & rows[y], neither = ~(rows[y - 1] | rows[y])
            let blocks = ((both & both.shifted) | (neither & neither.shifted)) & inside
            demerit += demeritN2 * blocks.nonzeroBitCount
        }
        for row in rows {
            dark += row.nonzeroBitCount
            demerit += longRunDemerit(row, inside: inside) + finderLikeDemerit(row, width: width, inside: inside, runs: runs)
        }
        for column in columns {
            demerit += longRunDemerit(column, inside: inside) + finderLikeDemerit(column, width: width, inside: inside, runs: runs)
        }
        let area = width * width
        let percent = (200 * dark + area) / area / 2
        return demerit + abs(percent - 50) / 5 * demeritN4
    }

    /// Runs of five or more alike (N1): 3 for a run of five and 1 for each module more.
    /// A window of five alike modules ends wherever a module and the four before it
    /// each equal the one before; a run of L ≥ 5 holds L − 4 windows, and 3 + (L − 5)
    /// is that plus 2 for the run's first window.
    private static func longRunDemerit(_ line: QRLine, inside: QRLine) -> Int {
        let same = ~(line ^ line.shifted) & inside
        let windows = same & same.shifted & same.shifted.shifted & same.shifted.shifted.shifted
        return windows.nonzeroBitCount + 2 * (windows & ~windows.shifted).nonzeroBitCount
    }

    /// 1:1:3:1:1 finder-like runs (N3) in a line, as libqrencode finds them: runs
    /// alternate light, dark, …, and a line that starts dark starts with a light run
    /// of -1, so the dark runs are those at odd places.
    static func finderLikeDemerit(_ line: QRLine, width: Int, inside: QRLine, runs: UnsafeMutablePointer<Int>) -> Int {
        guard line.mayHoldFinderLikeRuns(width: width) else { return 0 }
        let count = line.runLengths(width: width, inside: inside, into: runs)
        var demerit = 0
        var i = 3
        while i < count - 2 {
            let run = runs[i]
            if run % 3 == 0 {
                let fact = run / 3
                if runs[i - 2] == fact, runs[i - 1] == fact, runs[i + 1] == fact, runs[i + 2] == fact,
                   i == 3 || runs[i - 3] >= 4 * fact || i + 4 >= count || runs[i + 3] >= 4 * fact {
                    demerit += demeritN3
                }
            }
            i += 2
        }
        return demerit
    }
}
