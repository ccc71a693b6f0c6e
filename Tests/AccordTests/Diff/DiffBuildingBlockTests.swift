import Testing
@testable import Accord

/// The data structures the diff engine uses at scale give the same answers as the obvious ones.
@Suite("Diff building blocks")
struct DiffBuildingBlockTests {
    @Test(arguments: [0, 1, 7, 4_095, 4_096, 50_000])
    func radixSortAgreesWithTheStandardSort(count: Int) {
        var generator = TopListTests.SplitMix(seed: UInt64(count) + 11)
        // Mixed widths, so that some 16-bit digit passes are skipped and others are not,
        // with many repeats.
        var values = (0..<count).map { i -> UInt64 in
            let r = generator.next()
            switch i % 3 {
            case 0: return r
            case 1: return r & 0xFFFF_0000_0000
            default: return r % 17
            }
        }
        let expected = values.sorted()
        RadixSort.sort(&values)
        #expect(values == expected)
    }

    @Test func permutationMovesEveryValueToItsPlace() {
        var generator = TopListTests.SplitMix(seed: 5)
        for count in [0, 1, 2, 10, 1_000] {
            var source = Array(0..<count)
            for i in source.indices.reversed() where i > 0 {
                source.swapAt(i, Int(generator.next() % UInt64(i + 1)))
            }
            let original = (0..<count).map { "value \($0)" }
            var values = original
            ReportOrdering.permute(&values, taking: source)
            #expect(values == source.map { original[$0] })
        }
    }

    @Test func candidateListsGroupByPointInCandidateOrder() {
        let pairs = [CandidatePair(old: 0, new: 2), CandidatePair(old: 0, new: 0), CandidatePair(old: 2, new: 2),
                     CandidatePair(old: 2, new: 1), CandidatePair(old: 3, new: 2)]
        var byNew = FlatLists(grouping: pairs, pointCount: 4) { $0.new }
        #expect(Array(byNew[0]) == [1])
        #expect(Array(byNew[1]) == [3])
        #expect(Array(byNew[2]) == [0, 2, 4])
        #expect(byNew[3].isEmpty)
        byNew.sort(2, by: >)
        #expect(Array(byNew[2]) == [4, 2, 0])
        #expect(Array(byNew[1]) == [3])
        let byOld = FlatLists(grouping: pairs, pointCount: 4) { $0.old }
        #expect(byOld.lists.map(Array.init) == [[0, 1], [], [2, 3], [4]])
    }

    @Test func keyCounterCountsExactlyAndSaturates() {
        let bigram = PointProfile.bigramTag | 5 << 32 | 9
        // 300 points hold the bigram, and distinct bigrams enough to make the tables grow.
        var points = ProfileTable()
        for _ in 0..<300 { points.append(terms: [], titleTerms: [], keys: [bigram]) }
        for i in 0..<20_000 { points.append(terms: [], titleTerms: [], keys: [PointProfile.bigramTag | UInt64(i + 100) << 32 | 1]) }
        var more = ProfileTable()
        more.append(terms: [], titleTerms: [], keys: [bigram, 3])
        let counter = KeyCounter(counting: [points, more], termFrequency: [0, 4, 0, 7])
        #expect(counter.count(bigram) == 255)
        #expect(counter.count(PointProfile.bigramTag | 150 << 32 | 1) == 1)
        #expect(counter.count(PointProfile.bigramTag | 1 << 32 | 2) == 0)
        // Unigram keys are term ids: their counts are the given document frequencies.
        #expect(counter.count(3) == 7)
        #expect(counter.count(1) == 4)
        #expect(counter.count(99) == 0)
        #expect(counter.distinctKeys == 20_001)
    }

    @Test func profileTableRenumbersAndWeighs() {
        var table = ProfileTable()
        table.append(terms: [0, 1, 2], titleTerms: [2], keys: [1, PointProfile.bigramTag | 0 << 32 | 2])
        table.append(terms: [], titleTerms: [], keys: [])
        table.append(terms: [1], titleTerms: [0, 1], keys: [1])
        // Term 0 → 5, 1 → 3, 2 → 4: each point's lists stay ascending, bigrams keep their order.
        table.renumberTerms([5, 3, 4])
        #expect(Array(table.terms[0]) == [3, 4, 5])
        #expect(table.terms[1].isEmpty)
        #expect(Array(table.titleTerms[2]) == [3, 5])
        #expect(Array(table.keys[0]) == [3, PointProfile.bigramTag | 5 << 32 | 4])
        table.weigh([0, 0, 0, 1.5, 2, 0.25])
        #expect(table.weights[0] == 3.75)
        #expect(table.weights[1] == 0)
        #expect(table.weights[2] == 1.5)
        #expect(table.profile(0).terms == [3, 4, 5])
        #expect(table.profile(0).weight == 3.75)
        // An empty table is fine too.
        var empty = ProfileTable()
        empty.renumberTerms([])
        empty.weigh([])
        #expect(empty.count == 0)
    }

    @Test func splicedRunsJoinIntoTheSameText() {
        var whole = JSONTextBuffer(pretty: true)
        whole.beginObject(); whole.key("changes"); whole.beginArray()
        for i in 0..<5 { whole.beginObject(); whole.member("n", i); whole.endObject() }
        whole.endArray(); whole.endObject()

        var spliced = JSONTextBuffer(pretty: true)
        spliced.beginObject(); spliced.key("changes"); spliced.beginArray()
        for range in [0..<2, 2..<2, 2..<5] {
            var run = JSONTextBuffer(pretty: true, elementsAtDepth: 2, first: range.lowerBound == 0)
            for i in range { run.beginObject(); run.member("n", i); run.endObject() }
            spliced.append(elements: run)
        }
        spliced.endArray(); spliced.endObject()
        #expect(spliced.finish() == whole.finish())
    }
}
