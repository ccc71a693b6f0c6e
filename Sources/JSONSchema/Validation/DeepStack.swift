import Foundation

/// Runs work that recurses with the depth of schemas and instances on a thread with a large
/// stack, so deep (but within-limit) documents never exhaust a small caller stack such as a
/// Swift concurrency worker's.
enum DeepStack {
    /// Reserved (virtual) stack size for the worker thread.
    static let stackSize = 256 << 20

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    static func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        guard let value = box.value else { preconditionFailure("DeepStack worker produced no result") }
        return value
    }
}
