import Foundation

/// Runs work that recurses with the depth of schemas and instances on a thread with a large
/// stack, so deep (but within-limit) documents never exhaust a small caller stack such as a
/// Swift concurrency worker's.
enum DeepStack {
    /// Reserved (virtual) stack size for the worker thread.
    static let stackSize = 256 << 20

    /// The work and its result; the worker drops the work before signalling and the caller
    /// takes the result, so nothing the closure captured outlives `run`.
    private final class Job<T>: @unchecked Sendable {
        var body: (() -> T)?
        var value: T?
        init(_ body: @escaping () -> T) { self.body = body }
    }

    static func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let job = Job(body)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            if let work = job.body {
                job.value = work()
                job.body = nil
            }
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        guard let value = job.value else { preconditionFailure("DeepStack worker produced no result") }
        job.value = nil
        return value
    }
}
