/// Resolves the links of one Markdown body and renders it to HTML.
struct MarkdownLinker {
    let index: SiteIndex
    /// municipality id → anchors of its plan's headings
    let planAnchors: [String: Set<String>]
    /// `Site.unreadable`: targets already reported as broken.
    let unreadable: Set<String>
    /// `Site.drafts`: drafts left out of this build.
    var drafts: Set<String> = []
    /// The default language: its bodies get its card sections checked.
    var defaultLanguage = Language.danish.code

    /// The keys of `Site.unreadable` and `Site.drafts` a link's target falls under:
    /// the kommune and the card, plan, term, page or contact table it names.
    private func keys(_ target: LinkTarget, from municipality: String?) -> [String] {
        switch target {
        case .card(let m, let id):
            let k = m ?? municipality ?? ""
            return ["kommune:" + k, "kort:\(k)/\(id)"]
        case .plan(let m, _):
            let k = m ?? municipality ?? ""
            return ["kommune:" + k, "plan:" + k]
        case .term(let id): return ["begreb:" + id]
        case .page(let id): return ["side:" + id]
        case .contact: return ["kontakter:" + (municipality ?? "")]
        default: return []
        }
    }

    struct Result {
        let body: RenderedBody
        let diagnostics: [Diagnostic]
        let citedOrganisations: Set<String>
        /// Every `kontakt:` id the body links to: a translation must name the same.
        var contacts: Set<String> = []
    }

    func link(_ job: BodyJob, parsed: ParsedMarkdown) -> Result {
        var d = Diagnostics()
        var cited = Set<String>()
        let ownAnchors = Set(parsed.headings.map(\.anchor))
        let contacts = Set(parsed.links.compactMap { link -> String? in
            if case .contact(let id) = link.target { return id } else { return nil }
        })
        let rewrites = parsed.links.map { link -> ParsedMarkdown.Rewrite in
            resolve(link, in: job, ownAnchors: ownAnchors, cited: &cited, diagnostics: &d)
        }
        for location in parsed.imageLocations {
            d.error("billeder understøttes ikke i indholdet; et billede fra en anden server ville afsløre læserens besøg. Fjern billedet, eller beskriv det med ord", at: location)
        }
        for mention in parsed.phoneMentions {
            d.warning(phoneMessage(mention.text, municipality: job.municipality?.id), at: mention.location)
        }
        if job.kind == .card {
            CardSections.check(parsed.headings, path: job.markdown.path, language: job.language ?? defaultLanguage, diagnostics: &d)
        }
        let html = parsed.html(rewriting: rewrites)
        return Result(body: RenderedBody(html: html, headings: parsed.headings), diagnostics: d.all, citedOrganisations: cited,
                      contacts: contacts)
    }

    /// Names the contact that has the number, when one does, so the fix is one link.
    private func phoneMessage(_ number: String, municipality: String?) -> String {
        let dial = PhoneNumber(number)?.dial
        let local = municipality.flatMap { index.contacts[$0] }?.values.sorted { $0.id < $1.id }.first { c in c.phones.contains { $0.dial == dial } }
        let national = index.organisations.values.sorted { $0.id < $1.id }.first { o in o.phones.contains { $0.dial == dial } }
        let advice = (local?.id ?? national?.id).map { id in "skriv i stedet et link til kontakten, fx `[\(number)](kontakt:\(id))`" }
            ?? "læg nummeret i kontakttabellen, og link til kontakten med `[navn](kontakt:id)`"
        return "telefonnummeret `\(number)` står direkte i teksten; \(advice), så nummeret kun skal rettes ét sted"
    }

    private func resolve(
        _ link: ParsedMarkdown.Link, in job: BodyJob, ownAnchors: Set<String>,
        cited: inout Set<String>, diagnostics d: inout Diagnostics
    ) -> ParsedMarkdown.Rewrite {
        let here = job.route
        let m = job.municipality
        func fail(_ message: String) -> ParsedMarkdown.Rewrite {
            let targetKeys = keys(link.target, from: m?.id)
            if let key = targetKeys.first(where: drafts.contains) {
                let what = key.hasPrefix("kommune:") ? "kommunen `\(key.dropFirst(8))` er en kladde" : "kortet `\(key.dropFirst(5))` er en kladde"
                d.warning("\(what) og kommer ikke med i denne udgave af sitet; linket vises som almindelig tekst, indtil kladden udgives", at: link.location)
                return .plainText
            }
            if !targetKeys.contains(where: unreadable.contains) { d.error(message, at: link.location) }
            return .plainText
        }
        switch link.target {
        case .external(let url):
            return .href(url)
        case .invalid(let message):
            return fail(message)
        case .fragment(let anchor):
            if !ownAnchors.contains(anchor) {
                d.warning("der er ingen overskrift med ankeret `#\(anchor)` i filen" + Suggestion.hint(for: anchor, in: ownAnchors), at: link.location)
            }
            return .href("#" + anchor)
        case .contact(let id):
            // An `intern` contact in a public build: the link text stays, without a link.
            if index.isHidden(id, in: m?.id) { return .plainText }
            guard let entry = index.contact(id, in: m?.id) else {
                let candidates = Array(index.organisations.keys) + (m.flatMap { index.contacts[$0.id].map { Array($0.keys) } } ?? [])
                let scope = m.map { "i \($0.name)s kontakttabel eller " } ?? ""
                return fail("`kontakt:\(id)` findes ikke \(scope)blandt de landsdækkende organisationer" + Suggestion.hint(for: id, in: candidates))
            }
            if case .national(let o) = entry { cited.insert(o.id) }
            var target = entry.route.0
            if case .national(let o) = entry, let language = job.language, o.translations[language] != nil { target = target.translated(language) }
            return .href(here.relative(to: target, fragment: entry.route.1))
        case .card(let named, let id):
            guard let municipality = named ?? m?.id else {
                return fail("`kort:\(id)` står uden for en kommune; skriv `kort:<kommune>/\(id)`")
            }
            guard let cards = index.cards[municipality] else {
                return fail("kommunen `\(municipality)` findes ikke" + Suggestion.hint(for: municipality, in: index.municipalities.keys))
            }
            guard cards[id] != nil else {
                return fail("kortet `\(id)` findes ikke i kommuner/\(municipality)/kort/" + Suggestion.hint(for: id, in: cards.keys))
            }
            return .href(here.relative(to: translated(Routes.card(municipality, id), job.language) { cards[id]?.translations[$0] != nil }))
        case .plan(let named, let anchor):
            guard let municipality = named ?? m?.id else {
                return fail("`plan:` står uden for en kommune; skriv `plan:<kommune>#anker`")
            }
            guard let anchors = planAnchors[municipality] else {
                return fail("kommunen `\(municipality)` har ingen plan" + Suggestion.hint(for: municipality, in: planAnchors.keys))
            }
            if let anchor, !anchors.contains(anchor) {
                return fail("planen for `\(municipality)` har ingen overskrift med ankeret `#\(anchor)`" + Suggestion.hint(for: anchor, in: anchors))
            }
            return .href(here.relative(to: Routes.plan(municipality), fragment: anchor))
        case .term(let id):
            guard index.terms[id] != nil else {
                return fail("begrebet `\(id)` findes ikke i begreber/" + Suggestion.hint(for: id, in: index.terms.keys))
            }
            return .href(here.relative(to: translated(Routes.term(id), job.language) { index.terms[id]?.translations[$0] != nil }))
        case .page(let id):
            guard index.pages[id] != nil else {
                return fail("siden `\(id)` findes ikke i sider/" + Suggestion.hint(for: id, in: index.pages.keys))
            }
            return .href(here.relative(to: translated(Routes.page(id), job.language) { index.pages[id]?.translations[$0] != nil }))
        }
    }

    /// A translation links to the translation of what it links to where there is
    /// one, else to the original.
    private func translated(_ route: Route, _ language: String?, exists: (String) -> Bool) -> Route {
        guard let language, exists(language) else { return route }
        return route.translated(language)
    }
}
