enum SiteDecoder {
    static let keys = ["titel", "beskrivelse", "hurtig_exit", "tilgaengelighedserklaering", "base_url", "kontakt_email", "sprog"]

    static func decode(_ value: YAMLValue, diagnostics d: inout Diagnostics) -> SiteSettings? {
        // The other languages' blocks (`en:`) are known keys once `sprog` names them.
        var probe = Diagnostics()
        let declared = FieldReader(value, noun: "site.yaml", known: keys, diagnostics: &probe)
            .map { TranslationDecoder.languages($0, diagnostics: &probe) } ?? [.danish]
        let others = declared.dropFirst().map(\.code)
        guard let f = FieldReader(value, noun: "site.yaml", known: keys + others, diagnostics: &d) else { return nil }
        let languages = TranslationDecoder.languages(f, diagnostics: &d)
        let translations = TranslationDecoder.texts(f, languages: others, diagnostics: &d, names: ("titel", "beskrivelse"))
        let title = f.text("titel", required: true, diagnostics: &d)
        let description = f.text("beskrivelse", required: true, diagnostics: &d)
        let exit = f.url("hurtig_exit", required: true, diagnostics: &d)
        let statement = f.url("tilgaengelighedserklaering", required: true, diagnostics: &d)
        let base = f.url("base_url", diagnostics: &d)
        let email = f.email("kontakt_email", diagnostics: &d)
        guard let title, let description, let exit, let statement else { return nil }
        var settings = SiteSettings(title: title, description: description, quickExit: exit,
                                    accessibilityStatement: statement, baseURL: base, contactEmail: email)
        settings.languages = languages
        settings.translations = translations
        return settings
    }

    /// Stands in while site.yaml is broken, so the rest is still checked and every
    /// error of the build is reported at once. Never rendered: the build stops first.
    static let placeholder = SiteSettings(
        title: "", description: "", quickExit: WebURL("https://www.dr.dk/")!,
        accessibilityStatement: WebURL("https://www.was.digst.dk/")!, baseURL: nil, contactEmail: nil)
}
