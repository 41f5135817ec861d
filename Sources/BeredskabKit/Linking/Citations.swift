/// Which kommuner and cards name a national organisation in their YAML or front
/// matter; Markdown links add to this while bodies are linked.
enum FrontMatterCitations {
    static func collect(_ site: Site, index: SiteIndex) -> [String: Set<Citation>] {
        var citations: [String: Set<Citation>] = [:]
        func cite(_ ref: Reference, in m: Municipality, title: String, route: Route) {
            if case .national(let o) = index.contact(ref.id, in: m.id) {
                citations[o.id, default: []].insert(Citation(municipality: m.name, title: title, route: route))
            }
        }
        for m in site.municipalities {
            for ref in m.urgentReferences {
                cite(ref, in: m, title: m.name, route: Routes.municipality(m.id))
            }
            for card in m.cards {
                for ref in card.contacts { cite(ref, in: m, title: card.title, route: Routes.card(m.id, card.id)) }
            }
        }
        return citations
    }
}

/// Action cards follow one structure so a reader under stress finds the same
/// thing in the same place on every card.
enum CardSections {
    static let expected = ["Hvornår bruger du kortet", "Tegn du skal være opmærksom på", "Det gør du nu", "Det må du ikke"]

    static func check(_ body: RenderedBody, path: String, diagnostics d: inout Diagnostics) {
        let present = Set(body.headings.filter { $0.level == 2 }.map(\.text))
        for section in expected where !present.contains(section) {
            d.warning("kortet mangler afsnittet `## \(section)`; alle kort har de samme fire afsnit", at: SourceLocation(path: path))
        }
        let known = Set(expected + [GeneralAdvice.heading])
        for heading in body.headings where heading.level == 2 && !known.contains(heading.text) {
            d.warning("kortet har afsnittet `## \(heading.text)`, som ikke er et af kortenes faste afsnit (\(expected.map { "`\($0)`" }.joined(separator: ", ")) og `\(GeneralAdvice.heading)`); sæt råd, som ikke står i planen, under `## \(GeneralAdvice.heading)`",
                      at: SourceLocation(path: path))
        }
    }
}
