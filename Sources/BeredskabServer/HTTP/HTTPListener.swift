import BeredskabKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on plain sockets for the preview: one thread accepts,
/// one thread per connection reads the request head, asks `handler`, writes the
/// response and closes. Written here instead of taking a server library so the
/// release binary links no networking stack (FlyingFox brought in Foundation's
/// URLSession and with it libcurl), and so a stalled client holds only its own thread.
final class HTTPListener: @unchecked Sendable {
    enum Failure: Error, CustomStringConvertible {
        case socket(String, Int32)
        var description: String {
            switch self {
            case .socket(let call, let code): "\(call): \(String(cString: strerror(code)))"
            }
        }
    }

    typealias Handler = @Sendable (HTTPRequest) async -> HTTPResponse

    private let fd: Int32
    private let handler: Handler
    /// The bound port (the one chosen when 0 was asked for).
    let port: UInt16
    /// Seconds a client has to send its request head.
    static let readTimeout = 10
    static let maxHeadBytes = 32 * 1024

    init(host: String, port: UInt16, handler: @escaping Handler) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.socket("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(fd)
            throw Failure.socket("inet_pton(\(host))", EINVAL)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { a in
                bind(fd, a, length) == 0 && listen(fd, 64) == 0 && getsockname(fd, a, &length) == 0
            }
        }
        guard ok else {
            let code = errno
            close(fd)
            throw Failure.socket("bind", code)
        }
        self.fd = fd
        self.port = UInt16(bigEndian: address.sin_port)
        self.handler = handler
    }

    /// Accepts connections on a thread of its own until `stop`.
    func start() {
        Thread { [self] in
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 {
                    if errno == EINTR { continue }
                    return // the listening socket was shut down
                }
                Thread { self.serve(client) }.start()
            }
        }.start()
    }

    func stop() {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: Self.readTimeout, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let head = readHead(client) else { return }
        let response: HTTPResponse
        var method = "GET"
        if let request = HTTPRequest(head: head) {
            method = request.method
            response = Self.wait { await self.handler(request) }
        } else {
            response = HTTPResponse(status: 400, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data("Bad request\n".utf8))
        }
        let bytes = response.encoded(includingBody: method != "HEAD")
        bytes.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = send(client, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                sent += n
            }
        }
    }

    /// Bytes up to the blank line that ends the head; nil on timeout, close or a head too large.
    private func readHead(_ client: Int32) -> String? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < Self.maxHeadBytes {
            let n = recv(client, &buffer, buffer.count, 0)
            guard n > 0 else { return nil }
            data.append(contentsOf: buffer[0..<n])
            if data.suffix(min(data.count, n + 3)).containsEnd { return String(decoding: data, as: UTF8.self) }
        }
        return nil
    }

    /// Runs async work from a connection thread (never a thread of the concurrency pool).
    private static func wait(_ work: @escaping @Sendable () async -> HTTPResponse) -> HTTPResponse {
        let done = DispatchSemaphore(value: 0)
        let result = Locked<HTTPResponse?>(nil)
        Task {
            let response = await work()
            result.withLock { $0 = response }
            done.signal()
        }
        done.wait()
        return result.withLock { $0 } ?? HTTPResponse(status: 500, headers: [], body: Data())
    }
}

private extension ArraySlice<UInt8> {
    /// Whether these bytes hold `\r\n\r\n`.
    var containsEnd: Bool {
        guard count >= 4 else { return false }
        var i = startIndex
        while i + 3 < endIndex {
            if self[i] == 13, self[i + 1] == 10, self[i + 2] == 13, self[i + 3] == 10 { return true }
            i += 1
        }
        return false
    }
}
