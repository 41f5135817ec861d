import Foundation

/// A document's words and how often they occur (weighted), counted by their bytes.
/// Made for the search index: a national build counts ~10 million words, and
/// making a String of each and hashing it into a dictionary was most of the index's
/// time. Here a word is hashed over its bytes (FNV-1a) into an open-addressed table;
/// only the distinct words become Strings, in `counts`.
struct WordCounts {
    /// What a word needs before it is a term: nothing (lower-case ASCII), lower-casing,
    /// or lower-casing and NFC (it has letters beyond ASCII).
    enum Care: UInt8 { case none, lowercase, lowercaseAndCompose }

    /// A word: where its bytes are in `bytes`, its weight, and what it needs.
    fileprivate typealias Entry = (start: Int, length: Int, weight: Int, care: Care)

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    private var slots: [Int32]

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        bytes.reserveCapacity(capacity * 8)
        entries.reserveCapacity(capacity)
    }

    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }

    /// Adds `weight` to the word, first seen or not; returns its number (words are
    /// numbered from 0 in the order first seen).
    @discardableResult
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, weight: Int, care: Care) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            let e = entries[index]
            if e.length == word.count, bytes.withUnsafeBufferPointer({ stored in
                word.elementsEqual(UnsafeBufferPointer(rebasing: stored[e.start..<e.start + e.length]))
            }) {
                entries[index].weight += weight
                return index
            }
            slot = (slot + 1) & mask
        }
        let index = entries.count
        slots[slot] = Int32(index)
        entries.append((start: bytes.count, length: word.count, weight: weight, care: care))
        bytes.append(contentsOf: word)
        if entries.count * 2 > slots.count { grow() }
        return index
    }

    /// How many distinct words.
    var count: Int { entries.count }

    /// The words and weights alone, in storage of their size: for keeping many
    /// documents' counts at once (the table for adding and the room reserved for
    /// growing are most of a document's counts).
    func kept() -> CountedWords {
        // From buffers, not `Array(bytes)`, which would share the reserved storage.
        CountedWords(bytes: bytes.withUnsafeBufferPointer { Array($0) }, entries: entries.withUnsafeBufferPointer { Array($0) })
    }

    /// Word `index`, lower-cased (and NFC) where it needed it.
    func word(_ index: Int) -> String {
        let e = entries[index]
        let word = String(decoding: bytes[e.start..<e.start + e.length], as: UTF8.self)
        switch e.care {
        case .none: return word
        case .lowercase: return word.lowercased()
        case .lowercaseAndCompose: return word.lowercased().precomposedStringWithCanonicalMapping
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, e) in entries.enumerated() {
            var slot = Self.hash(bytes[e.start..<e.start + e.length]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// Each distinct word, lower-cased (and NFC) where it needed it, with its weight.
    var counts: [String: Int] {
        var counts: [String: Int] = Dictionary(minimumCapacity: entries.count)
        for index in entries.indices { counts[word(index), default: 0] += entries[index].weight }
        return counts
    }
}

/// A document's counted words, kept until the site's vocabulary numbers them.
struct CountedWords {
    fileprivate let bytes: [UInt8]
    fileprivate let entries: [WordCounts.Entry]

    var count: Int { entries.count }

    /// Each word as it was counted (its bytes, not yet lower-cased), with its weight.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, _ weight: Int, WordCounts.Care) -> Void) {
        bytes.withUnsafeBufferPointer { stored in
            for e in entries { body(UnsafeBufferPointer(rebasing: stored[e.start..<e.start + e.length]), e.weight, e.care) }
        }
    }
}
