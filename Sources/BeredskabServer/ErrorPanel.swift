import BeredskabKit

/// The build's errors as an HTML panel on top of every served page, with file,
/// line and message, until the editor has fixed them.
enum ErrorPanel {
    static func html(_ diagnostics: [Diagnostic]) -> String? {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        let items = errors.map { "<li><code>\(escape($0.location.description))</code> \(message($0.message))</li>" }.joined()
        return """
        <section class="beredskab-preview-errors" role="alert">\
        <h2>Sitet kunne ikke bygges: \(errors.count) fejl</h2>\
        <p>Siderne herunder er den seneste udgave, der kunne bygges. Ret fejlene, og gem; siden opdateres af sig selv.</p>\
        <ul>\(items)</ul></section>
        """
    }

    /// Served beside the site: the pages' Content-Security-Policy forbids inline styles.
    static let stylesheetPath = "/__beredskab/preview.css"
    static let stylesheet = """
    .beredskab-preview-errors { border: 4px solid #a4161a; background: #fdecec; color: #1b1b1b; padding: 1rem; margin: 0; font: 16px/1.4 system-ui, sans-serif; }
    .beredskab-preview-errors h2 { margin: 0 0 .5rem; }
    .beredskab-preview-errors ul { margin: 0; padding-left: 1.25rem; }

    """

    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// A message as the terminal shows it uses Markdown's backticks for keys, ids and
    /// values (`` `telefon` ``); the panel shows them as code, not as backticks.
    static func message(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.count % 2 == 1 else { return escape(text) } // an unpaired backtick stays as typed
        return parts.enumerated().map { i, part in i % 2 == 1 ? "<code>\(escape(String(part)))</code>" : escape(String(part)) }.joined()
    }
}
