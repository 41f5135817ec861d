import ArgumentParser
import BeredskabKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder. On any error nothing is written and the previous site stays as it was.")

    @OptionGroup var inputs: InputOptions

    @Option(help: "The output folder, replaced as a whole when the build succeeds. Default: site, site-intranet for --target intranet, with -kladder added for --kladder (a build never replaces a folder that holds another kind of build).")
    var output: String?

    @Flag(name: .customLong("kladder"), help: "Include drafts (kladde: ja), each page marked as a draft; for review, never for publishing.")
    var drafts = false

    func run() throws {
        let output = self.output ?? (inputs.target == .intranet ? "site-intranet" : "site") + (drafts ? "-kladder" : "")
        var options = try inputs.buildOptions(output: output)
        options.drafts = drafts
        let result = Build.run(options)
        Report.print(result.diagnostics)
        guard result.succeeded else { throw ExitCode(1) }
        print("Byggede \(result.count) filer i \(output)/")
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load, link and render everything without writing; print every error and warning. Exit 1 on any error.")

    @OptionGroup var inputs: InputOptions

    func run() throws {
        // Drafts are checked too, and each is listed with what it still lacks.
        var options = try inputs.buildOptions(output: "site")
        options.drafts = true
        let result = Build.render(options)
        Report.print(result.diagnostics)
        guard result.succeeded else { throw ExitCode(1) }
        if result.diagnostics.isEmpty { print("Ingen fejl.") }
    }
}
