/// Excel shows a date the Danish way and saves it so (`20-05-2025`, `20.05.2025`),
/// whatever was typed. Such a column is read as day-month-year, with one warning
/// for the column that says what happened and how to keep the dates as typed.
extension CSVTable {
    static let dateColumns: Set = ["verificeret"]

    func readingExcelDates(diagnostics d: inout Diagnostics) -> CSVTable {
        let columns = header.enumerated().filter { Self.dateColumns.contains($0.element.text.lowercased()) }
        guard !columns.isEmpty else { return self }
        var rows = self.rows
        for (index, column) in columns {
            var rewritten: [Int] = []
            for r in rows.indices where index < rows[r].fields.count {
                let field = rows[r].fields[index]
                guard let iso = Self.isoDate(fromDanish: field.text) else { continue }
                var fields = rows[r].fields
                fields[index] = Field(text: iso, location: field.location)
                rows[r] = Row(number: rows[r].number, fields: fields)
                rewritten.append(rows[r].number)
            }
            guard let first = rewritten.first, let at = rows.first(where: { $0.number == first })?.fields[index].location else { continue }
            let list = rewritten.count == 1 ? "række \(first)" : "rækkerne " + rewritten.map(String.init).joined(separator: ", ")
            d.warning("kolonnen `\(column.text)` har datoer skrevet som DD-MM-ÅÅÅÅ i \(list); Excel laver datoer om, når filen gemmes. De er læst som dag-måned-år. Formatér kolonnen som Tekst i Excel, og skriv datoerne som ÅÅÅÅ-MM-DD, så de bliver stående",
                      at: at)
        }
        return CSVTable(header: header, rows: rows, brokenRows: brokenRows, delimiter: delimiter)
    }

    /// `20-05-2025`, `20.05.2025` or `20/05/2025` as `2025-05-20`, if it is a real date.
    /// Read by hand: a Regex literal was compiled again for every cell.
    static func isoDate(fromDanish text: String) -> String? {
        var parts: [Int] = [], digits = 0, value = 0, separators = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 4 else { return nil } // no part is longer; a long number must not overflow
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"):
                guard (1...2).contains(digits), separators < 2 else { return nil }
                parts.append(value)
                value = 0; digits = 0; separators += 1
            default:
                return nil
            }
        }
        guard separators == 2, digits == 4 else { return nil }
        let (day, month, year) = (parts[0], parts[1], value)
        let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        return Day(iso: iso) == nil ? nil : iso
    }
}
