import BeredskabKit
import Foundation

/// Answers every request from memory; nothing on disk can be reached.
struct Responder: Sendable {
    let state: PreviewState

    func respond(_ request: HTTPRequest) async -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return HTTPResponse(status: 405, headers: [("Allow", "GET, HEAD")], body: Data())
        }
        switch request.path {
        case LiveReload.versionPath:
            let seen = request.query["seen"].flatMap(Int.init)
            let (version, full) = await state.version(after: seen, waitingAtMost: LiveReload.hold)
            return response(Data("\(version) \(full)".utf8), type: "text/plain; charset=utf-8")
        case LiveReload.scriptPath:
            return response(Data(LiveReload.script.utf8), type: "text/javascript; charset=utf-8")
        case ErrorPanel.stylesheetPath:
            return response(Data(ErrorPanel.stylesheet.utf8), type: "text/css; charset=utf-8")
        default:
            break
        }
        // The raw target: `/a/../b` must not become `/b`.
        let site = await state.site
        let path = RequestPath.file(for: request.path)
        let found = await OffPool.run { path.flatMap { site?.data($0) } }
        guard let path, let found else {
            let page = await OffPool.run { site?.data("404.html") } ?? Data("Siden findes ikke.".utf8)
            return response(page, type: "text/html; charset=utf-8", status: 404)
        }
        return response(found, type: Self.contentType(path))
    }

    private func response(_ body: Data, type: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status,
                     headers: [("Content-Type", type), ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff")],
                     body: body)
    }

    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
