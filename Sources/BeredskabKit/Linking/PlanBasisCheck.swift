/// A card's `bygger_paa` names the plan sections its procedure rests on, so a
/// reader can trace every step to the kommune's own plan.
enum PlanBasisCheck {
    /// - Parameter anchors: the kommune's plan's anchors; nil when the plan could not
    ///   be read (reported already: one defect, one error).
    static func check(_ m: Municipality, anchors: Set<String>?, diagnostics d: inout Diagnostics) {
        guard let anchors else { return }
        for card in m.cards {
            if card.basis.isEmpty {
                d.warning("kortet nævner ikke, hvilke afsnit af planen det bygger på; tilføj `bygger_paa: [...]` med ankrene på de overskrifter i plan.md, som kortets trin bygger på, og sæt råd, som ikke står i planen, under `## Generelle råd`",
                          at: card.location)
            }
            for ref in card.basis where !anchors.contains(ref.id) {
                d.error("afsnittet `#\(ref.id)` findes ikke i \(m.name)s plan; `bygger_paa` skal nævne ankre på overskrifter i plan.md" + Suggestion.hint(for: ref.id, in: anchors),
                        at: ref.location)
            }
        }
    }
}
