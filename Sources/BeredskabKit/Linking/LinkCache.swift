import Foundation

/// Linked Markdown bodies kept between builds of the preview server. A body's
/// result depends on its own text and on the ids and anchors it could link to;
/// the fingerprint stands for the latter, so editing one card re-links one card.
public final class LinkCache: Sendable {
    private struct Entry {
        let text: String
        let fingerprint: Int
        let result: MarkdownLinker.Result
    }

    private struct State {
        var bodies: [Route: Entry] = [:]
        var planHeadings: [Route: (text: String, headings: [ParsedMarkdown.Heading])] = [:]
        var municipalities: [String: MunicipalityLinks] = [:]
        var municipalitiesFingerprint: Int?
    }

    private let state = Locked(State())

    public init() {}

    func result(for job: BodyJob, fingerprint: Int) -> MarkdownLinker.Result? {
        state.withLock { s in
            guard let entry = s.bodies[job.route], entry.fingerprint == fingerprint, entry.text == job.markdown.text else { return nil }
            return entry.result
        }
    }

    func store(_ result: MarkdownLinker.Result, for job: BodyJob, fingerprint: Int) {
        state.withLock { s in
            s.bodies[job.route] = Entry(text: job.markdown.text, fingerprint: fingerprint, result: result)
            if job.kind == .plan {
                s.planHeadings[job.route] = (job.markdown.text, result.body.headings)
            }
        }
    }

    /// Each kommune's links from the last build with this fingerprint; none after
    /// `forgetMunicipalities` or when the fingerprint differs.
    func municipalities(fingerprint: Int) -> [String: MunicipalityLinks] {
        state.withLock { s in s.municipalitiesFingerprint == fingerprint ? s.municipalities : [:] }
    }

    func store(municipalities made: [String: MunicipalityLinks], fingerprint: Int) {
        state.withLock { s in
            if s.municipalitiesFingerprint != fingerprint { s.municipalities = [:] }
            s.municipalitiesFingerprint = fingerprint
            s.municipalities.merge(made) { $1 }
        }
    }

    /// After a change outside `kommuner/` (organisations, audiences, situations,
    /// terms, pages, settings): every kommune's checks may read it.
    public func forgetMunicipalities() {
        state.withLock { s in
            s.municipalities = [:]
            s.municipalitiesFingerprint = nil
        }
    }

    /// A plan's headings from its last build, if its text is unchanged.
    func headings(_ job: BodyJob) -> [ParsedMarkdown.Heading]? {
        state.withLock { s in s.planHeadings[job.route].flatMap { $0.text == job.markdown.text ? $0.headings : nil } }
    }

    /// Everything a link can resolve against, folded into one number.
    static func fingerprint(index: SiteIndex, target: BuildTarget, planAnchors: [String: Set<String>], unreadable: Set<String>) -> Int {
        var hasher = Hasher()
        hasher.combine(target.rawValue)
        // A translation links to the translations of what it names, where they exist.
        hasher.combine(index.organisations.map { "\($0.key):\($0.value.translations.keys.sorted())" }.sorted())
        hasher.combine(index.terms.map { "\($0.key):\($0.value.translations.keys.sorted())" }.sorted())
        hasher.combine(index.pages.map { "\($0.key):\($0.value.translations.keys.sorted())" }.sorted())
        for m in index.municipalities.keys.sorted() {
            hasher.combine(m)
            hasher.combine(index.contacts[m].map { $0.values.map { "\($0.id):\($0.visibility.rawValue)" }.sorted() } ?? [])
            hasher.combine(index.hiddenContacts[m].map { $0.sorted() } ?? [])
            hasher.combine(index.cards[m].map { $0.map { $0.value.translations.isEmpty ? $0.key : "\($0.key):\($0.value.translations.keys.sorted())" }.sorted() } ?? [])
            hasher.combine(planAnchors[m].map { $0.sorted() } ?? [])
        }
        hasher.combine(unreadable.sorted())
        return hasher.finalize()
    }
}
