enum ContactDecoder {
    static let keys = Contact.columns + Contact.translationColumns

    /// A contact with a bad cell is still a contact: the cell's error is reported,
    /// and references to the contact resolve, so one mistake gives one message.
    static func decode(_ record: ContactRecord, diagnostics d: inout Diagnostics) -> Contact? {
        guard let row = record.row else { return decode(record.value, isTableRow: false, diagnostics: &d) }
        var local = Diagnostics()
        let contact = record.isBroken ? placeholder(record.value) : decode(record.value, isTableRow: true, diagnostics: &local)
        d.append(contentsOf: TableRowContext(record.value, row: row).explain(local.all))
        return contact
    }

    private static func decode(_ value: YAMLValue, isTableRow: Bool, diagnostics d: inout Diagnostics) -> Contact? {
        guard let f = FieldReader(value, noun: "kontakten", known: keys, isTableRow: isTableRow, diagnostics: &d) else { return nil }
        let id = f.id(diagnostics: &d)
        let name = f.text("navn", required: true, diagnostics: &d)
        let role = f.text("rolle", required: true, diagnostics: &d)
        let unit = f.text("enhed", diagnostics: &d)
        let phones = f.phones("telefon", diagnostics: &d)
        let email = f.email("email", diagnostics: &d)
        let hours = f.text("aabningstid", diagnostics: &d)
        let alwaysOpen = f.bool("doegnaaben", diagnostics: &d)
        let visibility = self.visibility(f, diagnostics: &d)
        let verified = f.day("verificeret", diagnostics: &d)
        let origin = f.text("kilde", required: true, example: isTableRow ? "planens titel og dato" : "dokument og dato", diagnostics: &d)
        let note = f.text("note", diagnostics: &d)
        let translations = self.translations(f, diagnostics: &d)
        guard let id else { return nil }
        // Whatever else is wrong was reported, and a build with errors writes nothing:
        // the contact exists only so that references to it resolve.
        var contact = Contact(id: id, name: name ?? id, role: role ?? "", unit: unit, phones: phones, email: email,
                              openingHours: hours, alwaysOpen: alwaysOpen, visibility: visibility ?? .everyone, verified: verified,
                              source: origin ?? "", note: note, location: f.location)
        contact.translations = translations
        return contact
    }

    /// The `<kolonne>_<sprog>` cells that are filled in, by language.
    private static func translations(_ f: FieldReader, diagnostics d: inout Diagnostics) -> [String: ContactTranslation] {
        var translations: [String: ContactTranslation] = [:]
        for key in f.keys.sorted() {
            guard let (column, code) = Contact.translationColumn(key), let text = f.text(key, diagnostics: &d) else { continue }
            var t = translations[code] ?? ContactTranslation(location: f.keyLocation(key))
            switch column {
            case "navn": t.name = text
            case "rolle": t.role = text
            case "enhed": t.unit = text
            case "aabningstid": t.openingHours = text
            default: t.note = text
            }
            translations[code] = t
        }
        return translations
    }

    /// A row that did not line up with the header: only its id can be trusted.
    private static func placeholder(_ value: YAMLValue) -> Contact? {
        guard case .mapping(let entries, let location) = value, case .scalar(let id, _)? = entries.first?.value,
              Identifier.isValid(id) else { return nil }
        return Contact(id: id, name: id, role: "", unit: nil, phones: [], email: nil, openingHours: nil, alwaysOpen: false,
                       visibility: .everyone, verified: nil, source: "", note: nil, location: location)
    }

    private static func visibility(_ f: FieldReader, diagnostics d: inout Diagnostics) -> Contact.Visibility? {
        guard let text = f.text("synlighed", diagnostics: &d) else { return .everyone }
        guard let visibility = Contact.Visibility(rawValue: text.lowercased()) else {
            d.error("`synlighed` skal være `offentlig` eller `intern`, ikke `\(text)`", at: f.valueLocation("synlighed"))
            return nil
        }
        return visibility
    }
}

/// Says which row, column and contact a message about a CSV cell is about, in the
/// words of the spreadsheet the editor has open: "række 3, kolonne `telefon`
/// (kontakten `modtagelsen`): …".
struct TableRowContext {
    let row: Int
    let columns: [SourceLocation: String]
    let id: String?

    init(_ value: YAMLValue, row: Int) {
        self.row = row
        var columns: [SourceLocation: String] = [:]
        var id: String?
        if case .mapping(let entries, _) = value {
            for entry in entries { columns[entry.keyLocation] = entry.key }
            if case .scalar(let text, _)? = entries.first(where: { $0.key == "id" })?.value, Identifier.isValid(text) { id = text }
        }
        self.columns = columns
        self.id = id
    }

    func explain(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { d in
            let column = columns[d.location].map { ", kolonne `\($0)`" } ?? ""
            let contact = id.map { " (kontakten `\($0)`)" } ?? ""
            return Diagnostic(d.severity, at: d.location, "række \(row)\(column)\(contact): " + d.message)
        }
    }
}
