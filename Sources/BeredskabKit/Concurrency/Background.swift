import Foundation

/// A value made on another thread while the caller goes on; reading `value` waits
/// for it. The build makes its search index this way beside the pages.
final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            result = make()
            done.signal()
        }
    }

    var value: Value {
        done.wait()
        defer { done.signal() } // later reads do not wait
        guard let result else { preconditionFailure("Background signalled without a value") }
        return result
    }
}
