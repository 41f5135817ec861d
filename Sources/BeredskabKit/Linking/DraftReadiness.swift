/// Drafts and the placeholders `beredskab new` writes. `check` lists each draft
/// with what it still lacks; a placeholder left in published content is an
/// error, because a reader would see it.
enum DraftReadiness {
    /// What `beredskab new` writes where the editor must fill in a fact.
    static let placeholder = "UDFYLD"

    static func check(_ m: Municipality, diagnostics d: inout Diagnostics) {
        if m.isDraft {
            d.warning("kommunen er en kladde (`kladde: ja`) og kommer ikke med på det offentlige site; "
                      + "fjern `kladde: ja`, når den er klar" + lacks(m), at: m.location)
        }
        placeholders(in: m, isDraft: m.isDraft, diagnostics: &d)
        for card in m.cards {
            if card.isDraft && !m.isDraft {
                d.warning("kortet er en kladde (`kladde: ja`) og kommer ikke med på det offentlige site; fjern `kladde: ja`, når det er klart",
                          at: card.location)
            }
            placeholders(in: card, isDraft: m.isDraft || card.isDraft, diagnostics: &d)
        }
    }

    /// "; den mangler: …" listing the facts a plan and its contacts must give.
    private static func lacks(_ m: Municipality) -> String {
        var missing: [String] = []
        if let plan = m.plan, plan.dates.start == nil { missing.append("planens dato (`vedtaget` eller `gaeldende_fra`)") }
        if !m.contacts.contains(where: { !$0.phones.isEmpty }) { missing.append("mindst ét telefonnummer i kontakttabellen") }
        if m.afterHoursContact == nil { missing.append("en kontakt uden for åbningstid (`akut.uden_for_aabningstid`), hvis planen nævner en") }
        if m.cards.isEmpty { missing.append("handlekort") }
        return missing.isEmpty ? "" : ". Før den udgives, mangler: " + missing.joined(separator: "; ")
    }

    private static func placeholders(in m: Municipality, isDraft: Bool, diagnostics d: inout Diagnostics) {
        let fields = [m.name, m.description, m.website.value].compactMap { $0 }
        if fields.contains(where: { $0.containsBytes(placeholder) }) { report(at: m.location, isDraft: isDraft, &d) }
        for c in m.contacts where [c.name, c.role, c.unit, c.openingHours, c.source, c.note].contains(where: { $0?.containsBytes(placeholder) == true }) {
            report(at: c.location, isDraft: isDraft, &d)
        }
        if let plan = m.plan {
            if [plan.title, plan.responsible, plan.summary].contains(where: { $0.containsBytes(placeholder) }) { report(at: plan.location, isDraft: isDraft, &d) }
            body(plan.body, isDraft: isDraft, &d)
        }
    }

    private static func placeholders(in card: ActionCard, isDraft: Bool, diagnostics d: inout Diagnostics) {
        if [card.title, card.summary].contains(where: { $0.containsBytes(placeholder) }) { report(at: card.location, isDraft: isDraft, &d) }
        body(card.body, isDraft: isDraft, &d)
    }

    /// Each line of a Markdown body that still holds the placeholder.
    private static func body(_ text: MarkdownText, isDraft: Bool, _ d: inout Diagnostics) {
        guard text.text.containsBytes(placeholder) else { return }
        for (offset, line) in text.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: placeholder) else { continue }
            let location = SourceLocation(path: text.path, line: text.firstLine + offset, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            report(at: location, isDraft: isDraft, &d)
        }
    }

    private static func report(at location: SourceLocation, isDraft: Bool, _ d: inout Diagnostics) {
        if isDraft {
            d.warning("`\(placeholder)` står her endnu; skriv det, planen siger, før kladden udgives", at: location)
        } else {
            d.error("`\(placeholder)` står her endnu og ville blive vist på sitet; skriv det, planen siger, eller sæt `kladde: ja`, indtil det er klart", at: location)
        }
    }
}
