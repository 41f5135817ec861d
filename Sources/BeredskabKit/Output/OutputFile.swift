import Foundation

/// One file of the finished site, in memory.
public struct OutputFile: Sendable, Hashable {
    /// Path inside `site/`, e.g. `kommuner/alleroed/index.html`.
    public let path: String
    private let storage: Storage

    /// A rendered page keeps the buffer the renderer wrote: copying every page into
    /// `Data` doubled the bytes a build allocates and, freed out of order, left the
    /// heap growing by a page's size for every page rendered.
    private enum Storage: Sendable, Hashable {
        case text(String)
        case bytes(Data)
        case rendered([UInt8])
    }

    public init(path: String, contents: Data) {
        self.path = path
        self.storage = .bytes(contents)
    }

    /// A page as the template renderer wrote it (UTF-8).
    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.storage = .rendered(bytes)
    }

    public init(path: String, text: String) {
        self.path = path
        self.storage = .text(text)
    }

    public var contents: Data {
        switch storage {
        case .bytes(let data): data
        case .text(let text): Data(text.utf8)
        case .rendered(let bytes): Data(bytes)
        }
    }

    public var text: String {
        switch storage {
        case .bytes(let data): String(decoding: data, as: UTF8.self)
        case .text(let text): text
        case .rendered(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The file's bytes, without a copy where the storage allows it.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case .bytes(let data):
            return try data.withUnsafeBytes(body)
        case .rendered(let bytes):
            return try bytes.withUnsafeBytes(body)
        case .text(let text):
            // Native Swift strings are contiguous UTF-8; a bridged one is copied.
            if let result = try text.utf8.withContiguousStorageIfAvailable({ try body(UnsafeRawBufferPointer($0)) }) {
                return result
            }
            return try Array(text.utf8).withUnsafeBytes(body)
        }
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.withBytes { x in b.withBytes { y in x.elementsEqual(y) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withBytes { hasher.combine(bytes: $0) }
    }
}
