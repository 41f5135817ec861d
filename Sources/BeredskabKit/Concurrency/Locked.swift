import Foundation

/// A value behind a pthread mutex (through NSLock). Used instead of the standard
/// library's `Mutex` because that one waits on a raw futex on Linux, which the
/// thread sanitizer cannot see: accesses under it were reported as races.
/// With this lock `swift test --sanitize=thread` checks the caches for real.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
