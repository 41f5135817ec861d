/// A contact table as Excel writes it: `;` or `,` separated, fields optionally in
/// double quotes (with `""` for a quote and newlines allowed inside).
///
/// Written here rather than taken from SwiftCSV because diagnostics need the line
/// and column of every field, and ragged rows must be reported, not padded.
struct CSVTable {
    struct Field {
        let text: String
        let location: SourceLocation
    }

    let header: [Field]
    let rows: [[Field]]

    static func parse(_ text: String, path: String, diagnostics: inout Diagnostics) -> CSVTable? {
        let records = records(in: text, path: path, delimiter: delimiter(of: text))
            .filter { !($0.count == 1 && $0[0].text.trimmingCharacters(in: .whitespaces).isEmpty) }
        guard let header = records.first else {
            diagnostics.error("kontakttabellen er tom; første linje skal være overskrifterne (id;navn;rolle;…)", at: SourceLocation(path: path))
            return nil
        }
        var rows: [[Field]] = []
        for record in records.dropFirst() {
            if record.count != header.count {
                let location = record.first?.location ?? SourceLocation(path: path)
                diagnostics.error(
                    "rækken har \(record.count) felter, men overskriften har \(header.count); tjek for et manglende eller ekstra skilletegn",
                    at: location)
                continue
            }
            rows.append(record)
        }
        return CSVTable(header: header, rows: rows)
    }

    /// Excel on a Danish machine writes `;`; elsewhere `,`. The header row decides.
    static func delimiter(of text: String) -> Character {
        let firstLine = text.prefix { $0 != "\n" }
        return firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
    }

    private static func records(in text: String, path: String, delimiter: Character) -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        var field = ""
        var line = 1, column = 1
        var fieldStart = SourceLocation(path: path)
        var inQuotes = false, atFieldStart = true
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil

        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endField() {
            record.append(Field(text: field.trimmingCharacters(in: .whitespaces), location: fieldStart))
            field = ""
            atFieldStart = true
        }
        while let c = next() {
            if atFieldStart { fieldStart = SourceLocation(path: path, line: line, column: column); atFieldStart = false }
            defer {
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            if inQuotes {
                if c == "\"" {
                    if let after = iterator.next() {
                        if after == "\"" { field.append("\""); column += 1 } else { inQuotes = false; pending = after }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.trimmingCharacters(in: .whitespaces).isEmpty {
                inQuotes = true
            } else if c == delimiter {
                endField()
            } else if c == "\n" {
                endField()
                records.append(record)
                record = []
            } else {
                field.append(c)
            }
        }
        if !atFieldStart || !record.isEmpty || !field.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}

import Foundation
