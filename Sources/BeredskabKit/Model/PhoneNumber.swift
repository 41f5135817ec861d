/// A phone number someone may dial in an emergency: validated, shown in the
/// usual Danish grouping, and dialled through a `tel:` link.
public struct PhoneNumber: Sendable, Hashable {
    /// As shown: `48 10 01 00`, `112`, `116 111`, `+45 33 92 11 12`.
    public let display: String
    /// For `tel:` links: `+4548100100`, `112`.
    public let dial: String

    /// The national short numbers the issue names: alarm, police, Lev Uden Vold,
    /// and the EU hotline for children (BørneTelefonen).
    static let shortNumbers: [String: String] = ["112": "112", "114": "114", "1888": "1888", "116111": "116 111"]

    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty,
              trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || " -.()+/".contains($0)) || $0 == "\u{00A0}" }),
              trimmed.filter({ $0 == "+" }).count <= 1, !trimmed.dropFirst().contains("+") else { return nil }
        let digits = trimmed.filter(\.isNumber)
        if trimmed.hasPrefix("+") {
            if digits.hasPrefix("45") {
                guard digits.count == 10 else { return nil }
                self.init(danish: String(digits.dropFirst(2)))
                return
            }
            // A foreign number (an embassy, a consulate): keep the editor's grouping.
            guard (8...15).contains(digits.count) else { return nil }
            self.init(display: trimmed.split(whereSeparator: { " -./()\u{00A0}".contains($0) }).joined(separator: " "), dial: "+" + digits)
            return
        }
        if let short = Self.shortNumbers[digits] {
            self.init(display: short, dial: digits)
            return
        }
        if digits.count == 10, digits.hasPrefix("45") {
            self.init(danish: String(digits.dropFirst(2)))
            return
        }
        // Danish subscriber numbers never begin with 0 or 1.
        guard digits.count == 8, let first = digits.first, first >= "2" else { return nil }
        self.init(danish: digits)
    }

    private init(danish digits: String) {
        let d = Array(digits)
        self.init(display: stride(from: 0, to: 8, by: 2).map { String(d[$0..<$0 + 2]) }.joined(separator: " "), dial: "+45" + digits)
    }

    private init(display: String, dial: String) {
        self.display = display
        self.dial = dial
    }
}

import Foundation
