import Foundation
import Testing
@testable import BeredskabServer

/// The preview server's own HTTP: what it reads from a request line, and what it
/// answers on the wire (the server faces only loopback, but reads whatever arrives).
@Suite("HTTP of the preview server")
struct HTTPServerTests {
    @Test func requestLineIsReadAsSent() throws {
        let request = try #require(HTTPRequest(head: "GET /kommuner/../a%2fb?seen=12&x=%C3%A6&tom HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(request.method == "GET")
        #expect(request.path == "/kommuner/../a%2fb", "the raw path: RequestPath refuses what it must")
        #expect(request.query == ["seen": "12", "x": "æ", "tom": ""])
    }

    @Test(arguments: ["", "GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / FTP/1.0\r\n\r\n", "get / HTTP/1.1\r\n\r\n",
                      "GET noslash HTTP/1.1\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n", "\u{0}\u{1}\r\n\r\n"])
    func malformedRequestLinesAreRefused(head: String) {
        #expect(HTTPRequest(head: head) == nil)
    }

    @Test func answersOnTheWire() async throws {
        let listener = try HTTPListener(host: "127.0.0.1", port: 0) { request in
            HTTPResponse(status: request.path == "/" ? 200 : 404, headers: [("Content-Type", "text/plain")], body: Data("hej \(request.method)".utf8))
        }
        listener.start()
        defer { listener.stop() }
        let port = listener.port
        let get = try await Self.client { try HTTP.raw("GET / HTTP/1.1\r\nHost: x\r\n\r\n", port: port) }
        #expect(get.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(get.contains("Content-Length: 7\r\n") && get.contains("Connection: close\r\n") && get.hasSuffix("\r\n\r\nhej GET"))
        let head = try await Self.client { try HTTP.raw("HEAD /x HTTP/1.1\r\n\r\n", port: port) }
        #expect(head.hasPrefix("HTTP/1.1 404 Not Found\r\n") && head.hasSuffix("Content-Length: 8\r\nConnection: close\r\n\r\n"), "HEAD has no body")
        let bad = try await Self.client { try HTTP.raw("NONSENSE\r\n\r\n", port: port) }
        #expect(bad.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        // A head larger than the limit is dropped without an answer, and the server goes on.
        let huge = try await Self.client { try HTTP.raw("GET / HTTP/1.1\r\n" + String(repeating: "X-Fyld: 0123456789\r\n", count: 2000), port: port) }
        #expect(huge.isEmpty)
        #expect(try await Self.client { try HTTP.raw("GET / HTTP/1.1\r\n\r\n", port: port) }.hasPrefix("HTTP/1.1 200"))
    }

    /// The blocking client on a thread of its own: the server answers from a task, and
    /// the concurrency pool (two threads on two cores) must stay free to run it.
    static func client(_ body: @escaping @Sendable () throws -> String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}
