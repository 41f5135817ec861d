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

extension Locked {
    /// The value kept under `key`, made and kept the first time it is asked for. It
    /// is made outside the lock, so a slow one does not hold up the other threads;
    /// two threads asking at once may both make it (the caches here make the same
    /// value either way), and the first one kept is the one every later ask gets.
    func value<Key: Hashable, Kept>(_ key: Key, orMake make: () -> Kept) -> Kept where Value == [Key: Kept] {
        if let kept = withLock({ $0[key] }) { return kept }
        let made = make()
        return withLock { kept in
            if let first = kept[key] { return first }
            kept[key] = made
            return made
        }
    }
}
