import Foundation

/// Each card's article, made once for the card's page and for the print bundles
/// of its audiences: building the card's view and rendering `card-article` twice
/// was 6 % of a national build. The ids in it begin with `idPlaceholder`, which the
/// card page drops (`finish`) and a bundle replaces with the card's id and a
/// hyphen, so several cards share a bundle page without clashing anchors.
///
/// For a build, every card of a few kommuner at once, on every core (`makeAll`);
/// for the preview server, each card when its page or a bundle asks for it.
final class CardArticles: Sendable {
    /// A NUL byte: in no text a page shows (a file holding one is refused as
    /// binary, cmark turns it into U+FFFD, and so does the HTML escaping).
    static let idPlaceholder = "\u{0}"

    struct Article: Sendable {
        /// The card's view, with the rendered article as `article`, for the card page.
        let view: View
        /// The article as a print bundle shows it (empty for a translation: bundles
        /// are in the default language).
        let bundleHTML: String
    }

    private let context: PageContext
    private let templates: TemplateSet
    private let qrCodes: QRCodes
    private let made = Locked([Route: Article]())

    init(context: PageContext, templates: TemplateSet, qrCodes: QRCodes) {
        self.context = context
        self.templates = templates
        self.qrCodes = qrCodes
    }

    /// The default-language article of every card of these kommuner, on every core.
    func makeAll(_ municipalities: [Municipality]) {
        let cards = municipalities.flatMap { m in m.cards.map { (m, $0) } }
        let articles = ParallelMap.map(cards) { m, card in self.make(card, of: m, language: nil) }
        made.withLock { made in
            for ((m, card), article) in zip(cards, articles) { made[Routes.card(m.id, card.id)] = article }
        }
    }

    /// - Parameter language: a translation's language (the card must have it); nil for the original.
    func article(_ card: ActionCard, of m: Municipality, language: String? = nil) -> Article {
        made.value(Self.route(card, of: m, language: language)) { make(card, of: m, language: language) }
    }

    /// A card page as written: without the placeholder (also where a kommune's own
    /// `card.mustache` renders `card-article` from the card's view).
    @Sendable static func finish(_ page: inout [UInt8]) {
        page = replacingPlaceholder(in: page, with: [])
    }

    /// Over the bytes, by memchr between the few placeholders: `removeAll(where:)`
    /// and `String.replacingAll` looked at every byte (5 % of a national build).
    static func replacingPlaceholder(in bytes: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, memchr(base, 0, buffer.count) != nil else { return bytes }
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count + 8 * replacement.count)
            var start = 0
            while start < buffer.count {
                let rest = buffer.count - start
                let found = memchr(base + start, 0, rest).map { UnsafePointer<UInt8>(OpaquePointer($0)) - (base + start) }
                out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: found ?? rest))
                guard let found else { break }
                out.append(contentsOf: replacement)
                start += found + 1
            }
            return out
        }
    }

    private static func route(_ card: ActionCard, of m: Municipality, language: String?) -> Route {
        let original = Routes.card(m.id, card.id)
        return language.map(original.translated) ?? original
    }

    private func make(_ card: ActionCard, of m: Municipality, language: String?) -> Article {
        let route = Self.route(card, of: m, language: language)
        var view = CardView.full(card, of: m, from: route, context: context, qrCodes: qrCodes,
                                 idPrefix: Self.idPlaceholder, language: language)
        var standalone = view
        standalone["t"] = context.texts(language).view // rendered on its own, outside a page that gives it
        let html = templates.renderBytes(standalone, template: "card-article", parts: context.renderedParts)
        view["article"] = String(decoding: html, as: UTF8.self)
        let bundleHTML = language == nil
            ? String(decoding: Self.replacingPlaceholder(in: html, with: Array((card.id + "-").utf8)), as: UTF8.self) : ""
        return Article(view: view, bundleHTML: bundleHTML)
    }
}
