/// Situations, audiences, glossary terms and free pages.
enum DirectoryDecoder {
    static func situation(_ value: YAMLValue, languages: [String] = [], diagnostics d: inout Diagnostics) -> Situation? {
        guard let f = FieldReader(value, noun: "situationen", known: ["id", "navn", "beskrivelse", "begreb"] + languages, diagnostics: &d) else { return nil }
        let id = f.id(diagnostics: &d)
        let name = f.text("navn", required: true, diagnostics: &d)
        let description = f.text("beskrivelse", required: true, diagnostics: &d)
        let term = f.reference("begreb", diagnostics: &d)
        let translations = TranslationDecoder.texts(f, languages: languages, diagnostics: &d)
        guard let id, let name, let description else { return nil }
        return Situation(id: id, name: name, description: description, term: term, location: f.location, translations: translations)
    }

    static func audience(_ value: YAMLValue, languages: [String] = [], diagnostics d: inout Diagnostics) -> Audience? {
        guard let f = FieldReader(value, noun: "målgruppen", known: ["id", "navn", "beskrivelse"] + languages, diagnostics: &d) else { return nil }
        let id = f.id(diagnostics: &d)
        let name = f.text("navn", required: true, diagnostics: &d)
        let description = f.text("beskrivelse", required: true, diagnostics: &d)
        let translations = TranslationDecoder.texts(f, languages: languages, diagnostics: &d)
        guard let id, let name, let description else { return nil }
        return Audience(id: id, name: name, description: description, location: f.location, translations: translations)
    }

    static func term(_ source: MarkdownSource, diagnostics d: inout Diagnostics) -> GlossaryTerm? {
        guard let f = FieldReader(source.frontMatter, noun: "begrebets front matter (nøglerne øverst i filen)", known: ["titel", "resume", "kilde"], diagnostics: &d) else { return nil }
        let title = f.text("titel", required: true, diagnostics: &d)
        let summary = f.text("resume", required: true, diagnostics: &d)
        let origin = f.text("kilde", diagnostics: &d)
        guard let title, let summary else { return nil }
        return GlossaryTerm(id: source.id, title: title, summary: summary, source: origin, body: source.markdown)
    }

    static func page(_ source: MarkdownSource, diagnostics d: inout Diagnostics) -> FreePage? {
        guard let f = FieldReader(source.frontMatter, noun: "sidens front matter (nøglerne øverst i filen)", known: ["titel", "resume"], diagnostics: &d) else { return nil }
        let title = f.text("titel", required: true, diagnostics: &d)
        let summary = f.text("resume", required: true, diagnostics: &d)
        guard let title, let summary else { return nil }
        return FreePage(id: source.id, title: title, summary: summary, body: source.markdown)
    }
}

extension MarkdownSource {
    var markdown: MarkdownText { MarkdownText(text: body, path: path, firstLine: bodyFirstLine) }
}
