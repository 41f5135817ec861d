import BeredskabServer
import Testing

/// What `serve` makes of a request's path: a file of the site, or nothing at all.
@Suite("Request paths")
struct RequestPathTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/kommuner/", "kommuner/index.html"),
        ("/kommuner/testby/kort/tvang-under-18/", "kommuner/testby/kort/tvang-under-18/index.html"),
        ("/assets/site.css?v=2", "assets/site.css"),
        ("/begreber/%C3%A6resrelateret/", "begreber/æresrelateret/index.html"),
        ("/soeg/index.html?q=tvang", "soeg/index.html"),
    ])
    func sitePath(request: String, file: String) {
        #expect(RequestPath.file(for: request) == file)
    }

    /// Every way out of the site is refused before a lookup: `..` plain, encoded,
    /// double-encoded, behind a folder, with backslashes, empty or `.` segments, NUL.
    @Test(arguments: [
        "/../Package.swift", "/kommuner/../../Package.swift", "/kommuner/../index.html",
        "/%2e%2e/Package.swift", "/%2E%2E/%2E%2E/Package.swift", "/kommuner%2f..%2f..%2fPackage.swift",
        "/%252e%252e/Package.swift", "/..\\Package.swift", "/kommuner\\..\\..\\Package.swift",
        "//etc/passwd", "/kommuner//index.html", "/./index.html", "/kommuner/./index.html",
        "/index.html%00.css", "index.html", "", "/..",
    ])
    func refused(request: String) {
        #expect(RequestPath.file(for: request) == nil, "\(request) → \(RequestPath.file(for: request) ?? "")")
    }
}
