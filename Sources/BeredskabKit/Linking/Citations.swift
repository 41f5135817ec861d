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
/// thing in the same place on every card.
enum CardSections {
    static let expected = ["Hvornår bruger du kortet", "Tegn du skal være opmærksom på", "Det gør du nu", "Det må du ikke"]

    static func check(_ headings: [ParsedMarkdown.Heading], path: String, diagnostics d: inout Diagnostics) {
        let present = Set(headings.filter { $0.level == 2 }.map(\.text))
        for section in expected where !present.contains(section) {
            d.warning("kortet mangler afsnittet `## \(section)`; alle kort har de samme fire afsnit", at: SourceLocation(path: path))
        }
        let known = Set(expected + [GeneralAdvice.heading])
        for heading in headings where heading.level == 2 && !known.contains(heading.text) {
            d.warning("kortet har afsnittet `## \(heading.text)`, som ikke er et af kortenes faste afsnit (\(expected.map { "`\($0)`" }.joined(separator: ", ")) og `\(GeneralAdvice.heading)`); sæt råd, som ikke står i planen, under `## \(GeneralAdvice.heading)`",
                      at: SourceLocation(path: path))
        }
    }
}
