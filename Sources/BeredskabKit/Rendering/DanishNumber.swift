/// Numbers as Danish is written: 2.425 and 12,5.
enum DanishNumber {
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let whole = Int(rounded.magnitude)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let fraction = Int(((rounded.magnitude - Double(whole)) * 10).rounded())
        return (rounded < 0 ? "−" : "") + grouped + (fraction > 0 ? ",\(fraction)" : "")
    }
}
