enum CardDecoder {
    static let keys = ["titel", "resume", "maalgrupper", "situationer", "alder", "kontakter", "opdateret", "bygger_paa", "kladde"]

    static func decode(_ source: MarkdownSource, diagnostics d: inout Diagnostics) -> ActionCard? {
        guard let f = FieldReader(source.frontMatter, noun: "kortets front matter (nøglerne øverst i filen)", known: keys, diagnostics: &d) else { return nil }
        let title = f.text("titel", required: true, diagnostics: &d)
        let summary = f.text("resume", required: true, diagnostics: &d)
        let audiences = f.references("maalgrupper", required: true, example: "[skole-dagtilbud]", diagnostics: &d)
        let situations = f.references("situationer", required: true, example: "[negativ-social-kontrol]", diagnostics: &d)
        let age = self.age(f, diagnostics: &d)
        let contacts = f.references("kontakter", required: true, example: "[modtagelsen, politi-114]", namesAllowed: true, diagnostics: &d)
        let updated = f.day("opdateret", required: true, diagnostics: &d)
        // Written as plan links are (`#underretning`) or bare (`underretning`).
        let basis = f.list("bygger_paa", diagnostics: &d).map { anchor, location in
            Reference(anchor.hasPrefix("#") ? String(anchor.dropFirst()) : anchor, at: location)
        }
        let draft = f.bool("kladde", diagnostics: &d)
        guard let title, let summary, let age, let updated, !audiences.isEmpty, !situations.isEmpty, !contacts.isEmpty else { return nil }
        return ActionCard(id: source.id, title: title, summary: summary, audiences: audiences, situations: situations,
                          age: age, contacts: contacts, updated: updated, basis: basis, body: source.markdown, location: f.location,
                          isDraft: draft)
    }

    private static func age(_ f: FieldReader, diagnostics d: inout Diagnostics) -> ActionCard.AgeGroup? {
        guard let text = f.text("alder", required: true, example: "under-18", diagnostics: &d) else { return nil }
        guard let age = ActionCard.AgeGroup(rawValue: text) else {
            let options = ActionCard.AgeGroup.allCases.map(\.rawValue)
            d.error("`alder` skal være `under-18`, `over-18` eller `alle`, ikke `\(text)`" + Suggestion.hint(for: text, in: options),
                    at: f.valueLocation("alder"))
            return nil
        }
        return age
    }
}
