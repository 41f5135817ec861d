import Foundation
import Testing
@testable import BeredskabKit

/// `beredskab new` and drafts: a new kommune builds at once, is seen in the
/// preview with what it lacks, and never reaches a public build.
@Suite("Drafts and new")
struct DraftTests {
    static let today = Day(iso: "2026-12-03")!

    /// The good fixture with a new kommune made by `new kommune nyby`.
    static func contentWithNewKommune() throws -> URL {
        let content = try Fixture.contentWith([:])
        try Scaffold.write(try Scaffold.municipality(id: "nyby", name: "Nyby Kommune", contentFolder: content.path, today: today), into: content.path)
        return content
    }

    static func render(_ content: URL, drafts: Bool) -> BuildResult {
        var options = Fixture.options(content: content.path)
        options.drafts = drafts
        return Build.render(options)
    }

    @Test func newKommuneIsAbsentFromThePublicBuild() throws {
        let content = try Self.contentWithNewKommune()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let published = Self.render(content, drafts: false)
        #expect(published.succeeded, "\(published.diagnostics)")
        #expect(!published.files.contains { $0.path.contains("nyby") })
        for file in published.files { #expect(!file.text.contains("Nyby") && !file.text.contains("UDFYLD"), "\(file.path)") }
        // Nothing about the draft is said in a build that leaves it out.
        #expect(!published.diagnostics.contains { $0.location.path.contains("nyby") }, "\(published.diagnostics)")
    }

    @Test func previewShowsTheDraftAndCheckListsWhatItLacks() throws {
        let content = try Self.contentWithNewKommune()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let preview = Self.render(content, drafts: true)
        #expect(preview.succeeded, "\(preview.diagnostics.filter { $0.severity == .error })")
        let page = try #require(preview.file("kommuner/nyby/index.html"))
        #expect(page.contains("<p class=\"draft-banner\"><strong>Kladde.</strong>"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(preview.file("kommuner/nyby/kort/underretning/index.html")?.contains("draft-banner") == true)
        #expect(preview.file("kommuner/testby/index.html")?.contains("draft-banner") == false)
        let messages = preview.diagnostics.map { $0.description.replacingOccurrences(of: content.path + "/", with: "") }
        #expect(messages.contains("kommuner/nyby/kommune.yaml:4:1: warning: kommunen er en kladde (`kladde: ja`) og kommer ikke med på det offentlige site; fjern `kladde: ja`, når den er klar. Før den udgives, mangler: planens dato (`vedtaget` eller `gaeldende_fra`); mindst ét telefonnummer i kontakttabellen; en kontakt uden for åbningstid (`akut.uden_for_aabningstid`), hvis planen nævner en"),
                "\(messages)")
        #expect(messages.contains("kommuner/nyby/kort/underretning.md:14:1: warning: `UDFYLD` står her endnu; skriv det, planen siger, før kladden udgives"))
        #expect(messages.filter { $0.contains("UDFYLD") }.count == 10)
    }

    /// Published with the placeholders still in: every one is an error, so nothing is written.
    @Test func placeholderInPublishedContentIsAnError() throws {
        let content = try Self.contentWithNewKommune()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        for file in ["kommuner/nyby/kommune.yaml", "kommuner/nyby/kort/underretning.md"] {
            let url = content.appendingPathComponent(file)
            try Fixture.read(url.path).replacingOccurrences(of: "kladde: ja\n", with: "").write(to: url, atomically: true, encoding: .utf8)
        }
        let result = Self.render(content, drafts: false)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.description.replacingOccurrences(of: content.path + "/", with: "") }
        #expect(errors.count == 10)
        #expect(errors.contains("kommuner/nyby/plan.md:12:1: error: `UDFYLD` står her endnu og ville blive vist på sitet; skriv det, planen siger, eller sæt `kladde: ja`, indtil det er klart"), "\(errors)")
        #expect(result.files.isEmpty)
    }

    /// A published card that links to a draft card keeps its words; the link waits for the draft.
    @Test func linkToADraftCardIsPlainTextWithAWarning() throws {
        let content = try Fixture.contentWith([:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Scaffold.write([try Scaffold.card(municipality: "testby", id: "ny-kort", contentFolder: content.path, today: Self.today)], into: content.path)
        let card = content.appendingPathComponent("kommuner/testby/kort/tvang-under-18.md")
        try Fixture.read(card.path).replacingOccurrences(of: "2. Læs [planen](plan:#underretning).", with: "2. Læs [det nye kort](kort:ny-kort).")
            .write(to: card, atomically: true, encoding: .utf8)
        let published = Self.render(content, drafts: false)
        #expect(published.succeeded)
        #expect(published.file("kommuner/testby/kort/ny-kort/index.html") == nil)
        #expect(published.file("kommuner/testby/kort/tvang-under-18/index.html")?.contains("<li>Læs det nye kort.</li>") == true)
        #expect(published.diagnostics.map { $0.description.replacingOccurrences(of: content.path + "/", with: "") }.contains(
            "kommuner/testby/kort/tvang-under-18.md:22:8: warning: kortet `testby/ny-kort` er en kladde og kommer ikke med i denne udgave af sitet; linket vises som almindelig tekst, indtil kladden udgives"))
        let preview = Self.render(content, drafts: true)
        #expect(preview.file("kommuner/testby/kort/ny-kort/index.html")?.contains("draft-banner") == true)
        #expect(preview.file("kommuner/testby/kort/tvang-under-18/index.html")?.contains("href=\"../ny-kort/index.html\">det nye kort</a>") == true)
    }

    @Test func scaffoldRefusesWhatExistsAndBadIDs() throws {
        let content = try Self.contentWithNewKommune()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(throws: Scaffold.Failure.self) { try Scaffold.municipality(id: "nyby", name: nil, contentFolder: content.path, today: Self.today) }
        #expect(throws: Scaffold.Failure.self) { try Scaffold.municipality(id: "Ny By", name: nil, contentFolder: content.path, today: Self.today) }
        #expect(throws: Scaffold.Failure.self) { try Scaffold.card(municipality: "findes-ikke", id: "x", contentFolder: content.path, today: Self.today) }
        #expect(throws: Scaffold.Failure.self) { try Scaffold.card(municipality: "nyby", id: "underretning", contentFolder: content.path, today: Self.today) }
    }

    /// The command line: `new` twice fails, `build --kladder` has its own folder, and a
    /// build without drafts refuses to replace one with them.
    @Test func commandLine() throws {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Fixture.goodContent, toPath: folder.appendingPathComponent("content").path)
        let templates = ["--templates", Fixture.templates, "--today", "2026-12-03"]
        let made = try CommandLineTests.run(["new", "kommune", "nyby", "--navn", "Nyby Kommune", "--today", "2026-12-03"], directory: folder)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("Oprettede content/kommuner/nyby/kort/underretning.md"))
        let again = try CommandLineTests.run(["new", "kommune", "nyby"], directory: folder)
        #expect(again.status == 1)
        #expect(again.errors.contains("error: content/kommuner/nyby findes allerede"))
        let card = try CommandLineTests.run(["new", "kort", "nyby/tvang", "--today", "2026-12-03"], directory: folder)
        #expect(card.status == 0, "\(card.errors)")
        #expect(Fixture.read(folder.appendingPathComponent("content/kommuner/nyby/kort/tvang.md").path).contains("kontakter: [modtagelsen]"))

        let drafts = try CommandLineTests.run(["build", "--kladder"] + templates, directory: folder)
        #expect(drafts.status == 0, "\(drafts.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site-kladder/kommuner/nyby/index.html").path))
        let over = try CommandLineTests.run(["build", "--output", "site-kladder"] + templates, directory: folder)
        #expect(over.status == 1)
        #expect(over.errors.contains("`site-kladder/` indeholder et build med kladder"))
        let check = try CommandLineTests.run(["check"] + templates, directory: folder)
        #expect(check.status == 0)
        #expect(check.errors.contains("kommunen er en kladde"))
        #expect(!check.output.contains("Ingen fejl."), "printed beside warnings")
    }
}
