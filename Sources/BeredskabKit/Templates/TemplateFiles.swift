import Foundation

/// The default templates and assets, compiled into the binary (`DefaultTemplates.files`,
/// generated from templates/ by `make embed`): a released `beredskab` builds a
/// content folder with no templates/ beside it.
public enum DefaultTemplates {}

/// One template or asset as a build uses it: the default, or the file of the same
/// path in the templates folder, which replaces it (as Hugo's embedded templates are).
struct TemplateFile {
    /// Inside the templates folder: `card.mustache`, `assets/site.css`.
    let path: String
    let contents: Data
    /// Where messages point: the file in the templates folder, or the built-in default.
    let origin: String

    /// The defaults, each replaced by a file of the same path under `folder` (if it exists).
    static func merged(overriddenBy folder: String) -> [TemplateFile] {
        var files: [String: TemplateFile] = [:]
        for (path, text) in DefaultTemplates.files {
            files[path] = TemplateFile(path: path, contents: Data(text.utf8), origin: "(indbygget skabelon) " + path)
        }
        let fm = FileManager.default
        if let enumerator = fm.enumerator(atPath: folder) {
            while let relative = enumerator.nextObject() as? String {
                let path = folder + "/" + relative
                var isFolder: ObjCBool = false
                guard fm.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                      !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                      let data = fm.contents(atPath: path) else { continue }
                files[relative] = TemplateFile(path: relative, contents: data, origin: path)
            }
        }
        return files.values.sorted { $0.path < $1.path }
    }
}

extension DefaultTemplates {
    /// `beredskab templates eject`: writes the defaults into `folder` to restyle them.
    /// A file that exists is kept as it is (it already overrides the default).
    /// - Returns: the paths written and the paths kept.
    public static func eject(into folder: String) throws -> (written: [String], kept: [String]) {
        var written: [String] = [], kept: [String] = []
        for (path, text) in files.sorted(by: { $0.path < $1.path }) {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path) {
                kept.append(path)
                continue
            }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            written.append(path)
        }
        return (written, kept)
    }
}
