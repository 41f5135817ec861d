import ArgumentParser
import BeredskabKit
import BeredskabServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build in memory, serve it over HTTP, rebuild and reload the browser when content or templates change.")

    @OptionGroup var inputs: InputOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on. Only change it to show the preview to other machines.")
    var host = "127.0.0.1"

    func run() async throws {
        var options = try inputs.buildOptions(output: "site")
        options.drafts = true // the preview is where drafts are read
        let server = PreviewServer(options: options, host: host, port: port) { diagnostics, elapsed, changed in
            Report.print(diagnostics)
            let ms = Int((Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000).rounded())
            let what = changed.isEmpty ? "Bygget" : "Genbygget efter ændring i \(changed.sorted().prefix(3).joined(separator: ", "))"
            Output.say("\(what) på \(ms) ms\(diagnostics.hasErrors ? " – med fejl; de sidste gode sider vises" : "")")
        }
        let task = Task {
            try await server.run { port in
                Output.say("Forhåndsvisning på http://\(host):\(port)/ – stop med Ctrl+C")
            }
        }
        // Ctrl+C and SIGTERM stop the server and end the process with status 0.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stop = { task.cancel() }
        let sources = [SIGINT, SIGTERM].map { sig -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .main)
            source.setEventHandler(handler: stop)
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }
        do {
            try await task.value
        } catch is CancellationError {
        } catch {
            // A runtime failure, not a usage error: status 1, as for a failed build.
            if !task.isCancelled {
                var stderr = StandardError()
                Swift.print("fejl: kunne ikke starte serveren på \(host):\(port): \(error). Er porten optaget? Vælg en anden med --port.", to: &stderr)
                throw ExitCode(1)
            }
        }
        Output.say("Stoppet.")
    }
}

enum Output {
    /// Unbuffered, so whoever watches the terminal (or a test) sees each line at once.
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
}
