/// Each card's QR code, encoded once (a card shows it on its page and in print
/// bundles): for a build all at once on every core; for the preview server each
/// when it is first asked for, so the page opened after an edit encodes its own
/// code, not the kommune's thirty.
final class QRCodes: Sendable {
    private let base: WebURL?
    /// Every card page with the text alternative of its code, in its language.
    private let labels: [Route: String]
    private let made = Locked([Route: String]())

    /// - Parameter label: the QR code's text alternative in a language (nil: the default).
    init(_ linked: LinkedSite, _ municipalities: [Municipality], eager: Bool, label: (String?) -> String) {
        base = linked.site.settings.baseURL
        var labels: [Route: String] = [:]
        for m in municipalities {
            for card in m.cards {
                let route = Routes.card(m.id, card.id)
                labels[route] = label(nil)
                for language in card.translations.keys { labels[route.translated(language)] = label(language) }
            }
        }
        self.labels = labels
        guard eager, base != nil else { return }
        let routes = labels.keys.sorted()
        let codes = ParallelMap.map(routes) { self.encode($0) }
        made.withLock { made in
            for (route, code) in zip(routes, codes) { made[route] = code }
        }
    }

    /// The code of the card at `route`; nil without `base_url` (no address to encode).
    subscript(route: Route) -> String? {
        if let kept = made.withLock({ $0[route] }) { return kept }
        guard let code = encode(route) else { return nil }
        made.withLock { $0[route] = code }
        return code
    }

    private func encode(_ route: Route) -> String? {
        guard let base, let label = labels[route] else { return nil }
        let url = SiteFiles.absoluteURL(of: route, base: base)
        return QRCode.svg(url, label: "\(label): \(url)")
    }
}
