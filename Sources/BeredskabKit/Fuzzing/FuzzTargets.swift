import Foundation

/// Entry points for the libFuzzer targets in `Fuzz/`: each takes arbitrary bytes
/// the way the build would meet them in a content file, and must never crash.
public enum FuzzTargets {
    /// Text decoding, then the front-matter splitter and its YAML.
    public static func frontMatter(_ data: Data) {
        guard let text = try? TextDecoding.decode(data).text else { return }
        var d = Diagnostics()
        if let parts = try? FrontMatter.split(text) {
            _ = YAMLReader.parse(parts.yaml, path: "fuzz.md", firstLine: parts.yamlFirstLine, diagnostics: &d)
        }
    }

    /// A YAML file, decoded as a contact, a card and a kommune would be.
    public static func yaml(_ data: Data) {
        guard let text = try? TextDecoding.decode(data).text else { return }
        var d = Diagnostics()
        guard let value = YAMLReader.parse(text, path: "fuzz.yaml", diagnostics: &d) else { return }
        _ = ContactDecoder.decode(ContactRecord(value), diagnostics: &d)
        _ = OrganisationDecoder.decode(value, diagnostics: &d)
        _ = ActionPlanDecoder.decode(value, diagnostics: &d)
        if case .sequence(let items, _) = value {
            for item in items { _ = ContactDecoder.decode(ContactRecord(item), diagnostics: &d) }
        }
    }

    /// A contact table, parsed and decoded row by row.
    public static func csv(_ data: Data) {
        guard let text = try? TextDecoding.decode(data).text else { return }
        var d = Diagnostics()
        guard let table = CSVTable.parse(text, path: "fuzz.csv", diagnostics: &d) else { return }
        table.checkHeader(diagnostics: &d)
        for record in table.readingExcelDates(diagnostics: &d).records { _ = ContactDecoder.decode(record, diagnostics: &d) }
    }

    /// A Markdown body: parsed, every link resolved against a small site, rendered.
    public static func markdownLinks(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let parsed = ParsedMarkdown(MarkdownText(text: text, path: "fuzz.md", firstLine: 1))
        let job = BodyJob(kind: .card, route: Routes.card("k", "c"), municipality: nil, markdown: MarkdownText(text: text, path: "fuzz.md", firstLine: 1), citationTitle: nil)
        let linker = MarkdownLinker(index: fuzzIndex, planAnchors: ["k": ["formaal"]], unreadable: [])
        let result = linker.link(job, parsed: parsed)
        for heading in result.body.headings { _ = HeadingAnchor.slug(heading.text) }
    }

    private static let fuzzIndex: SiteIndex = {
        var d = Diagnostics()
        let site = Site(settings: SiteDecoder.placeholder, organisations: [], situations: [], audiences: [], terms: [], pages: [],
                        municipalities: [], unreadable: [])
        return SiteIndex(site, diagnostics: &d)
    }()
}
