enum ContactView {
    /// - Parameter language: the page's language: a national organisation shows its
    ///   texts in it and links to its page in it, where it has them; a kommune's own
    ///   contact shows the texts of its `<kolonne>_<sprog>` columns, and the rest as
    ///   the kommune wrote it. Numbers are the same in all.
    static func make(_ entry: ContactEntry, from page: Route, language: String? = nil, texts: Texts? = nil) -> View {
        var (route, fragment) = entry.route
        var translated: TranslatedText?
        if let language, case .national(let o) = entry, let text = o.translations[language] {
            translated = text
            route = route.translated(language)
        }
        var view: View = [
            "name": translated?.name ?? entry.name,
            "href": page.relative(to: route, fragment: fragment),
            "phones": entry.phones.map { ["display": $0.display, "dial": $0.dial] },
            "alwaysOpen": entry.alwaysOpen,
            "role": translated?.description ?? entry.role,
        ]
        view["email"] = entry.email?.value
        view["hours"] = translated.map { $0.openingHours } ?? entry.openingHours
        switch entry {
        case .local(_, let c):
            let local = language.flatMap { c.translations[$0] }
            if let name = local?.name { view["name"] = name }
            if let role = local?.role { view["role"] = role }
            if let hours = local?.openingHours { view["hours"] = hours }
            view["anchor"] = "kontakt-" + c.id
            view["unit"] = local?.unit ?? c.unit
            view["note"] = local?.note ?? c.note
            view["source"] = c.source
            view["verified"] = c.verified.map { texts?.date($0) ?? $0.danish }
            view["internal"] = c.visibility == .intranetOnly
        case .national(let o):
            view["anchor"] = "organisation-" + o.id
            view["website"] = o.website?.value
            view["note"] = translated.map { $0.note } ?? o.note
            view["source"] = o.source
        }
        return view
    }
}

enum CardView {
    static func summary(_ card: ActionCard, of m: Municipality, from page: Route, texts: Texts, showMunicipality: Bool = false) -> View {
        var view: View = [
            "title": card.title,
            "href": page.relative(to: Routes.card(m.id, card.id)),
            "summary": card.summary,
            "age": texts[card.age.textKey],
        ]
        if showMunicipality { view["municipalityName"] = m.name }
        return view
    }
}
