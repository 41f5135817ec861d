/// A contact table as Excel and LibreOffice write it: `;`, `,` or tab separated,
/// fields optionally in double quotes (with `""` for a quote and newlines allowed
/// inside).
///
/// Written here rather than taken from SwiftCSV because diagnostics need the line
/// and column of every field, and ragged rows must be reported, not padded.
struct CSVTable {
    struct Field {
        let text: String
        let location: SourceLocation
    }

    /// One line of the table as a spreadsheet shows it.
    struct Row {
        /// The row number Excel shows: the header is row 1.
        let number: Int
        let fields: [Field]
    }

    let header: [Field]
    let rows: [Row]
    /// Rows with too many or too few fields (reported). Their first field is kept,
    /// so that a reference to the contact is not reported a second time.
    let brokenRows: [Row]
    let delimiter: Character

    static func parse(_ text: String, path: String, diagnostics: inout Diagnostics) -> CSVTable? {
        let delimiter = delimiter(of: text)
        // Rows with nothing in any cell are what Excel writes for formatted empty rows (`;;;;;`).
        let all = records(in: text, path: path, delimiter: delimiter).enumerated().map { Row(number: $0.offset + 1, fields: $0.element) }
        let records = all.filter { !$0.fields.allSatisfy { $0.text.trimmingSpaces().isEmpty } }
        guard let header = records.first else {
            diagnostics.error("kontakttabellen er tom; første linje skal være overskrifterne (id;navn;rolle;…)", at: SourceLocation(path: path))
            return nil
        }
        guard header.fields.count > 1 else {
            diagnostics.error("kontakttabellen har kun én kolonne; gem den fra Excel som »CSV (semikolonsepareret)« eller »Unicode-tekst«, så kolonnerne er delt med semikolon eller tabulator",
                              at: header.fields[0].location)
            return nil
        }
        var rows: [Row] = [], broken: [Row] = []
        for record in records.dropFirst() {
            if record.fields.count != header.fields.count {
                diagnostics.error(raggedMessage(record, columns: header.fields.count, delimiter: delimiter),
                                  at: record.fields.first?.location ?? SourceLocation(path: path))
                broken.append(record)
                continue
            }
            rows.append(record)
        }
        return CSVTable(header: header.fields, rows: rows, brokenRows: broken, delimiter: delimiter)
    }

    /// The usual causes, in the editor's words: a `;` inside a text that lost its
    /// quotes (too many fields), or a cell lost when the row was edited (too few).
    private static func raggedMessage(_ row: Row, columns: Int, delimiter: Character) -> String {
        let sign = delimiter == "\t" ? "tabulator" : delimiter == "," ? "komma" : "semikolon"
        let id = row.fields.first.map(\.text).flatMap { $0.isEmpty ? nil : " (kontakten `\($0)`)" } ?? ""
        let count = row.fields.count == 1 ? "kun 1 felt" : "\(row.fields.count) felter"
        if row.fields.count > columns {
            return "række \(row.number)\(id): rækken har \(count), men overskriften har \(columns) kolonner. Står der et \(sign) i en tekst (fx i `note`)? Sæt så hele teksten i anførselstegn, fx `\"Via politiet\(delimiter) døgnåben\"`"
        }
        return "række \(row.number)\(id): rækken har \(count), men overskriften har \(columns) kolonner; tjek om der mangler et \(sign) mellem to felter"
    }

    /// Excel on a Danish machine writes `;`, elsewhere `,`; "Unicode-tekst" and
    /// LibreOffice's default write tabs. The header row decides.
    static func delimiter(of text: String) -> Character {
        let firstLine = text.prefix { $0 != "\n" }
        let counts: [(Character, Int)] = [";", "\t", ","].map { c in (c, firstLine.filter { $0 == c }.count) }
        let most = counts.map(\.1).max() ?? 0
        return most == 0 ? ";" : counts.first { $0.1 == most }?.0 ?? ";"  // ties go to `;`, then tab
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
            record.append(Field(text: field.trimmingSpaces(), location: fieldStart))
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
            } else if c == "\"" && field.trimmingSpaces().isEmpty {
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
