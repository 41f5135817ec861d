import CFileSystem

/// Substring search over UTF-8 bytes. With Foundation imported,
/// `String.contains(_:)` resolves to NSString's locale-aware search, which on
/// Linux copies every text into UTF-16 and was the largest cost of a preview
/// rebuild at 98 kommuner. The C library's `memmem` scans with vector instructions.
extension String {
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count, let hay = h.baseAddress, let pin = n.baseAddress else { return false }
                return beredskab_contains(hay, UInt(h.count), pin, UInt(n.count)) == 1
            }
        }
    }
}
