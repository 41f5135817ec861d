import Foundation
@testable import BeredskabKit

/// Paths and helpers shared by the tests.
enum Fixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")
    static let templates = repository.appendingPathComponent("templates").path
    static let goodContent = fixtures.appendingPathComponent("good/content").path
    static let today = Day(iso: "2026-11-21")

    static func options(content: String = goodContent, output: String = "site", target: BuildTarget = .offentlig) -> BuildOptions {
        BuildOptions(content: content, templates: templates, output: output, target: target, today: today)
    }

    /// A fresh folder under the system's temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("beredskab-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the good site's content with some files replaced or removed:
    /// how each bad-input case states its one defect.
    static func contentWith(_ changes: [String: String?]) throws -> URL {
        let folder = temporaryFolder().appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: goodContent, toPath: folder.path)
        for (path, text) in changes {
            let url = folder.appendingPathComponent(path)
            if let text {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } else {
                try FileManager.default.removeItem(at: url)
            }
        }
        return folder
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

extension BuildResult {
    func file(_ path: String) -> String? { files.first { $0.path == path }?.text }
}
