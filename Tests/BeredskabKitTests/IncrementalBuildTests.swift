import Foundation
import Testing
@testable import BeredskabKit
@testable import BeredskabServer

/// What the preview server serves after a change must equal a full build of the
/// changed content, byte for byte, whatever was reused and whatever was rendered
/// on request before.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    let content: URL
    let cache = BuildCache()
    /// Set by `served`; a class box because the tests' methods are not mutating.
    private let kept = Locked<SiteCatalog?>(nil)
    private var lastGood: SiteCatalog? {
        get { kept.withLock { $0 } }
        nonmutating set { kept.withLock { $0 = newValue } }
    }

    init() throws {
        content = try Fixture.contentWith([
            // A second kommune, so "the other kommuner's pages" exist.
            "kommuner/andenby/kommune.yaml": Fixture.read(Fixture.goodContent + "/kommuner/testby/kommune.yaml").replacingOccurrences(of: "Testby", with: "Andenby"),
            "kommuner/andenby/kontakter.csv": Fixture.read(Fixture.goodContent + "/kommuner/testby/kontakter.csv"),
            "kommuner/andenby/plan.md": Fixture.read(Fixture.goodContent + "/kommuner/testby/plan.md").replacingOccurrences(of: "testby", with: "andenby"),
            "kommuner/andenby/kort/hjaelp-til-dig.md": Fixture.read(Fixture.goodContent + "/kommuner/testby/kort/hjaelp-til-dig.md"),
            "kommuner/andenby/kort/tvang-under-18.md": Fixture.read(Fixture.goodContent + "/kommuner/testby/kort/tvang-under-18.md"),
        ])
    }

    func edit(_ path: String, _ change: (String) -> String) throws -> String {
        let url = content.appendingPathComponent(path)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return content.path + "/" + path
    }

    /// The served files: the catalog of the last build without errors, as the preview server keeps it.
    func served(_ options: BuildOptions, changed: Set<String>) -> (Preview, [OutputFile]) {
        let preview = Build.preview(options, cache: cache, changed: changed)
        if let catalog = preview.catalog { lastGood = catalog }
        // One page asked for before the whole site, as an open tab does.
        _ = lastGood?.file("kommuner/testby/index.html")
        return (preview, lastGood?.allFiles() ?? [])
    }

    func expectSameAsFullBuild(after changed: Set<String>, _ comment: Comment) {
        let options = Fixture.options(content: content.path)
        let (incremental, files) = served(options, changed: changed)
        let full = Build.render(options)
        #expect(incremental.diagnostics == full.diagnostics, comment)
        guard full.succeeded else { return } // the server keeps the last good site
        expectSame(files, full.files, comment)
    }

    func expectSame(_ files: [OutputFile], _ full: [OutputFile], _ comment: Comment) {
        #expect(files.map(\.path) == full.map(\.path), comment)
        for (a, b) in zip(files, full) where a != b {
            Issue.record("\(a.path) differs from a full build \(comment)")
        }
    }

    @Test func everyKindOfChangeMatchesAFullBuild() throws {
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        expectSameAsFullBuild(after: [], "first build")
        let card = try edit("kommuner/testby/kort/tvang-under-18.md") { $0.replacingOccurrences(of: "titel: Tvangsægteskab – under 18", with: "titel: Ny titel") }
        expectSameAsFullBuild(after: [card], "after a card's title changed")
        let contacts = try edit("kommuner/testby/kontakter.csv") { $0.replacingOccurrences(of: "48 10 01 00", with: "48 10 01 99") }
        expectSameAsFullBuild(after: [contacts], "after a phone number changed")
        let broken = try edit("kommuner/andenby/kort/hjaelp-til-dig.md") { $0.replacingOccurrences(of: "kontakt:red-raadgivning", with: "kontakt:ukendt") }
        expectSameAsFullBuild(after: [broken], "after an error")
        let other = try edit("kommuner/testby/kort/hjaelp-til-dig.md") { $0.replacingOccurrences(of: "Når du selv er presset.", with: "Når du er presset.") }
        expectSameAsFullBuild(after: [other], "while the error stands")
        let fixed = try edit("kommuner/andenby/kort/hjaelp-til-dig.md") { $0.replacingOccurrences(of: "kontakt:ukendt", with: "kontakt:red-raadgivning") }
        expectSameAsFullBuild(after: [fixed], "after the fix, with the change made meanwhile")
        let plan = try edit("kommuner/testby/plan.md") { $0.replacingOccurrences(of: "## Underretning", with: "## Underretning og kontakt") }
        expectSameAsFullBuild(after: [plan], "after a plan heading (an anchor) changed")
        let national = try edit("organisationer.yaml") { $0.replacingOccurrences(of: "navn: RED Rådgivning", with: "navn: RED") }
        expectSameAsFullBuild(after: [national], "after a national organisation changed")
        let afterHours = try edit("kommuner/andenby/kommune.yaml") { $0.replacingOccurrences(of: "uden_for_aabningstid: doegnvagt", with: "uden_for_aabningstid: red-raadgivning") }
        expectSameAsFullBuild(after: [afterHours], "after a kommune's after-hours contact became a national one")
        // Read by the unchanged kommune's checks, though no id or anchor changed.
        let hours = try edit("organisationer.yaml") { text in
            var text = text
            text.replaceSubrange(text.range(of: "doegnaaben: true")!, with: "doegnaaben: false")
            return text
        }
        expectSameAsFullBuild(after: [hours], "after a national organisation stopped being open day and night")
        let removed = content.appendingPathComponent("kommuner/andenby/kort/tvang-under-18.md")
        try FileManager.default.removeItem(at: removed)
        expectSameAsFullBuild(after: [removed.path], "after a card was deleted")
    }

    /// A second language: its pages, its search, and a contact's text in it.
    @Test func aSecondLanguageMatchesAFullBuild() throws {
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        expectSameAsFullBuild(after: [], "first build")
        let site = try edit("site.yaml") { _ in TranslationTests.site }
        expectSameAsFullBuild(after: [site], "after English was added to the site")
        let english = content.appendingPathComponent("kommuner/testby/kort/hjaelp-til-dig.en.md")
        try TranslationTests.card.write(to: english, atomically: true, encoding: .utf8)
        expectSameAsFullBuild(after: [english.path], "after an English card was added")
        let retitled = try edit("kommuner/testby/kort/hjaelp-til-dig.en.md") { $0.replacingOccurrences(of: "titel: Help for you", with: "titel: Help") }
        expectSameAsFullBuild(after: [retitled], "after the English card's title changed")
        let role = try edit("kommuner/testby/kontakter.csv") { text in
            text.components(separatedBy: "\r\n").enumerated().map { i, line in
                line.isEmpty ? "" : line + (i == 0 ? ";navn_en" : line.hasPrefix("modtagelsen") ? ";Reception desk" : ";")
            }.joined(separator: "\r\n")
        }
        expectSameAsFullBuild(after: [role], "after a contact got an English name")
        let full = Build.render(Fixture.options(content: content.path))
        #expect(full.file("en/soeg/dokumenter.js") != nil && full.file("en/kommuner/testby/kort/hjaelp-til-dig/index.html")?.contains(">Reception desk</a>") == true,
                "\(full.diagnostics)")
    }

    /// The changed paths come from the preview server's watcher, as `serve` gets
    /// them, with the content folder spelled as a user may type it.
    @Test(arguments: ["/", "//", "/./"])
    func changesAsTheWatcherReportsThemMatchAFullBuild(suffix: String) throws {
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let options = Fixture.options(content: content.path + suffix)
        let watcher = ContentWatcher(folders: [options.content, options.templates])
        var before = watcher.snapshot()
        _ = served(options, changed: [])
        for (path, from, to) in [("kommuner/testby/kort/tvang-under-18.md", "Barnet taler om en rejse.", "Barnet taler om en lang rejse."),
                                 ("kommuner/testby/kontakter.csv", "48 10 01 00", "48 10 01 99")] {
            _ = try edit(path) { $0.replacingOccurrences(of: from, with: to) }
            let now = watcher.snapshot()
            let changed = now.changes(since: before)
            before = now
            #expect(changed.count == 1, "the watcher saw \(changed)")
            let (_, files) = served(options, changed: changed)
            let full = Build.render(options)
            expectSame(files, full.files, "after \(path) changed, seen by the watcher as \(changed)")
        }
    }
}
