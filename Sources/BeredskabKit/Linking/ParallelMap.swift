import Foundation

/// Maps over an array on every core, keeping the order of the input.
enum ParallelMap {
    static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        nonisolated(unsafe) let transform = transform
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        // Deinitialized before deallocation: without it every result (every page a
        // build rendered, every rebuild in `serve`) stayed retained until exit.
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each index is written by exactly one iteration, so no two threads touch the same slot.
        nonisolated(unsafe) let slots = results
        items.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                slots[i] = transform(input[i])
            }
        }
        return results.map { $0! }
    }
}
