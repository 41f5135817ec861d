/// `kommuner/<id>/handleplan/`: goals per track, target against result per year.
extension Renderer {
    static func actionPlanPage(_ m: Municipality, _ plan: ActionPlan, _ linked: LinkedSite) -> PageJob {
        let route = Routes.actionPlan(m.id)
        return PageJob(route: route, template: "action-plan") { ctx in
            var view = ctx.make(route: route, title: plan.title, description: plan.summary ?? plan.title, municipality: m,
                                breadcrumbs: [("Forside", Routes.home), (m.name, Routes.municipality(m.id))])
            var p: View = ["title": plan.title, "period": "\(plan.periodFrom)–\(plan.periodTo)"]
            p["responsible"] = plan.responsible
            p["summary"] = plan.summary
            p["budget"] = plan.budget
            p["source"] = plan.source
            p["tracks"] = plan.tracks.enumerated().map { number, track -> View in
                var t: View = ["number": number + 1, "id": track.id, "name": track.name, "goals": track.goals.map(goalView)]
                t["description"] = track.description
                return t
            }
            p["history"] = plan.history.map { h -> View in
                var item: View = ["period": h.period, "title": h.title, "initiatives": h.initiatives.map(initiativeView)]
                item["source"] = h.source
                return item
            }
            view["actionPlan"] = p
            return view
        }
    }

    private static func goalView(_ goal: ActionPlan.Goal) -> View {
        var view: View = ["id": goal.id, "text": goal.text]
        view["target"] = goal.target.map { DanishNumber.format($0) + (goal.unit.map { " " + $0 } ?? "") }
        view["statuses"] = goal.statuses.map { status -> View in
            var s: View = ["year": status.year, "assessment": status.assessment.label, "assessmentClass": status.assessment.rawValue]
            s["text"] = status.text
            if let result = status.result {
                s["result"] = DanishNumber.format(result) + (goal.unit.map { " " + $0 } ?? "")
                if let target = goal.target, target > 0 {
                    s["share"] = DanishNumber.format(result / target * 100) + " %"
                    s["chart"] = ProgressChart.svg(result: result, target: target, assessment: status.assessment)
                }
            }
            return s
        }
        return view
    }

    private static func initiativeView(_ i: ActionPlan.PastInitiative) -> View {
        var view: View = ["name": i.name]
        view["goal"] = i.goal
        view["target"] = i.target.map(DanishNumber.format)
        view["result"] = i.result.map(DanishNumber.format)
        view["assessment"] = i.assessment?.label
        view["assessmentClass"] = i.assessment?.rawValue
        view["status"] = i.status
        return view
    }
}

/// A bar of result against target, drawn as inline SVG. The numbers are written
/// beside it in words, so the drawing is decorative (`aria-hidden`) and the
/// meaning never rests on colour: the target is a marked line, the result a bar.
enum ProgressChart {
    static func svg(result: Double, target: Double, assessment: ActionPlan.Assessment) -> String {
        let width = 320.0, scale = max(result, target, 1)
        let bar = (result / scale * (width - 2)).rounded()
        let mark = (target / scale * (width - 2)).rounded() + 1
        return """
        <svg class="progress progress-\(assessment.rawValue)" viewBox="0 0 \(Int(width)) 28" width="\(Int(width))" height="28" aria-hidden="true" focusable="false">\
        <rect class="progress-track" x="1" y="6" width="\(Int(width - 2))" height="16" rx="2"/>\
        <rect class="progress-bar" x="1" y="6" width="\(Int(bar))" height="16" rx="2"/>\
        <line class="progress-target" x1="\(Int(mark))" y1="1" x2="\(Int(mark))" y2="27"/>\
        </svg>
        """
    }
}
