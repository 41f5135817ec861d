import Foundation

/// The full view of an action card, for its own page and for print bundles.
extension CardView {
    /// - Parameter idPrefix: prepended to every id in the card, so several cards
    ///   can share one page (the print bundle) without clashing anchors.
    /// - Parameter language: a translation's language (the card must have it); nil
    ///   for the original.
    static func full(_ card: ActionCard, of m: Municipality, from page: Route, context: PageContext,
                     qrCodes: QRCodes, idPrefix: String = "", language: String? = nil) -> View {
        let linked = context.linked, index = linked.index, t = context.texts(language)
        let original = Routes.card(m.id, card.id)
        let route = language.map(original.translated) ?? original
        let translation = language.flatMap { card.translations[$0] }
        func name(_ translations: [String: TranslatedText]?, _ name: String?) -> String? {
            language.flatMap { translations?[$0]?.name } ?? name
        }
        var view: View = [
            "idPrefix": idPrefix,
            "title": translation?.title ?? card.title,
            "summary": translation?.summary ?? card.summary,
            "age": t[card.age.textKey],
            "municipalityName": m.name,
            "audienceNames": card.audiences.compactMap { name(index.audiences[$0.id]?.translations, index.audiences[$0.id]?.name) }.joined(separator: ", "),
            "situationNames": card.situations.compactMap { name(index.situations[$0.id]?.translations, index.situations[$0.id]?.name) }.joined(separator: ", "),
            "updated": t.date(card.updated),
            "body": prefixingIDs(GeneralAdvice.marked(linked.bodies[route]?.html ?? "", language: language ?? linked.site.settings.defaultLanguage.code), with: idPrefix),
            "basis": basis(card, of: m, from: page, linked: linked).map { item -> View in
                var item = item
                // The plan's headings are in the default language.
                if language != nil { item["headingLang"] = linked.site.settings.defaultLanguage.code }
                return item
            },
            // Intranet-only contacts are absent from the public index, so they drop out here.
            "contacts": card.contacts.compactMap { index.contact($0.id, in: m.id) }.map { context.contact($0, from: page, language: language) },
        ]
        view["akut"] = context.akut(m, from: page, language: language)
        view["plan"] = context.plan(m, from: page, language: language).map { plan -> View in
            var view = plan
            if language != nil { view["hreflang"] = linked.site.settings.defaultLanguage.code } // the plan is not translated
            return view
        }
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

    /// Heading ids and in-page links of a rendered body, made unique on a shared page.
    static func prefixingIDs(_ html: String, with prefix: String) -> String {
        guard !prefix.isEmpty else { return html }
        let headings = (1...6).map { ("<h\($0) id=\"", "<h\($0) id=\"" + prefix) }
        return html.replacingAll([("href=\"#", "href=\"#" + prefix)] + headings)
    }
}
