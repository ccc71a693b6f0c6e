import Foundation

extension ConcurrentMap {
    /// Contiguous ranges covering `0..<count`, a few per core (one range below `minimumChunk`).
    static func chunkRanges(_ count: Int, minimumChunk: Int = 2_048) -> [Range<Int>] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = max(1, min(cores * 4, count / max(1, minimumChunk)))
        return (0..<chunks).map { ($0 * count / chunks)..<(($0 + 1) * count / chunks) }
    }

    /// `transform` applied to each index of `0..<count`, results in index order, computed in
    /// contiguous chunks on all cores (serially when `count` is below `minimumChunk`). Each
    /// result is written straight into its place in the output (no per-chunk arrays to join).
    static func mapIndices<R: Sendable>(_ count: Int, minimumChunk: Int = 2_048, _ transform: @Sendable (Int) -> R) -> [R] {
        let ranges = chunkRanges(count, minimumChunk: minimumChunk)
        if ranges.count == 1 { return (0..<count).map(transform) }
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = SendablePointer(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { c in
                for i in ranges[c] { (base.pointer + i).initialize(to: transform(i)) }
            }
            initialized = count
        }
    }

    /// Calls `body` on contiguous chunks of `0..<count`, on all cores (e.g. to update the
    /// elements of an array in place, each chunk its own range).
    static func forEachChunk(_ count: Int, minimumChunk: Int = 2_048, _ body: @Sendable (Range<Int>) -> Void) {
        let ranges = chunkRanges(count, minimumChunk: minimumChunk)
        if ranges.count == 1 { body(ranges[0]); return }
        DispatchQueue.concurrentPerform(iterations: ranges.count) { c in body(ranges[c]) }
    }

    /// The concatenated results of `transform` over contiguous chunks of `0..<count`, in
    /// order, computed on all cores; a chunk can keep scratch state across its indices.
    static func mapChunks<R: Sendable>(_ count: Int, minimumChunk: Int = 2_048, _ transform: @Sendable (Range<Int>) -> [R]) -> [R] {
        let ranges = chunkRanges(count, minimumChunk: minimumChunk)
        if ranges.count == 1 { return transform(ranges[0]) }
        let parts = map(ranges, transform)
        var out: [R] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { out.append(contentsOf: part) }
        return out
    }
}

/// A pointer handed to concurrent chunks that each touch their own disjoint elements.
struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}

/// A buffer read by concurrent chunks (valid while its owner keeps it alive and unchanged).
struct SendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<T>
    init(_ buffer: UnsafeBufferPointer<T>) { self.buffer = buffer }
}
