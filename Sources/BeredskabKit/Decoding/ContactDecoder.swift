enum ContactDecoder {
    static let keys = ["id", "navn", "rolle", "enhed", "telefon", "email", "aabningstid", "doegnaaben",
                       "synlighed", "verificeret", "kilde", "note"]

    static func decode(_ value: YAMLValue, diagnostics d: inout Diagnostics) -> Contact? {
        guard let f = FieldReader(value, noun: "kontakten", known: keys, diagnostics: &d) else { return nil }
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
        let origin = f.text("kilde", required: true, example: "dokument og dato", diagnostics: &d)
        let note = f.text("note", diagnostics: &d)
        guard let id, let name, let role, let visibility, let origin else { return nil }
        return Contact(id: id, name: name, role: role, unit: unit, phones: phones, email: email,
                       openingHours: hours, alwaysOpen: alwaysOpen, visibility: visibility, verified: verified,
                       source: origin, note: note, location: f.location)
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
