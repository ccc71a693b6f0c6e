import Testing
@testable import Accord

/// `TopList` keeps exactly the first `limit` elements of the full sort, in order.
@Suite("TopList partial selection")
struct TopListTests {
    @Test(arguments: [0, 1, 3, 8, 50])
    func keepsTheSortedPrefix(limit: Int) {
        var generator = SplitMix(seed: UInt64(limit) + 1)
        for length in [0, 1, 5, 8, 9, 100] {
            // Few distinct primary keys, so ties are decided by the secondary key.
            let values = (0..<length).map { i in (Int(generator.next() % 4), i) }
            var top = TopList<(Int, Int)>(limit: limit)
            let precedes: ((Int, Int), (Int, Int)) -> Bool = { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            for v in values { top.offer(v, by: precedes) }
            let expected = Array(values.sorted(by: precedes).prefix(limit))
            #expect(top.items.map(\.0) == expected.map(\.0))
            #expect(top.items.map(\.1) == expected.map(\.1))
        }
    }

    /// A small deterministic generator for test data.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return CandidateGenerator.mix(state)
        }
    }
}
