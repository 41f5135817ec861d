/// Collects the diagnostics of one stage. Stages never stop at the first
/// problem: the editor gets every error of a build at once.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func error(_ message: String, at location: SourceLocation) {
        all.append(.error(message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation) {
        all.append(.warning(message, at: location))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }

    public var hasErrors: Bool { all.hasErrors }
}

/// A stage's value together with what it had to say about the input.
public struct Staged<Value> {
    public let value: Value
    public let diagnostics: [Diagnostic]

    public init(_ value: Value, _ diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }
}

extension Staged: Sendable where Value: Sendable {}
