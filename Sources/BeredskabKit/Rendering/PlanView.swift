/// What the site says about a plan's dates: exactly the kind of date the plan
/// gives ("vedtaget", "gældende fra"), and plainly that it is not given otherwise.
enum PlanView {
    static func make(_ plan: Plan, of m: Municipality, from page: Route, today: Day?, texts t: Texts) -> View {
        var view: View = [
            "title": plan.title,
            "href": page.relative(to: Routes.plan(m.id)),
            "summary": plan.summary,
            "dates": dateRows(plan.dates, t).map { ["label": $0.label, "text": $0.text] },
            "dateLine": dateLine(plan.dates, t),
            "reviseByText": plan.reviseBy.map(t.date) ?? t["planReviseUnknown"],
            "responsible": plan.responsible,
            "overdue": today.flatMap { today in plan.reviseBy.map { $0 < today } } ?? false,
        ]
        view["reviseBy"] = plan.reviseBy.map(t.date)
        return view
    }

    static func dateRows(_ dates: PlanDates, _ t: Texts) -> [(label: String, text: String)] {
        var rows: [(label: String, text: String)] = []
        if let adopted = dates.adopted {
            rows.append((t["planAdopted"], t.date(adopted) + (dates.adoptedBy.map { " \(t["planAdoptedBy"]) \($0)" } ?? "")))
        }
        if let inForce = dates.inForce { rows.append((t["planInForce"], t.date(inForce))) }
        return rows.isEmpty ? [(t["planAdopted"], t["planNotStated"])] : rows
    }

    /// One line for lists and the kommune page, e.g. "Gældende fra 1. april 2024".
    static func dateLine(_ dates: PlanDates, _ t: Texts) -> String {
        let parts = dateRows(dates, t)
        guard dates.start != nil else { return t["planDateNotStated"] }
        return parts.enumerated().map { i, row in (i == 0 ? row.label : row.label.lowercased()) + " " + row.text }
            .joined(separator: ", ")
    }
}
