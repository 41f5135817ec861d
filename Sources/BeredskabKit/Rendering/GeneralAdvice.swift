/// A card's `## Generelle råd` section holds good practice that no plan states.
/// The generator, not the editor, says so under its heading, in the same words on
/// every card, so a reader can always tell advice from the kommune's procedure.
enum GeneralAdvice {
    static let heading = CardWording.danish.generalAdvice

    /// The section, up to the next `##` heading, as a `<section>` of its own (so that
    /// print can set it apart), with the note under its heading.
    static func marked(_ html: String, language: String = "da") -> String {
        guard let wording = CardWording.byLanguage[language] else { return html }
        let note = "<p class=\"general-advice-note\">\(wording.generalAdviceNote)</p>"
        let open = "<h2 id=\"\(HeadingAnchor.slug(wording.generalAdvice))\">"
        // Most cards have no such section: a byte scan says so before Foundation's search runs.
        guard html.containsBytes(open), let start = html.range(of: open), let end = html.range(of: "</h2>", range: start.upperBound..<html.endIndex) else { return html }
        let next = html.range(of: "<h2", range: end.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
        return String(html[..<start.lowerBound]) + "<section class=\"general-advice\">\n"
            + String(html[start.lowerBound..<end.upperBound]) + "\n" + note + String(html[end.upperBound..<next])
            + "</section>\n" + String(html[next...])
    }
}
