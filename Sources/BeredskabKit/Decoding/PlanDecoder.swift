enum PlanDecoder {
    static let keys = ["titel", "vedtaget", "vedtaget_af", "revideres_senest", "ansvarlig", "resume"]

    static func decode(_ source: MarkdownSource, diagnostics d: inout Diagnostics) -> Plan? {
        guard let f = FieldReader(source.frontMatter, noun: "planens forside", known: keys, diagnostics: &d) else { return nil }
        let title = f.text("titel", required: true, diagnostics: &d)
        let adopted = f.day("vedtaget", required: true, diagnostics: &d)
        let adoptedBy = f.text("vedtaget_af", required: true, example: "Kommunalbestyrelsen", diagnostics: &d)
        let revise = f.day("revideres_senest", diagnostics: &d)
        let responsible = f.text("ansvarlig", required: true, diagnostics: &d)
        let summary = f.text("resume", required: true, diagnostics: &d)
        guard let title, let adopted, let adoptedBy, let responsible, let summary else { return nil }
        let legal = Plan.legalRevisionDate(adopted: adopted)
        if let revise, revise > legal {
            d.warning("`revideres_senest` (\(revise.danish)) ligger mere end fire år efter vedtagelsen; Barnets lov § 15, stk. 3 kræver revision senest \(legal.danish)",
                      at: f.valueLocation("revideres_senest"))
        }
        if let revise, revise < adopted {
            d.error("`revideres_senest` (\(revise.danish)) ligger før planen blev vedtaget (\(adopted.danish))", at: f.valueLocation("revideres_senest"))
        }
        return Plan(title: title, adopted: adopted, adoptedBy: adoptedBy, reviseBy: revise ?? legal,
                    responsible: responsible, summary: summary, body: source.markdown, location: f.location)
    }
}
