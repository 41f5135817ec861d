import Foundation

/// Read-only access to the content folder that refuses to leave it: a symlink
/// pointing outside `content/` could otherwise publish any file on the machine.
struct ContentFolder {
    let root: URL
    /// `root` as a path, without a trailing slash.
    private let rootPath: String
    /// How paths are shown in diagnostics: the folder as the user named it.
    let displayRoot: String
    private let realRoot: String

    init(path: String) {
        root = URL(fileURLWithPath: path).standardizedFileURL
        rootPath = root.path.count > 1 && root.path.hasSuffix("/") ? String(root.path.dropLast()) : root.path
        displayRoot = CanonicalPath.folder(path)
        realRoot = root.resolvingSymlinksInPath().path
    }

    func display(_ relative: String) -> String {
        relative.isEmpty ? displayRoot : CanonicalPath.join(displayRoot, relative)
    }

    enum Entry: Sendable {
        case file(name: String)
        case folder(name: String)
    }

    /// Entries of a folder, sorted by name so every build sees the same order;
    /// hidden files and editor or Excel lock files are skipped.
    func list(_ relative: String, diagnostics: inout Diagnostics) -> [Entry] {
        // Paths as strings: Foundation's URL appending was a tenth of a preview rebuild.
        let path = relative.isEmpty ? rootPath : rootPath + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        var entries: [Entry] = []
        for name in names.sorted() where !isIgnorable(name) {
            let child = relative.isEmpty ? name : relative + "/" + name
            let childPath = path + "/" + name
            // One lstat tells most entries apart; only links need resolving and checking.
            var info = stat()
            if lstat(childPath, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK {
                entries.append((info.st_mode & S_IFMT) == S_IFDIR ? .folder(name: name) : .file(name: name))
                continue
            }
            let resolved = URL(fileURLWithPath: childPath).resolvingSymlinksInPath().path
            guard resolved == realRoot || resolved.hasPrefix(realRoot + "/") else {
                diagnostics.error("filen er et link, der peger uden for indholdsmappen (til \(resolved)); kopiér filen ind i stedet", at: SourceLocation(path: display(child)))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) else {
                diagnostics.error("filen er et link, der ikke peger på noget; slet det eller ret det", at: SourceLocation(path: display(child)))
                continue
            }
            entries.append(isFolder.boolValue ? .folder(name: name) : .file(name: name))
        }
        return entries
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: relative.isEmpty ? rootPath : rootPath + "/" + relative)
    }

    /// The file's text, or nil with an error when it cannot be read as text.
    func text(_ relative: String, diagnostics: inout Diagnostics) -> String? {
        let location = SourceLocation(path: display(relative))
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else {
            diagnostics.error("filen kunne ikke læses; tjek at den findes, og at du har adgang til den", at: location)
            return nil
        }
        do {
            return try TextDecoding.decode(data).text
        } catch {
            diagnostics.error("filen er ikke tekst (den indeholder binære data); gem den som UTF-8-tekst eller fjern den", at: location)
            return nil
        }
    }

    private func isIgnorable(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~$") || name.hasSuffix("~") || name.hasSuffix(".swp")
            || name == "Thumbs.db" || name == "desktop.ini"
    }
}
