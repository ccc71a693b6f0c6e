import Foundation

/// Work started at once on a thread of its own, its result collected later with `wait()`, so
/// that independent parts of one task (e.g. schema validation and domain rules of one plan)
/// use two cores.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    /// Written once by the worker before it signals `done`; read only after `done`.
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` on a new thread; with `inline`, runs it here and now instead (for work
    /// too small to be worth a thread).
    init(inline: Bool = false, _ body: @escaping @Sendable () -> T) {
        if inline {
            result = body()
            done.signal()
            return
        }
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

/// How large work must be before it is worth a thread of its own.
enum WorkSize {
    /// Inputs (e.g. the points of both versions of a diff) with fewer items than this do their
    /// side work inline: a thread costs more than it saves there.
    static let worthAThread = 4_096
}
