/// `handleplan.yaml`.
enum ActionPlanDecoder {
    static func decode(_ value: YAMLValue, diagnostics d: inout Diagnostics) -> ActionPlan? {
        let keys = ["titel", "ansvarlig", "periode", "resume", "budget", "kilde", "spor", "historik"]
        guard let f = FieldReader(value, noun: "handleplanen", known: keys, diagnostics: &d) else { return nil }
        let title = f.text("titel", required: true, diagnostics: &d)
        let period = self.period(f, diagnostics: &d)
        let tracks = items(f, "spor", d: &d, track)
        let history = items(f, "historik", d: &d, self.history)
        guard let title, let period else { return nil }
        return ActionPlan(
            title: title, responsible: f.text("ansvarlig", diagnostics: &d), periodFrom: period.0, periodTo: period.1,
            summary: f.text("resume", diagnostics: &d), budget: f.text("budget", diagnostics: &d),
            source: f.text("kilde", diagnostics: &d), tracks: tracks, history: history, location: f.location)
    }

    private static func period(_ f: FieldReader, diagnostics d: inout Diagnostics) -> (Int, Int)? {
        guard let value = f.value("periode") else {
            f.missing("periode", example: "{ fra: 2024, til: 2026 }", diagnostics: &d)
            return nil
        }
        guard let p = FieldReader(value, noun: "`periode`", known: ["fra", "til"], diagnostics: &d) else { return nil }
        let from = p.year("fra", diagnostics: &d), to = p.year("til", diagnostics: &d)
        guard let from, let to else { return nil }
        return (from, to)
    }

    private static func items<T>(_ f: FieldReader, _ key: String, d: inout Diagnostics, _ decode: (YAMLValue, inout Diagnostics) -> T?) -> [T] {
        guard let value = f.value(key) else { return [] }
        guard case .sequence(let items, _) = value else {
            d.error("`\(key)` skal være en liste", at: value.location)
            return []
        }
        return items.compactMap { decode($0, &d) }
    }

    private static func track(_ value: YAMLValue, _ d: inout Diagnostics) -> ActionPlan.Track? {
        guard let f = FieldReader(value, noun: "sporet", known: ["id", "navn", "beskrivelse", "maal"], diagnostics: &d) else { return nil }
        let id = f.id(diagnostics: &d), name = f.text("navn", required: true, diagnostics: &d)
        let goals = items(f, "maal", d: &d, goal)
        guard let id, let name else { return nil }
        return ActionPlan.Track(id: id, name: name, description: f.text("beskrivelse", diagnostics: &d), goals: goals)
    }

    private static func goal(_ value: YAMLValue, _ d: inout Diagnostics) -> ActionPlan.Goal? {
        guard let f = FieldReader(value, noun: "målet", known: ["id", "tekst", "maaltal", "enhed", "status"], diagnostics: &d) else { return nil }
        let id = f.id(diagnostics: &d), text = f.text("tekst", required: true, diagnostics: &d)
        let statuses = items(f, "status", d: &d, status)
        guard let id, let text else { return nil }
        return ActionPlan.Goal(id: id, text: text, target: f.number("maaltal", diagnostics: &d),
                               unit: f.text("enhed", diagnostics: &d), statuses: statuses)
    }

    private static func status(_ value: YAMLValue, _ d: inout Diagnostics) -> ActionPlan.Status? {
        guard let f = FieldReader(value, noun: "status", known: ["aar", "resultat", "vurdering", "tekst"], diagnostics: &d) else { return nil }
        let year = f.year("aar", diagnostics: &d)
        let assessment = self.assessment(f, required: true, diagnostics: &d)
        guard let year, let assessment else { return nil }
        return ActionPlan.Status(year: year, result: f.number("resultat", diagnostics: &d),
                                 assessment: assessment, text: f.text("tekst", diagnostics: &d))
    }

    private static func history(_ value: YAMLValue, _ d: inout Diagnostics) -> ActionPlan.History? {
        guard let f = FieldReader(value, noun: "historikken", known: ["periode", "titel", "kilde", "indsatser"], diagnostics: &d) else { return nil }
        let period = f.text("periode", required: true, diagnostics: &d), title = f.text("titel", required: true, diagnostics: &d)
        let initiatives = items(f, "indsatser", d: &d, initiative)
        guard let period, let title else { return nil }
        return ActionPlan.History(period: period, title: title, source: f.text("kilde", diagnostics: &d), initiatives: initiatives)
    }

    private static func initiative(_ value: YAMLValue, _ d: inout Diagnostics) -> ActionPlan.PastInitiative? {
        let keys = ["navn", "maal", "maaltal", "resultat", "vurdering", "status"]
        guard let f = FieldReader(value, noun: "indsatsen", known: keys, diagnostics: &d),
              let name = f.text("navn", required: true, diagnostics: &d) else { return nil }
        return ActionPlan.PastInitiative(
            name: name, goal: f.text("maal", diagnostics: &d), target: f.number("maaltal", diagnostics: &d),
            result: f.number("resultat", diagnostics: &d), assessment: assessment(f, required: false, diagnostics: &d),
            status: f.text("status", diagnostics: &d))
    }

    private static func assessment(_ f: FieldReader, required: Bool, diagnostics d: inout Diagnostics) -> ActionPlan.Assessment? {
        guard let text = f.text("vurdering", required: required, example: "naaet", diagnostics: &d) else { return nil }
        guard let value = ActionPlan.Assessment(rawValue: text) else {
            d.error("`vurdering` skal være `naaet`, `delvist` eller `ikke-naaet`, ikke `\(text)`", at: f.valueLocation("vurdering"))
            return nil
        }
        return value
    }
}
