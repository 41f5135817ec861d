import Foundation

/// The full view of an action card, for its own page and for print bundles.
extension CardView {
    /// - Parameter idPrefix: prepended to every id in the card, so several cards
    ///   can share one page (the print bundle) without clashing anchors.
    static func full(_ card: ActionCard, of m: Municipality, from page: Route, linked: LinkedSite,
                     qrCodes: [Route: String], idPrefix: String = "") -> View {
        let index = linked.index
        let route = Routes.card(m.id, card.id)
        var view: View = [
            "idPrefix": idPrefix,
            "title": card.title,
            "summary": card.summary,
            "age": card.age.label,
            "municipalityName": m.name,
            "audienceNames": card.audiences.compactMap { index.audiences[$0.id]?.name }.joined(separator: ", "),
            "situationNames": card.situations.compactMap { index.situations[$0.id]?.name }.joined(separator: ", "),
            "updated": card.updated.danish,
            "body": prefixingIDs(GeneralAdvice.marked(linked.bodies[route]?.html ?? ""), with: idPrefix),
            "basis": basis(card, of: m, from: page, linked: linked),
            // Intranet-only contacts are absent from the public index, so they drop out here.
            "contacts": card.contacts.compactMap { index.contact($0.id, in: m.id) }.map { ContactView.make($0, from: page) },
        ]
        view["akut"] = PageContext.akut(m, from: page, linked: linked)
        view["plan"] = m.plan.map { PlanView.make($0, of: m, from: page, today: linked.today) }
        if let base = linked.site.settings.baseURL {
            view["liveURL"] = SiteFiles.absoluteURL(of: route, base: base)
            view["qr"] = qrCodes[route]
        }
        return view
    }

    /// The plan sections of `bygger_paa`, titled as in the plan (checked by the link stage).
    static func basis(_ card: ActionCard, of m: Municipality, from page: Route, linked: LinkedSite) -> [View] {
        let plan = Routes.plan(m.id)
        let headings = linked.bodies[plan]?.headings ?? []
        return card.basis.compactMap { ref in
            headings.first { $0.anchor == ref.id }.map { ["text": $0.text, "href": page.relative(to: plan, fragment: ref.id)] }
        }
    }

    /// Each card's QR code, encoded once (a card shows it on its page and in bundles).
    static func qrCodes(_ linked: LinkedSite, _ municipalities: [Municipality]) -> [Route: String] {
        guard let base = linked.site.settings.baseURL else { return [:] }
        let routes = municipalities.flatMap { m in m.cards.map { Routes.card(m.id, $0.id) } }
        let codes = ParallelMap.map(routes) { route -> String? in
            let url = SiteFiles.absoluteURL(of: route, base: base)
            return QRCode.svg(url, label: "QR-kode til den nyeste udgave af kortet: \(url)")
        }
        var result: [Route: String] = [:]
        for (route, code) in zip(routes, codes) { result[route] = code }
        return result
    }

    /// Heading ids and in-page links of a rendered body, made unique on a shared page.
    static func prefixingIDs(_ html: String, with prefix: String) -> String {
        guard !prefix.isEmpty else { return html }
        let headings = (1...6).map { ("<h\($0) id=\"", "<h\($0) id=\"" + prefix) }
        return html.replacingAll([("href=\"#", "href=\"#" + prefix)] + headings)
    }
}
