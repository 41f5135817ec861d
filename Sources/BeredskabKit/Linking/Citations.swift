/// Which kommuner and cards name a national organisation in their YAML or front
/// matter; Markdown links add to this while bodies are linked.
enum FrontMatterCitations {
    static func collect(_ m: Municipality, index: SiteIndex) -> [String: Set<Citation>] {
        var citations: [String: Set<Citation>] = [:]
        // Most references are local contacts: those are told apart without copying
        // the contact or making the page's route (this ran for every card on every rebuild).
        func cite(_ ref: Reference, in m: Municipality, title: String, route: @autoclosure () -> Route) {
            guard index.organisations[ref.id] != nil, index.contacts[m.id]?.index(forKey: ref.id) == nil,
                  case .national(let o) = index.contact(ref.id, in: m.id) else { return }
            citations[o.id, default: []].insert(Citation(municipality: m.name, title: title, route: route()))
        }
        for ref in m.urgentReferences {
            cite(ref, in: m, title: m.name, route: Routes.municipality(m.id))
        }
        for card in m.cards {
            for ref in card.contacts { cite(ref, in: m, title: card.title, route: Routes.card(m.id, card.id)) }
        }
        return citations
    }
}

/// Action cards follow one structure so a reader under stress finds the same
/// thing in the same place on every card, in every language (`CardWording`).
enum CardSections {
    static func check(_ headings: [ParsedMarkdown.Heading], path: String, language: String, diagnostics d: inout Diagnostics) {
        guard let wording = CardWording.byLanguage[language] else { return }
        let expected = wording.sections
        let present = Set(headings.filter { $0.level == 2 }.map(\.text))
        for section in expected where !present.contains(section) {
            d.warning("kortet mangler afsnittet `## \(section)`; alle kort har de samme fire afsnit", at: SourceLocation(path: path))
        }
        let known = Set(expected + [wording.generalAdvice])
        for heading in headings where heading.level == 2 && !known.contains(heading.text) {
            d.warning("kortet har afsnittet `## \(heading.text)`, som ikke er et af kortenes faste afsnit (\(expected.map { "`\($0)`" }.joined(separator: ", ")) og `\(wording.generalAdvice)`); sæt råd, som ikke står i planen, under `## \(wording.generalAdvice)`",
                      at: SourceLocation(path: path))
        }
    }
}

/// A translation gives the reader the same ways to get help as its original: it
/// links to the same contacts, no more and no fewer.
enum TranslationContacts {
    static func check(_ job: BodyJob, _ result: MarkdownLinker.Result, original: MarkdownLinker.Result?, diagnostics d: inout Diagnostics) {
        guard job.language != nil, let original else { return }
        let location = SourceLocation(path: job.markdown.path)
        for id in result.contacts.subtracting(original.contacts).sorted() {
            d.error("oversættelsen linker til `kontakt:\(id)`, som originalen ikke linker til; en oversættelse skal nævne de samme kontakter som originalen",
                    at: location)
        }
        for id in original.contacts.subtracting(result.contacts).sorted() {
            d.warning("oversættelsen linker ikke til `kontakt:\(id)`, som originalen linker til; læseren skal have de samme kontakter på alle sprog",
                      at: location)
        }
    }

    /// Checks every translation among `jobs` against its original's result.
    static func check(_ jobs: [BodyJob], _ results: [MarkdownLinker.Result?], diagnostics d: inout Diagnostics) {
        var originals: [Route: MarkdownLinker.Result] = [:]
        for (job, result) in zip(jobs, results) where job.language == nil { originals[job.route] = result }
        for (job, result) in zip(jobs, results) {
            guard let result, let original = job.original else { continue }
            check(job, result, original: originals[original], diagnostics: &d)
        }
    }
}
