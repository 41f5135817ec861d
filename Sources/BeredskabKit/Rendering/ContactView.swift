enum ContactView {
    /// - Parameter language: the page's language: a national organisation shows its
    ///   texts in it and links to its page in it, where it has them; a kommune's own
    ///   contact shows the texts of its `<kolonne>_<sprog>` columns, and the rest as
    ///   the kommune wrote it. Numbers are the same in all.
    static func make(_ entry: ContactEntry, from page: Route, language: String? = nil, texts: Texts? = nil) -> View {
        let translated = translation(entry, language)
        var view: View = [
            "name": translated?.name ?? entry.name,
            "href": href(entry, from: page, language: language),
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

    /// The link to the contact's entry: a national organisation's page in the page's
    /// language where it has one.
    static func href(_ entry: ContactEntry, from page: Route, language: String?) -> String {
        let target = target(entry, language: language)
        return page.relative(to: target.route, fragment: target.fragment)
    }

    static func target(_ entry: ContactEntry, language: String?) -> SharedParts.Target {
        let (route, fragment) = entry.route
        return SharedParts.Target(route: translation(entry, language) == nil ? route : route.translated(language ?? ""), fragment: fragment)
    }

    private static func translation(_ entry: ContactEntry, _ language: String?) -> TranslatedText? {
        guard let language, case .national(let o) = entry else { return nil }
        return o.translations[language]
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
