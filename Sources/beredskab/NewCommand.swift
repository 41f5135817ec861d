import ArgumentParser
import BeredskabKit
import Foundation

/// `beredskab new kommune ID` and `beredskab new kort KOMMUNE/ID`: skeletons as drafts.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new kommune or action card as a draft (kladde: ja), with UDFYLD where the plan's facts go.",
        subcommands: [NewMunicipality.self, NewCard.self])
}

/// Where and when the new files are made.
struct ScaffoldOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The date written as the card's `opdateret` (YYYY-MM-DD). Defaults to SOURCE_DATE_EPOCH, else today's date.")
    var today: String?

    /// `new` is the one command that reads the clock: a new card is dated the day it is made.
    func day() throws -> Day {
        if let today {
            guard let day = Day(iso: today) else { throw ValidationError("--today must be a date as YYYY-MM-DD, not '\(today)'.") }
            return day
        }
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) ?? Int(Date().timeIntervalSince1970)
        return Day(unixTime: epoch)
    }

    /// Writes what `make` returns and says what comes next; a refusal (the kommune
    /// exists, a bad id) is one `error:` line and exit 1.
    func write(next: String, _ make: () throws -> [OutputFile]) throws {
        do {
            let files = try make()
            try Scaffold.write(files, into: content)
            for file in files { print("Oprettede \(content)/\(file.path)") }
            print(next)
        } catch let failure as Scaffold.Failure {
            var stderr = StandardError()
            print("error: \(failure)", to: &stderr)
            throw ExitCode(1)
        }
    }
}

struct NewMunicipality: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kommune",
        abstract: "Create kommuner/ID/ with kommune.yaml, kontakter.csv, plan.md and a first card, all as a draft.")

    @Argument(help: "The kommune's id: lowercase a-z, 0-9 and hyphens, e.g. alleroed.")
    var id: String

    @Option(help: "The kommune's name, e.g. \"Allerød Kommune\".")
    var navn: String?

    @OptionGroup var options: ScaffoldOptions

    func run() throws {
        let today = try options.day()
        try options.write(next: "Kommunen er en kladde. Ret alt, hvor der står UDFYLD, og kør `beredskab check` for at se, hvad der mangler. Se den med `beredskab serve`.") {
            try Scaffold.municipality(id: id, name: navn, contentFolder: options.content, today: today)
        }
    }
}

struct NewCard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kort",
        abstract: "Create kommuner/KOMMUNE/kort/ID.md from the four-section template, as a draft.")

    @Argument(help: "KOMMUNE/ID, e.g. alleroed/tvangsaegteskab-under-18.")
    var path: String

    @OptionGroup var options: ScaffoldOptions

    func run() throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { throw ValidationError("Write the card as KOMMUNE/ID, e.g. alleroed/tvangsaegteskab-under-18, not '\(path)'.") }
        let today = try options.day()
        try options.write(next: "Kortet er en kladde. Ret alt, hvor der står UDFYLD, tilføj `bygger_paa`, og kør `beredskab check`.") {
            [try Scaffold.card(municipality: parts[0], id: parts[1], contentFolder: options.content, today: today)]
        }
    }
}
