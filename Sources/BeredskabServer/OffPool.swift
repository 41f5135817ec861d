import Dispatch

/// Runs blocking work on Dispatch's threads instead of Swift concurrency's pool,
/// which has one thread per core (two here): a rebuild, or the first page of a
/// kommune, blocking both would hold up every other request until it is done.
enum OffPool {
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { done in
            DispatchQueue.global().async { done.resume(returning: work()) }
        }
    }
}
