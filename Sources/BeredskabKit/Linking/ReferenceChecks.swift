/// Resolves the ids written in YAML and front matter.
struct ReferenceChecks {
    let index: SiteIndex
    let target: BuildTarget
    /// `Site.unreadable`: a kommune whose contact table was reported as unreadable
    /// gets no second message for each reference into it.
    var unreadable: Set<String> = []

    /// The references of the site's own files (situations to terms).
    func checkSite(_ site: Site, diagnostics d: inout Diagnostics) {
        for situation in site.situations {
            if let term = situation.term, index.terms[term.id] == nil, !site.unreadable.contains("begreb:" + term.id) {
                d.error("begrebet `\(term.id)` findes ikke i begreber/" + Suggestion.hint(for: term.id, in: index.terms.keys), at: term.location)
            }
        }
    }

    /// A kommune's references: its akut box and its cards.
    func check(_ m: Municipality, diagnostics d: inout Diagnostics) {
        checkUrgent(m, diagnostics: &d)
        for card in m.cards { check(card, in: m, diagnostics: &d) }
    }

    private func checkUrgent(_ m: Municipality, diagnostics d: inout Diagnostics) {
        let refs = [(m.urgentContact, "akut-kontakten")]
            + (m.afterHoursContact.map { [($0, "kontakten uden for åbningstid")] } ?? [])
            + (m.police.map { [($0, "politikontakten")] } ?? [])
        for (ref, noun) in refs {
            // Intern in either build: hidden from the public one, still intern in the intranet one.
            if index.isHidden(ref.id, in: m.id) {
                d.error(Self.internMessage(noun, ref.id), at: ref.location)
                continue
            }
            guard let entry = contact(ref, in: m, diagnostics: &d) else { continue }
            if case .local(_, let c) = entry, c.visibility == .intranetOnly {
                d.error(Self.internMessage(noun, ref.id), at: ref.location)
            }
            if entry.phones.isEmpty && entry.email == nil {
                d.warning("\(noun) `\(ref.id)` har hverken telefonnummer eller e-mail; akut-boksen kan ikke vise, hvordan man kontakter den", at: ref.location)
            }
        }
        if let ref = m.afterHoursContact, let after = index.contact(ref.id, in: m.id), !after.alwaysOpen {
            d.warning("kontakten uden for åbningstid `\(after.id)` er ikke markeret som døgnåben (`doegnaaben: ja`); vælg en døgnvagt eller en døgnåben linje", at: ref.location)
        }
    }

    private func check(_ card: ActionCard, in m: Municipality, diagnostics d: inout Diagnostics) {
        if card.id.hasPrefix("udskriv-") {
            d.error("kort-id'er, der begynder med `udskriv-`, er forbeholdt siderne \"Udskriv alle kort\"; omdøb filen", at: SourceLocation(path: card.body.path))
        }
        for ref in card.audiences where index.audiences[ref.id] == nil {
            d.error("målgruppen `\(ref.id)` findes ikke i maalgrupper.yaml" + Suggestion.hint(for: ref.id, in: index.audiences.keys), at: ref.location)
        }
        for ref in card.situations where index.situations[ref.id] == nil {
            d.error("situationen `\(ref.id)` findes ikke i situationer.yaml" + Suggestion.hint(for: ref.id, in: index.situations.keys), at: ref.location)
        }
        // An `intern` contact on a card is for the intranet build; the public card leaves it out.
        for ref in card.contacts where !index.isHidden(ref.id, in: m.id) { _ = contact(ref, in: m, diagnostics: &d) }
    }

    private static func internMessage(_ noun: String, _ id: String) -> String {
        "\(noun) `\(id)` er markeret `intern`, men vises på alle kommunens sider; gør den offentlig eller vælg en anden"
    }

    private func contact(_ ref: Reference, in m: Municipality, diagnostics d: inout Diagnostics) -> ContactEntry? {
        if let written = ref.written {
            d.error("`\(written)` er ikke et id; skriv kontaktens id fra kontakttabellen eller organisationer.yaml, ikke dens navn" + contactHint(written, in: m),
                    at: ref.location)
            return nil
        }
        if let entry = index.contact(ref.id, in: m.id) { return entry }
        if unreadable.contains("kontakter:" + m.id) { return nil }
        let candidates = Array(index.organisations.keys) + Array(index.contacts[m.id]?.keys.map { $0 } ?? [])
        d.error("kontakten `\(ref.id)` findes ikke i \(m.name)s kontakttabel eller blandt de landsdækkende organisationer" + Suggestion.hint(for: ref.id, in: candidates),
                at: ref.location)
        return nil
    }

    /// The contact whose id or name is closest to a name the editor wrote, e.g.
    /// `Jobcenter, integration og voksenområdet` → `jobcenter`.
    private func contactHint(_ written: String, in m: Municipality) -> String {
        var ids: [String: String] = [:] // folded id or name → id
        for (id, o) in index.organisations { ids[id] = id; ids[Identifier.suggestion(for: o.name)] = id }
        for (id, c) in index.contacts[m.id] ?? [:] { ids[id] = id; ids[Identifier.suggestion(for: c.name)] = id }
        let folded = Identifier.suggestion(for: written)
        if let exact = ids[folded] { return " (mente du `\(exact)`?)" }
        // A name often starts with the unit the id is made from: "Jobcenter, integration …".
        let prefixed = ids.filter { folded.hasPrefix($0.key + "-") }.max { ($0.key.count, $1.value) < ($1.key.count, $0.value) }
        if let prefixed { return " (mente du `\(prefixed.value)`?)" }
        return Suggestion.closest(to: folded, in: ids.keys.sorted()).flatMap { ids[$0] }.map { " (mente du `\($0)`?)" } ?? ""
    }
}

/// Barnets lov § 15, stk. 3: the plan is revised at least every fourth year.
enum RevisionCheck {
    static func check(_ m: Municipality, today: Day, diagnostics d: inout Diagnostics) {
        if let plan = m.plan, let reviseBy = plan.reviseBy, reviseBy < today {
            d.warning("\(m.name)s plan skulle have været revideret senest \(reviseBy.danish) (Barnets lov § 15, stk. 3); revidér den, og ret `vedtaget` eller `gaeldende_fra` (og `revideres_senest`, hvis den er sat)", at: plan.location)
        }
    }
}
