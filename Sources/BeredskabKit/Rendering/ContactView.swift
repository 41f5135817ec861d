enum ContactView {
    static func make(_ entry: ContactEntry, from page: Route) -> View {
        let (route, fragment) = entry.route
        var view: View = [
            "name": entry.name,
            "href": page.relative(to: route, fragment: fragment),
            "phones": entry.phones.map { ["display": $0.display, "dial": $0.dial] },
            "alwaysOpen": entry.alwaysOpen,
            "role": entry.role,
        ]
        view["email"] = entry.email?.value
        view["hours"] = entry.openingHours
        switch entry {
        case .local(_, let c):
            view["anchor"] = "kontakt-" + c.id
            view["unit"] = c.unit
            view["note"] = c.note
            view["source"] = c.source
            view["verified"] = c.verified?.danish
            view["internal"] = c.visibility == .intranetOnly
        case .national(let o):
            view["anchor"] = "organisation-" + o.id
            view["website"] = o.website?.value
            view["note"] = o.note
            view["source"] = o.source
        }
        return view
    }
}

enum CardView {
    static func summary(_ card: ActionCard, of m: Municipality, from page: Route, showMunicipality: Bool = false) -> View {
        var view: View = [
            "title": card.title,
            "href": page.relative(to: Routes.card(m.id, card.id)),
            "summary": card.summary,
            "age": card.age.label,
        ]
        if showMunicipality { view["municipalityName"] = m.name }
        return view
    }
}
