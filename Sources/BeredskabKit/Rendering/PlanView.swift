/// What the site says about a plan's dates: exactly the kind of date the plan
/// gives ("vedtaget", "gældende fra"), and plainly that it is not given otherwise.
enum PlanView {
    static func make(_ plan: Plan, of m: Municipality, from page: Route, today: Day?) -> View {
        var view: View = [
            "title": plan.title,
            "href": page.relative(to: Routes.plan(m.id)),
            "summary": plan.summary,
            "dates": dateRows(plan.dates).map { ["label": $0.label, "text": $0.text] },
            "dateLine": dateLine(plan.dates),
            "reviseByText": plan.reviseBy?.danish ?? "Kan ikke beregnes, fordi planen ikke oplyser sin dato",
            "responsible": plan.responsible,
            "overdue": today.flatMap { today in plan.reviseBy.map { $0 < today } } ?? false,
        ]
        view["reviseBy"] = plan.reviseBy?.danish
        return view
    }

    static func dateRows(_ dates: PlanDates) -> [(label: String, text: String)] {
        var rows: [(label: String, text: String)] = []
        if let adopted = dates.adopted {
            rows.append(("Vedtaget", adopted.danish + (dates.adoptedBy.map { " af \($0)" } ?? "")))
        }
        if let inForce = dates.inForce { rows.append(("Gældende fra", inForce.danish)) }
        return rows.isEmpty ? [("Vedtaget", "Ikke oplyst i planen")] : rows
    }

    /// One line for lists and the kommune page, e.g. "Gældende fra 1. april 2024".
    static func dateLine(_ dates: PlanDates) -> String {
        let parts = dateRows(dates)
        guard dates.start != nil else { return "Datoen for vedtagelsen er ikke oplyst i planen" }
        return parts.enumerated().map { i, row in (i == 0 ? row.label : row.label.lowercased()) + " " + row.text }
            .joined(separator: ", ")
    }
}
