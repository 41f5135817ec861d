enum PlanDecoder {
    static let keys = ["titel", "vedtaget", "vedtaget_af", "gaeldende_fra", "revideres_senest", "ansvarlig", "resume"]

    static func decode(_ source: MarkdownSource, diagnostics d: inout Diagnostics) -> Plan? {
        guard let f = FieldReader(source.frontMatter, noun: "planens front matter (nøglerne øverst i filen)", known: keys, diagnostics: &d) else { return nil }
        let title = f.text("titel", required: true, diagnostics: &d)
        let dates = self.dates(f, diagnostics: &d)
        let revise = f.day("revideres_senest", diagnostics: &d)
        let responsible = f.text("ansvarlig", required: true, diagnostics: &d)
        let summary = f.text("resume", required: true, diagnostics: &d)
        guard let title, let responsible, let summary else { return nil }
        let legal = dates.start.map(Plan.legalRevisionDate(from:))
        if let revise, let legal, revise > legal, let start = dates.start {
            d.warning("`revideres_senest` (\(revise.danish)) ligger mere end fire år efter \(start == dates.adopted ? "vedtagelsen" : "datoen, planen gælder fra"); Barnets lov § 15, stk. 3 kræver revision senest \(legal.danish)",
                      at: f.valueLocation("revideres_senest"))
        }
        if let revise, let start = dates.start, revise < start {
            d.error("`revideres_senest` (\(revise.danish)) ligger før planens dato (\(start.danish))", at: f.valueLocation("revideres_senest"))
        }
        if dates.start == nil && revise == nil {
            d.warning("planen oplyser hverken, hvornår den er vedtaget (`vedtaget`), eller hvornår den gælder fra (`gaeldende_fra`), så fristen for revision (Barnets lov § 15, stk. 3) kan ikke beregnes; siden viser, at datoen ikke er oplyst. Tilføj datoen, når planen oplyser den",
                      at: f.location)
        }
        return Plan(title: title, dates: dates, reviseBy: revise ?? legal,
                    responsible: responsible, summary: summary, body: source.markdown, location: f.location)
    }

    /// Only what the plan states: `vedtaget` (with `vedtaget_af`) and `gaeldende_fra`, each optional.
    private static func dates(_ f: FieldReader, diagnostics d: inout Diagnostics) -> PlanDates {
        let adopted = f.day("vedtaget", diagnostics: &d)
        let adoptedBy = f.text("vedtaget_af", diagnostics: &d)
        let inForce = f.day("gaeldende_fra", diagnostics: &d)
        if adoptedBy != nil, f.value("vedtaget") == nil {
            d.warning("`vedtaget_af` bruges kun sammen med `vedtaget`; skriv datoen for vedtagelsen, eller fjern `vedtaget_af`",
                      at: f.keyLocation("vedtaget_af"))
        }
        return PlanDates(adopted: adopted, adoptedBy: adopted == nil ? nil : adoptedBy, inForce: inForce)
    }
}
