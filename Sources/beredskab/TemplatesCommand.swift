import ArgumentParser
import BeredskabKit

/// `beredskab templates eject`: the built-in templates as files to restyle.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "The built-in templates and assets, which a templates/ folder overrides file by file.",
        subcommands: [Eject.self])

    struct Eject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eject",
            abstract: "Write the built-in templates and assets into the templates folder (files that exist are kept).")

        @Option(help: "The folder to write them to.")
        var templates = "templates"

        func run() throws {
            let (written, kept) = try DefaultTemplates.eject(into: templates)
            for path in written { print("Skrev \(templates)/\(path)") }
            if !kept.isEmpty { print("Beholdt \(kept.count) filer, der findes i forvejen: \(kept.joined(separator: ", "))") }
            print("Ret filerne i \(templates)/; en fil, du sletter, erstattes igen af den indbyggede.")
        }
    }
}
