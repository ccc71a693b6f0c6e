import Foundation

/// Hands the last reference to a large value to a thread of its own, which frees it there: freeing
/// hundreds of thousands of small arrays (a plan's per-point working data) takes a noticeable
/// share of a diff, and need not hold up the thread that goes on working.
enum BackgroundRelease {
    /// Frees `value` on another thread once the caller's other references are gone, when it
    /// holds at least `WorkSize.worthAThread` items (`items`); smaller values are simply
    /// released here.
    static func drop<T>(_ value: consuming T, items: Int) {
        guard items >= WorkSize.worthAThread else { return }
        let box = ReleaseBox(value)
        Thread { box.empty() }.start()
    }
}

/// Holds a value until `empty()` is called on the releasing thread.
private final class ReleaseBox<T>: @unchecked Sendable {
    private var value: T?
    init(_ value: consuming T) { self.value = consume value }
    func empty() { value = nil }
}
