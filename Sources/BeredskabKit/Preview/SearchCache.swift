import Foundation

/// The search index's pieces kept between builds of the preview server: after an
/// edit only the changed documents are stemmed and only their scripts written again.
public final class SearchCache: Sendable {
    private struct State {
        var plainTexts: [Route: (html: String, text: String)] = [:]
        var searchWeights: [String: (document: SearchDocument, weights: [String: Int])] = [:]
        var documentScripts: [String: (documents: [SearchDocument], script: String)] = [:]
        var municipalityScripts: [String: (entries: [SearchShards.Entry], script: String)] = [:]
    }

    private let state = Locked(State())

    public init() {}

    func plainText(_ route: Route, html: String) -> String? {
        state.withLock { s in s.plainTexts[route].flatMap { $0.html == html ? $0.text : nil } }
    }

    func store(plainText text: String, for route: Route, html: String) {
        state.withLock { $0.plainTexts[route] = (html, text) }
    }

    /// A document's search terms, kept while the document is unchanged (stemming is
    /// most of the index's cost).
    func searchWeights(_ document: SearchDocument) -> [String: Int]? {
        state.withLock { s in s.searchWeights[document.sti].flatMap { $0.document == document ? $0.weights : nil } }
    }

    func store(searchWeights weights: [String: Int], for document: SearchDocument) {
        state.withLock { $0.searchWeights[document.sti] = (document, weights) }
    }

    /// A script of search results (`soeg/d/<n>.js`), kept while its documents are unchanged.
    func searchScript(_ path: String, documents: [SearchDocument]) -> String? {
        state.withLock { s in s.documentScripts[path].flatMap { $0.documents == documents ? $0.script : nil } }
    }

    func store(searchScript script: String, path: String, documents: [SearchDocument]) {
        state.withLock { $0.documentScripts[path] = (documents, script) }
    }

    /// A kommune's index script, kept while its documents' terms are unchanged.
    func searchScript(_ path: String, entries: [SearchShards.Entry]) -> String? {
        state.withLock { s in s.municipalityScripts[path].flatMap { $0.entries == entries ? $0.script : nil } }
    }

    func store(searchScript script: String, path: String, entries: [SearchShards.Entry]) {
        state.withLock { $0.municipalityScripts[path] = (entries, script) }
    }
}
