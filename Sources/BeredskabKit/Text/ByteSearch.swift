/// Substring search over UTF-8 bytes. With Foundation imported,
/// `String.contains(_:)` resolves to NSString's locale-aware search, which on
/// Linux copies every text into UTF-16 and was the largest cost of a preview
/// rebuild at 98 kommuner.
extension String {
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard n.count <= h.count else { return false }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
