import Foundation

/// A request as the preview server needs it: the method, the raw target (not
/// normalised: `/a/../b` must stay as sent, so `RequestPath` can refuse it) and
/// the query.
struct HTTPRequest: Sendable {
    let method: String
    /// The path part of the target, still percent-encoded.
    let path: String
    let query: [String: String]

    /// Parses the request line of a request head (`GET /x?y=1 HTTP/1.1`); nil when it is not one.
    init?(head: String) {
        guard let line = head.split(separator: "\r\n", maxSplits: 1, omittingEmptySubsequences: false).first else { return nil }
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), !parts[0].isEmpty,
              parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }), parts[1].hasPrefix("/") else { return nil }
        method = String(parts[0])
        let target = parts[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = String(target[0])
        var query: [String: String] = [:]
        if target.count == 2 {
            for pair in target[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = String(kv[0]).removingPercentEncoding ?? String(kv[0])
                query[key] = kv.count == 2 ? (String(kv[1]).removingPercentEncoding ?? String(kv[1])) : ""
            }
        }
        self.query = query
    }
}

/// A complete response; every one closes its connection (a preview needs no keep-alive).
struct HTTPResponse: Sendable {
    let status: Int
    var headers: [(String, String)]
    let body: Data

    static let reasons = [200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error"]

    /// The bytes on the wire; `HEAD` gets the head only.
    func encoded(includingBody: Bool) -> Data {
        var head = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "OK")\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        var data = Data(head.utf8)
        if includingBody { data.append(body) }
        return data
    }
}
