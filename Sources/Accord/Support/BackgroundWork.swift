import Foundation

/// Work started at once on a thread of its own, its result collected later with `wait()`, so
/// that independent parts of one task (e.g. schema validation and domain rules of one plan)
/// use two cores.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    /// Written once by the worker before it signals `done`; read only after `done`.
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` on a new thread.
    init(_ body: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            result = body()
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work to finish and returns its result (call once).
    func wait() -> T {
        done.wait()
        guard let value = result else { preconditionFailure("BackgroundWork finished without a result") }
        result = nil
        return value
    }
}
