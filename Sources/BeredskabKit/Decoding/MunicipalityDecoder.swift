enum MunicipalityDecoder {
    static let keys = ["navn", "hjemmeside", "beskrivelse", "tilgaengelighedserklaering", "akut", "politi", "kladde"]

    static func decode(_ source: MunicipalitySource, languages: [String] = [], cache: SourceCache? = nil, unreadable: inout Set<String>,
                       diagnostics d: inout Diagnostics) -> Municipality? {
        let plan = source.plan.flatMap { plan in Modeller.decoded(\.plans, plan.path, cache, &d) { PlanDecoder.decode(plan, diagnostics: &$0) } }
        if plan == nil { unreadable.insert("plan:" + source.id) }
        if source.contactsUnreadable { unreadable.insert("kontakter:" + source.id) }
        let contacts = Modeller.decoded(\.contacts, source.contactsPath, cache, &d) { d in
            source.contacts.compactMap { ContactDecoder.decode($0, diagnostics: &d) }
        }
        let cards = TranslationDecoder.paired(source.cards, languages: languages, diagnostics: &d, decode: { card, d in
            Modeller.decoded(\.cards, card.path, cache, &d) { CardDecoder.decode(card, diagnostics: &$0) }
                ?? { unreadable.insert("kort:\(source.id)/\(card.id)"); return nil }()
        }, attach: { $0.translations = $1 })
        let actionPlan = source.actionPlan.flatMap { ActionPlanDecoder.decode($0.root, diagnostics: &d) }
        unreadable.insert("kommune:" + source.id) // removed again below when the kommune decodes
        guard let settings = source.settings,
              let f = FieldReader(settings.root, noun: "kommune.yaml", known: keys, diagnostics: &d) else { return nil }
        let name = f.text("navn", required: true, example: "Allerød Kommune", diagnostics: &d)
        let website = f.url("hjemmeside", required: true, diagnostics: &d)
        let description = f.text("beskrivelse", diagnostics: &d)
        let statement = f.url("tilgaengelighedserklaering", diagnostics: &d)
        let police = f.reference("politi", namesAllowed: true, diagnostics: &d)
        let urgent = self.urgent(f, diagnostics: &d)
        let draft = f.bool("kladde", diagnostics: &d)
        guard let name, let website, let urgent else { return nil }
        unreadable.remove("kommune:" + source.id)
        return Municipality(
            id: source.id, name: name, website: website, description: description,
            accessibilityStatement: statement, urgentContact: urgent.0, afterHoursContact: urgent.1,
            police: police, plan: plan, contacts: contacts, cards: cards, actionPlan: actionPlan,
            location: f.location, isDraft: draft)
    }

    /// `akut: { kontakt: …, uden_for_aabningstid: … }`
    private static func urgent(_ f: FieldReader, diagnostics d: inout Diagnostics) -> (Reference, Reference?)? {
        guard let value = f.value("akut") else {
            f.missing("akut", example: "{ kontakt: modtagelsen, uden_for_aabningstid: social-doegnvagt }", diagnostics: &d)
            return nil
        }
        guard let a = FieldReader(value, noun: "`akut`", known: ["kontakt", "uden_for_aabningstid"], diagnostics: &d) else { return nil }
        let contact = a.reference("kontakt", required: true, example: "id på kontakten i åbningstiden", namesAllowed: true, diagnostics: &d)
        let afterHours = a.reference("uden_for_aabningstid", namesAllowed: true, diagnostics: &d)
        if a.value("uden_for_aabningstid") == nil {
            d.warning("`akut` har ingen `uden_for_aabningstid`: kommunen har ikke oplyst, hvem man ringer til uden for åbningstid. Kortene og akut-boksen siger det og viser 112 og 114 i stedet. Tilføj fx `uden_for_aabningstid: social-doegnvagt`, når planen nævner en døgnvagt",
                      at: a.location)
        }
        guard let contact else { return nil }
        return (contact, afterHours)
    }
}
