import Foundation
import Testing
@testable import BeredskabKit

@Suite("Loading")
struct LoadingTests {
    @Test func frontMatterKeepsLineNumbers() throws {
        let parts = try FrontMatter.split("---\ntitel: X\nresume: Y\n---\n\n## Afsnit\n")
        #expect(parts.yaml == "titel: X\nresume: Y")
        #expect(parts.yamlFirstLine == 2)
        #expect(parts.bodyFirstLine == 5)
        #expect(parts.body == "\n## Afsnit")
    }

    @Test func frontMatterNeverClosedIsReported() {
        #expect(throws: FrontMatter.Failure.unclosed) { try FrontMatter.split("---\ntitel: X\n\nTekst") }
        #expect(throws: FrontMatter.Failure.missing) { try FrontMatter.split("Tekst uden forside") }
    }

    @Test func csvWithSemicolonsQuotesAndCRLF() throws {
        var d = Diagnostics()
        let text = "id;navn;note\r\na;\"Navn; med semikolon\";\"Sagde \"\"hej\"\"\"\r\nb;Bo;\r\n"
        let decoded = try TextDecoding.decode(Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.utf8))).text
        let table = try #require(CSVTable.parse(decoded, path: "k.csv", diagnostics: &d))
        #expect(d.all.isEmpty)
        #expect(table.header.map(\.text) == ["id", "navn", "note"])
        #expect(table.rows.map { $0.fields.map(\.text) } == [["a", "Navn; med semikolon", "Sagde \"hej\""], ["b", "Bo", ""]])
        #expect(table.rows.map(\.number) == [2, 3])
        #expect(table.rows[1].fields[1].location == SourceLocation(path: "k.csv", line: 3, column: 3))
    }

    @Test func csvDelimiterIsDetected() {
        #expect(CSVTable.delimiter(of: "id,navn,rolle\n") == ",")
        #expect(CSVTable.delimiter(of: "id;navn;rolle\n") == ";")
        #expect(CSVTable.delimiter(of: "id\tnavn\trolle\n") == "\t")
        #expect(CSVTable.delimiter(of: "id;navn,rolle\n") == ";")
    }

    /// A `;` typed into a text without quotes: one error, which names the likely cause.
    @Test func raggedCSVRowIsOneErrorNamingTheCause() {
        var d = Diagnostics()
        let table = CSVTable.parse("id;navn\na;b;c\nb;\n", path: "k.csv", diagnostics: &d)
        #expect(d.all.map(\.description) == [
            "k.csv:2:1: error: række 2 (kontakten `a`): rækken har 3 felter, men overskriften har 2 kolonner. Står der et semikolon i en tekst (fx i `note`)? Sæt så hele teksten i anførselstegn, fx `\"Via politiet; døgnåben\"`",
        ])
        #expect(table?.brokenRows.map(\.number) == [2])
        #expect(table?.rows.map(\.number) == [3])
    }

    /// A table saved with a separator we do not read (here `|`) has one column: one
    /// error that says how to save it, not one per row.
    @Test func oneColumnTableIsOneError() {
        var d = Diagnostics()
        #expect(CSVTable.parse("id|navn|rolle\na|A|R\nb|B|R\n", path: "k.csv", diagnostics: &d) == nil)
        #expect(d.all.map(\.description) == [
            "k.csv:1:1: error: kontakttabellen har kun én kolonne; gem den fra Excel som »CSV (semikolonsepareret)« eller »Unicode-tekst«, så kolonnerne er delt med semikolon eller tabulator",
        ])
    }

    /// Excel writes `;;;;` for rows that were formatted but left empty.
    @Test func emptyRowsAreSkipped() throws {
        var d = Diagnostics()
        let table = try #require(CSVTable.parse("id;navn;rolle\na;A;R\n;;\n;;\n", path: "k.csv", diagnostics: &d))
        #expect(d.all.isEmpty)
        #expect(table.rows.count == 1)
    }

    /// Excel's "Unicode-tekst": UTF-16 little-endian with a byte-order mark, tab-separated.
    @Test func utf16TextIsDecoded() throws {
        let text = "id\tnavn\r\nmodtagelsen\tDøgnvagt æøå\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try TextDecoding.decode(Data(bytes)).text == "id\tnavn\nmodtagelsen\tDøgnvagt æøå\n")
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { big += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try TextDecoding.decode(Data(big)).text == "id\tnavn\nmodtagelsen\tDøgnvagt æøå\n")
    }

    @Test func windows1252IsDecoded() throws {
        // "Allerød;Ålborg" as Danish Excel saves it.
        let bytes: [UInt8] = [0x41, 0x6C, 0x6C, 0x65, 0x72, 0xF8, 0x64, 0x3B, 0xC5, 0x6C, 0x62, 0x6F, 0x72, 0x67, 0x80]
        let decoded = try TextDecoding.decode(Data(bytes))
        #expect(decoded.text == "Allerød;Ålborg€")
        #expect(decoded.wasWindows1252)
    }

    @Test func binaryIsRefused() {
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])) }
    }

    @Test func yamlErrorsPointAtTheLine() {
        var d = Diagnostics()
        _ = YAMLReader.parse("navn: A\n\tid: b\n", path: "x.yaml", diagnostics: &d)
        #expect(d.all.first?.location.line == 2)
        #expect(d.all.first?.message.contains("tabulatortegn") == true)

        var duplicate = Diagnostics()
        _ = YAMLReader.parse("navn: A\nnavn: B\n", path: "x.yaml", firstLine: 2, diagnostics: &duplicate)
        #expect(duplicate.all.map(\.description) == ["x.yaml:2:1: error: nøglen `navn` står to gange; slet den ene, så værdien er entydig"])
    }

    @Test func identifiersRefusePathTricks() {
        #expect(Identifier.isValid("tvangsaegteskab-under-18"))
        for bad in ["../x", "a/b", "a\0b", "Æble", "a b", "-a", "a-", "a--b", "", String(repeating: "a", count: 101)] {
            #expect(!Identifier.isValid(bad), "\(bad)")
        }
        #expect(Identifier.suggestion(for: "Bekymring ø") == "bekymring-oe")
    }

    /// The loader's own trimming, newline handling and Excel dates agree with what
    /// Foundation and the calendar say.
    @Test func textIsTrimmedAndDecodedAsFoundationWould() throws {
        for text in ["  a b ", "\t\u{00A0}x\u{2003}", "   ", "", "é\u{301} ", "x", " \n y \r\n", "\u{2028}z\u{85}"] {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
        #expect(try TextDecoding.decode(Data("a\r\nb\rc\n\r\n".utf8)).text == "a\nb\nc\n\n")
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("æ\r\n".utf8))).text == "æ\n")
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode(Data([0x61, 0x00, 0x62])) }
        #expect(try TextDecoding.decode(Data()).text == "")
        #expect(CSVTable.isoDate(fromDanish: "20-05-2025") == "2025-05-20")
        #expect(CSVTable.isoDate(fromDanish: "1.4.2024") == "2024-04-01")
        #expect(CSVTable.isoDate(fromDanish: "01/04/2024") == "2024-04-01")
        for bad in ["31-02-2024", "2024-04-01", "1-4-24", "1-4-2024x", "123-4-2024", "1-4", "--2024", "1-4-2024-5", "", "12345678901234567890123", "1-4-99999999999999999999"] {
            #expect(CSVTable.isoDate(fromDanish: bad) == nil, "\(bad)")
        }
    }
}
