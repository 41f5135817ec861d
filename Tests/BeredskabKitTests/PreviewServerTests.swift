import BeredskabKit
import BeredskabServer
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `serve` end to end: a real server on a free loopback port, driven over TCP.
@Suite("Preview server")
struct PreviewServerTests {
    @Test func servesRebuildsOnSaveRefusesTraversalAndStops() async throws {
        let content = try Fixture.contentWith([:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let options = Fixture.options(content: content.path)
        let server = PreviewServer(options: options, host: "127.0.0.1", port: 0) { _, _, _ in }
        let (ports, continuation) = AsyncStream.makeStream(of: UInt16.self)
        let task = Task { try await server.run { continuation.yield($0) } }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())

        let card = "/kommuner/testby/kort/tvang-under-18/"
        let first = try HTTP.get(card, port: port)
        #expect(first.status == 200)
        #expect(first.body.contains("<h1 id=\"kort-titel\">Tvangsægteskab – under 18</h1>"))
        #expect(first.body.contains("/__beredskab/reload.js"))

        // Save a change to the card; the served page follows within a moment.
        let file = content.appendingPathComponent("kommuner/testby/kort/tvang-under-18.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "titel: Tvangsægteskab – under 18", with: "titel: Tvang, rettet i editoren")
            .write(to: file, atomically: true, encoding: .utf8)
        var changed = false
        for _ in 0..<100 where !changed {
            try await Task.sleep(for: .milliseconds(50))
            changed = try HTTP.get(card, port: port).body.contains("Tvang, rettet i editoren")
        }
        #expect(changed)

        // An error shows over the last good page until it is fixed.
        try text.replacingOccurrences(of: "kontakt:modtagelsen", with: "kontakt:ukendt").write(to: file, atomically: true, encoding: .utf8)
        var shown = false
        for _ in 0..<100 where !shown {
            try await Task.sleep(for: .milliseconds(50))
            shown = try HTTP.get(card, port: port).body.contains("Sitet kunne ikke bygges: 1 fejl")
        }
        #expect(shown)
        let withPanel = try HTTP.get(card, port: port).body
        #expect(withPanel.contains("Tvang, rettet i editoren"))
        // The message's ids read as code in the panel, not as Markdown backticks.
        #expect(withPanel.contains("<code>kontakt:ukendt</code> findes ikke"), "\(withPanel.prefix(1500))")
        #expect(!withPanel.contains("`kontakt:ukendt`"))

        // Probes at files that exist next to the served site: the content folder's own.
        for path in ["/../content/site.yaml", "/kommuner/../../content/site.yaml", "/%2e%2e/content/site.yaml",
                     "/kommuner%2f..%2f..%2fcontent%2fsite.yaml", "/..\\content\\site.yaml", "//etc/passwd",
                     "/%252e%252e/content/site.yaml", "/kommuner/../index.html", "/../../etc/passwd"] {
            let response = try HTTP.get(path, port: port)
            #expect(response.status == 404, "\(path) answered \(response.status)")
            #expect(!response.body.contains("hurtig_exit") && !response.body.contains("root:"), "\(path)")
        }
        // A malformed request and a client that stalls halfway do not stop others being served.
        _ = try? HTTP.raw("GARBAGE\r\n\r\n", port: port)
        let stalled = try HTTP.open(port: port)
        _ = "GET / HTTP/1.1\r\nHost: x\r\n".withCString { send(stalled, $0, strlen($0), 0) }
        let started = ContinuousClock.now
        #expect(try HTTP.get("/", port: port).status == 200)
        #expect(ContinuousClock.now - started < .seconds(2))
        close(stalled)

        task.cancel()
        _ = await task.result
        #expect(throws: (any Error).self) { try HTTP.get("/", port: port) }
    }
}

/// A minimal HTTP/1.1 client over a POSIX socket: sends paths exactly as written
/// (no normalising of `..`), which is what a traversal test needs.
enum HTTP {
    struct Response { let status: Int; let body: String }

    static func get(_ path: String, port: UInt16) throws -> Response {
        let text = try raw("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", port: port)
        let status = text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return Response(status: status, body: body)
    }

    struct Refused: Error {}

    static func raw(_ request: String, port: UInt16) throws -> String {
        let fd = try open(port: port)
        defer { close(fd) }
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func open(port: UInt16) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Refused() }
        // Generous: the other suites keep both cores busy while this one runs.
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw Refused() }
        return fd
    }
}
