import ArgumentParser
import BeredskabKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder. On any error nothing is written and the previous site stays as it was.")

    @OptionGroup var inputs: InputOptions

    @Option(help: "The output folder, replaced as a whole when the build succeeds. Default: site, or site-intranet for --target intranet (an intranet build never replaces a public one, nor the other way round).")
    var output: String?

    func run() throws {
        let output = self.output ?? (inputs.target == .intranet ? "site-intranet" : "site")
        let result = Build.run(try inputs.buildOptions(output: output))
        Report.print(result.diagnostics)
        guard result.succeeded else { throw ExitCode(1) }
        print("Byggede \(result.files.count) filer i \(output)/")
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load, link and render everything without writing; print every error and warning. Exit 1 on any error.")

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let result = Build.render(try inputs.buildOptions(output: "site"))
        Report.print(result.diagnostics)
        guard result.succeeded else { throw ExitCode(1) }
        if result.diagnostics.isEmpty { print("Ingen fejl.") }
    }
}
