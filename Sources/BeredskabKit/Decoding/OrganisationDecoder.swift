enum OrganisationDecoder {
    static let keys = ["id", "navn", "beskrivelse", "telefon", "email", "hjemmeside", "aabningstid", "doegnaaben", "kilde", "note"]

    static func decode(_ value: YAMLValue, languages: [String] = [], diagnostics d: inout Diagnostics) -> Organisation? {
        guard let f = FieldReader(value, noun: "organisationen", known: keys + languages, diagnostics: &d) else { return nil }
        let id = f.id(diagnostics: &d)
        let name = f.text("navn", required: true, diagnostics: &d)
        let description = f.text("beskrivelse", required: true, diagnostics: &d)
        let phones = f.phones("telefon", diagnostics: &d)
        let email = f.email("email", diagnostics: &d)
        let website = f.url("hjemmeside", diagnostics: &d)
        let hours = f.text("aabningstid", diagnostics: &d)
        let alwaysOpen = f.bool("doegnaaben", diagnostics: &d)
        let origin = f.text("kilde", required: true, example: "dokument og dato", diagnostics: &d)
        let note = f.text("note", diagnostics: &d)
        let translations = TranslationDecoder.texts(f, languages: languages, extra: ["aabningstid", "note"], diagnostics: &d)
        guard let id, let name, let description, let origin else { return nil }
        return Organisation(id: id, name: name, description: description, phones: phones, email: email,
                            website: website, openingHours: hours, alwaysOpen: alwaysOpen, source: origin,
                            note: note, location: f.location, translations: translations)
    }
}
