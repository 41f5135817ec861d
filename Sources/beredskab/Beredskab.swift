import ArgumentParser
import BeredskabKit
import Foundation

@main
struct Beredskab: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beredskab",
        abstract: "Publishes kommuners beredskabsplaner against negativ social kontrol as one static site.",
        version: BeredskabVersion.full,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, TemplatesCommand.self],
        defaultSubcommand: BuildCommand.self)
}

/// The inputs `build` and `check` share.
struct InputOptions: ParsableArguments {
    @Option(help: "The content folder (site.yaml, kommuner/, …).")
    var content = "content"

    @Option(help: "The folder with the Mustache templates and assets/.")
    var templates = "templates"

    @Option(help: "Which build: 'offentlig' leaves out contacts marked intern; 'intranet' includes them.")
    var target: BuildTarget = .offentlig

    @Option(help: "The address the site is published at; overrides base_url in site.yaml (used for the sitemap, canonical links and QR codes).")
    var baseURL: String?

    @Option(help: "The date revision deadlines are measured against (YYYY-MM-DD). Defaults to SOURCE_DATE_EPOCH if set; without either, no deadline is checked.")
    var today: String?

    func buildOptions(output: String) throws -> BuildOptions {
        var options = BuildOptions(content: content, templates: templates, output: output, target: target, today: try resolvedToday())
        options.baseURL = baseURL
        return options
    }

    private func resolvedToday() throws -> Day? {
        if let today {
            guard let day = Day(iso: today) else { throw ValidationError("--today must be a date as YYYY-MM-DD, not '\(today)'.") }
            return day
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch) else { throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '\(epoch)'.") }
            return Day(unixTime: seconds)
        }
        return nil
    }
}

extension BuildTarget: ExpressibleByArgument {}

/// Prints diagnostics like a compiler, then a one-line summary.
enum Report {
    static func print(_ diagnostics: [Diagnostic]) {
        var stderr = StandardError()
        for diagnostic in diagnostics { Swift.print(diagnostic, to: &stderr) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if errors > 0 || warnings > 0 {
            Swift.print("\(errors) \(errors == 1 ? "fejl" : "fejl"), \(warnings) \(warnings == 1 ? "advarsel" : "advarsler")", to: &stderr)
        }
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
