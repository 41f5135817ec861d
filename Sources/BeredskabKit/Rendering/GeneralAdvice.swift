/// A card's `## Generelle råd` section holds good practice that no plan states.
/// The generator, not the editor, says so under its heading, in the same words on
/// every card, so a reader can always tell advice from the kommune's procedure.
enum GeneralAdvice {
    /// Each language's heading tag and note, made once: every card page and print
    /// article is marked.
    private static let markers = CardWording.byLanguage.mapValues { w in
        (open: "<h2 id=\"\(HeadingAnchor.slug(w.generalAdvice))\">", note: "<p class=\"general-advice-note\">\(w.generalAdviceNote)</p>")
    }

    /// The section, up to the next `##` heading, as a `<section>` of its own (so that
    /// print can set it apart), with the note under its heading.
    static func marked(_ html: String, language: String) -> String {
        guard let (open, note) = markers[language] else { return html }
        // Most cards have no such section: a byte scan says so before Foundation's search runs.
        guard html.containsBytes(open), let start = html.range(of: open), let end = html.range(of: "</h2>", range: start.upperBound..<html.endIndex) else { return html }
        let next = html.range(of: "<h2", range: end.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
        return String(html[..<start.lowerBound]) + "<section class=\"general-advice\">\n"
            + String(html[start.lowerBound..<end.upperBound]) + "\n" + note + String(html[end.upperBound..<next])
            + "</section>\n" + String(html[next...])
    }
}
