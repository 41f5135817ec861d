/// A calendar date without time or zone: plans are adopted on a day, not an instant.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2024-04-01`, the only form the content accepts: unambiguous in every locale.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `epoch` seconds after 1970-01-01 in UTC (for SOURCE_DATE_EPOCH).
    public init(unixTime epoch: Int) {
        var days = epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
        var y = 1970
        while days < 0 { y -= 1; days += Self.daysIn(year: y) }
        while days >= Self.daysIn(year: y) { days -= Self.daysIn(year: y); y += 1 }
        var m = 1
        while days >= Self.daysIn(month: m, year: y) { days -= Self.daysIn(month: m, year: y); m += 1 }
        year = y; month = m; day = days + 1
    }

    /// Same day `years` later; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> Day {
        let y = year + years
        return Day(year: y, month: month, day: min(day, Self.daysIn(month: month, year: y))) ?? self
    }

    public var iso: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    /// "1. april 2024", as Danish is written.
    public var danish: String {
        "\(day). \(Self.monthNames[month - 1]) \(year)"
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static let monthNames = ["januar", "februar", "marts", "april", "maj", "juni", "juli",
                             "august", "september", "oktober", "november", "december"]

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    static func daysIn(year: Int) -> Int { isLeap(year) ? 366 : 365 }
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Day {
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
