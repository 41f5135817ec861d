import Foundation

/// An http(s) address. Every other scheme is refused: a `javascript:` or `data:`
/// URL in a kommune's content would run a script on the kommune's own website.
public struct WebURL: Sendable, Hashable {
    public let value: String

    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces()
        guard trimmed.count <= 2000, !trimmed.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }),
              let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".") else { return nil }
        value = trimmed
    }

    /// The address ending in `/`, ready for a site path to be appended.
    public var root: String { value.hasSuffix("/") ? value : value + "/" }
}

/// An e-mail address, checked for the shape `navn@domæne.dk`.
public struct EmailAddress: Sendable, Hashable {
    public let value: String

    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !parts[1].contains(".."),
              trimmed.allSatisfy({ $0.isASCII && !$0.isWhitespace && !"<>\"'(),;:[]\\".contains($0) }) else { return nil }
        value = trimmed
    }
}
