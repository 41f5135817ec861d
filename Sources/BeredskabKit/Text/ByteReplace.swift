/// Substring replacement over UTF-8 bytes. Foundation's `replacingOccurrences` goes
/// through NSString on Linux and dominated the profile of a 98-kommune build; the
/// generator only ever replaces ASCII markup, where a byte scan is exact and fast.
extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        replacingAll([(target, replacement)])
    }

    /// Replaces several targets in one pass; at each position the first matching
    /// target in `pairs` wins.
    func replacingAll(_ pairs: [(String, String)]) -> String {
        let targets = pairs.map { Array($0.0.utf8) }
        let replacements = pairs.map { Array($0.1.utf8) }
        var firstBytes = [Bool](repeating: false, count: 256)
        for t in targets { if let f = t.first { firstBytes[Int(f)] = true } }
        var utf8 = self
        return utf8.withUTF8 { bytes -> String in
            var out = [UInt8]()
            var changed = false
            var i = 0, copied = 0
            let n = bytes.count
            while i < n {
                guard firstBytes[Int(bytes[i])] else { i += 1; continue }
                var matched = -1
                for (k, t) in targets.enumerated() where !t.isEmpty && i + t.count <= n {
                    var j = 0
                    while j < t.count && bytes[i + j] == t[j] { j += 1 }
                    if j == t.count { matched = k; break }
                }
                guard matched >= 0 else { i += 1; continue }
                if !changed { out.reserveCapacity(n + n / 8); changed = true }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: replacements[matched])
                i += targets[matched].count
                copied = i
            }
            guard changed else { return self }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
