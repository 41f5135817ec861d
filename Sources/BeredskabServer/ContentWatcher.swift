import Foundation

/// Notices saved files by polling modification times: portable, needs no
/// inotify handles, and a scan of a few thousand files takes milliseconds.
struct ContentWatcher {
    let folders: [String]

    /// Every file's path with its size and modification time.
    struct Snapshot: Equatable {
        var files: [String: FileStamp] = [:]

        /// The files added, removed or changed since `old`.
        func changes(since old: Snapshot) -> Set<String> {
            var changed = Set<String>()
            for (path, stamp) in files where old.files[path] != stamp { changed.insert(path) }
            for path in old.files.keys where files[path] == nil { changed.insert(path) }
            return changed
        }
    }

    struct FileStamp: Equatable {
        let size: Int
        let modified: TimeInterval
    }

    func snapshot() -> Snapshot {
        var snapshot = Snapshot()
        let fm = FileManager.default
        for folder in folders {
            guard let enumerator = fm.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = folder + "/" + relative
                guard let attributes = try? fm.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                snapshot.files[path] = FileStamp(
                    size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                    modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
            }
        }
        return snapshot
    }
}
