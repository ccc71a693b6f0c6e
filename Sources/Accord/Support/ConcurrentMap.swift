import Dispatch

/// Maps over a collection on all cores, keeping the input order of the results.
enum ConcurrentMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count <= 1 { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.set(i, transform(items[i]))
        }
        return box.values()
    }
}

/// Slots written once each from concurrent iterations; read after all have finished.
private final class ResultBox<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = DispatchSemaphore(value: 1)
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: R) {
        lock.wait()
        slots[i] = value
        lock.signal()
    }
    func values() -> [R] { slots.map { $0! } }
}
