/// Field readers for the validated value types.
extension FieldReader {
    func day(_ key: String, required: Bool = false, diagnostics: inout Diagnostics) -> Day? {
        guard let text = text(key, required: required, example: "2024-04-01", diagnostics: &diagnostics) else { return nil }
        guard let day = Day(iso: text) else {
            diagnostics.error(Self.dateProblem(text), at: valueLocation(key))
            return nil
        }
        return day
    }

    static func dateProblem(_ text: String) -> String {
        "`\(text)` er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx `2024-04-01`"
    }

    func url(_ key: String, required: Bool = false, diagnostics: inout Diagnostics) -> WebURL? {
        guard let text = text(key, required: required, example: "https://www.kommune.dk/", diagnostics: &diagnostics) else { return nil }
        guard let url = WebURL(text) else {
            diagnostics.error("`\(text)` er ikke en gyldig webadresse; den skal begynde med `https://` eller `http://`", at: valueLocation(key))
            return nil
        }
        return url
    }

    func email(_ key: String, diagnostics: inout Diagnostics) -> EmailAddress? {
        guard let text = text(key, diagnostics: &diagnostics) else { return nil }
        guard let email = EmailAddress(text) else {
            diagnostics.error("`\(text)` er ikke en gyldig e-mailadresse; skriv den som `navn@kommune.dk`", at: valueLocation(key))
            return nil
        }
        return email
    }

    /// One or more numbers: a YAML list, or text with `|` between numbers (CSV).
    func phones(_ key: String, diagnostics: inout Diagnostics) -> [PhoneNumber] {
        var numbers: [PhoneNumber] = []
        for (text, location) in list(key, diagnostics: &diagnostics) {
            for part in text.split(separator: "|") {
                let part = part.trimmingSpaces()
                guard !part.isEmpty else { continue }
                if let number = PhoneNumber(part) {
                    numbers.append(number)
                } else {
                    diagnostics.error(
                        "`\(part)` er ikke et gyldigt telefonnummer; skriv 8 cifre (fx `48 10 01 00`), evt. med `+45` foran, eller et af kortnumrene 112, 114, 1888 og 116 111",
                        at: location)
                }
            }
        }
        return numbers
    }

    func bool(_ key: String, diagnostics: inout Diagnostics) -> Bool {
        guard let text = text(key, diagnostics: &diagnostics) else { return false }
        switch text.lowercased() {
        case "ja", "true", "yes", "sand", "1", "x": return true
        case "nej", "false", "no", "falsk", "0", "": return false
        default:
            diagnostics.error("`\(key)` skal være `ja` eller `nej`, ikke `\(text)`", at: valueLocation(key))
            return false
        }
    }

    func number(_ key: String, diagnostics: inout Diagnostics) -> Double? {
        guard let text = text(key, diagnostics: &diagnostics) else { return nil }
        // Danish writes 2.000 for two thousand and 12,5 for twelve and a half.
        let isDanishThousands = text.wholeMatch(of: /\d{1,3}(\.\d{3})+(,\d+)?/) != nil
        let danish = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        // Finite and below a trillion: `inf`, `nan` and 1e400 parse as doubles but are no count of anything.
        guard let value = isDanishThousands ? Double(danish) : (Double(text) ?? Double(danish)),
              value.isFinite, abs(value) < 1e12 else {
            diagnostics.error("`\(key)` skal være et tal, ikke `\(text)`", at: valueLocation(key))
            return nil
        }
        return value
    }

    /// A year such as 2024: a whole number a plan could be about.
    func year(_ key: String, diagnostics: inout Diagnostics) -> Int? {
        guard let text = text(key, required: true, example: "2024", diagnostics: &diagnostics) else { return nil }
        guard text.count == 4, let year = Int(text), (1900...2200).contains(year) else {
            diagnostics.error("`\(key)` skal være et årstal som `2024`, ikke `\(text)`", at: valueLocation(key))
            return nil
        }
        return year
    }

    /// Ids of other things, each checked for shape here and resolved when linking.
    /// With `namesAllowed`, text that is no id (a contact's display name) is kept
    /// for the link stage, which knows the ids that exist and suggests the right one.
    func references(_ key: String, required: Bool = false, example: String = "…", namesAllowed: Bool = false,
                    diagnostics: inout Diagnostics) -> [Reference] {
        list(key, required: required, example: example, diagnostics: &diagnostics).compactMap { id, location in
            Self.checked(id, at: location, namesAllowed: namesAllowed, diagnostics: &diagnostics)
        }
    }

    func reference(_ key: String, required: Bool = false, example: String = "…", namesAllowed: Bool = false,
                   diagnostics: inout Diagnostics) -> Reference? {
        guard let id = text(key, required: required, example: example, diagnostics: &diagnostics) else { return nil }
        return Self.checked(id, at: valueLocation(key), namesAllowed: namesAllowed, diagnostics: &diagnostics)
    }

    private static func checked(_ id: String, at location: SourceLocation, namesAllowed: Bool, diagnostics: inout Diagnostics) -> Reference? {
        if Identifier.isValid(id) { return Reference(id, at: location) }
        if namesAllowed { return Reference(Identifier.suggestion(for: id), at: location, written: id) }
        diagnostics.error(Identifier.problem(id), at: location)
        return nil
    }

    /// The `id` key of a list entry, checked for shape.
    func id(diagnostics: inout Diagnostics) -> String? {
        reference("id", required: true, example: "mit-id", diagnostics: &diagnostics)?.id
    }
}

import Foundation
