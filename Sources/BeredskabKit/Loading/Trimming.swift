/// Trimming as Foundation's `trimmingCharacters(in: .whitespaces)` and
/// `.whitespacesAndNewlines` do it, without bridging to NSString: every field and
/// cell of a national site is trimmed, and the bridge was a noticeable part of loading.
extension StringProtocol {
    /// Without spaces and tabs at either end (Unicode space separators included).
    func trimmingSpaces() -> String { trimming(Self.isSpace) }

    /// Without spaces, tabs and line breaks at either end.
    func trimmingWhitespace() -> String { trimming { Self.isSpace($0) || Self.isNewline($0) } }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
              let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(self[first...last])
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || (s.value > 0x7F && s.properties.generalCategory == .spaceSeparator)
    }

    private static func isNewline(_ s: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(s.value) || s.value == 0x85 || s.value == 0x2028 || s.value == 0x2029
    }
}
