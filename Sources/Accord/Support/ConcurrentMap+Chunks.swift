import Foundation

extension ConcurrentMap {
    /// `transform` applied to each index of `0..<count`, results in index order, computed in
    /// contiguous chunks on all cores (serially when `count` is below `minimumChunk`).
    static func mapIndices<R: Sendable>(_ count: Int, minimumChunk: Int = 2_048, _ transform: @Sendable (Int) -> R) -> [R] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = min(cores * 4, count / max(1, minimumChunk))
        if chunks <= 1 { return (0..<count).map(transform) }
        let bounds = (0...chunks).map { $0 * count / chunks }
        let parts = map(Array(0..<chunks)) { c in (bounds[c]..<bounds[c + 1]).map(transform) }
        var out: [R] = []
        out.reserveCapacity(count)
        for part in parts { out.append(contentsOf: part) }
        return out
    }

    /// The concatenated results of `transform` over contiguous chunks of `0..<count`, in
    /// order, computed on all cores; a chunk can keep scratch state across its indices.
    static func mapChunks<R: Sendable>(_ count: Int, minimumChunk: Int = 2_048, _ transform: @Sendable (Range<Int>) -> [R]) -> [R] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = min(cores * 4, count / max(1, minimumChunk))
        if chunks <= 1 { return transform(0..<count) }
        let bounds = (0...chunks).map { $0 * count / chunks }
        let parts = map(Array(0..<chunks)) { c in transform(bounds[c]..<bounds[c + 1]) }
        var out: [R] = []
        out.reserveCapacity(count)
        for part in parts { out.append(contentsOf: part) }
        return out
    }
}
