import Testing
@testable import Accord

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test func aTypoGetsTheClosestName() {
        var index = Suggestion(candidates: ["security-guarantees", "peace", "europe", "us-russia"])
        #expect(index.closest(to: "security-guarantes") == "security-guarantees")
        #expect(index.closest(to: "peece") == "peace")
        #expect(index.didYouMean("eurpoe") == "did you mean \"europe\"?")
    }

    @Test func aNameFarFromEveryCandidateGetsNone() {
        var index = Suggestion(candidates: ["peace", "europe"])
        #expect(index.closest(to: "economy") == nil)
        #expect(index.closest(to: "") == nil)
    }

    @Test func shortWordsAllowOneEditLongWordsAtMostThree() {
        var index = Suggestion(candidates: ["ab", "abcdefghijklmnop"])
        #expect(index.closest(to: "xy") == nil)
        #expect(index.closest(to: "ac") == "ab")
        #expect(index.closest(to: "abcdefghijklmXYZ") == "abcdefghijklmnop")
        #expect(index.closest(to: "abcdefghijkWXYZ") == nil)
    }

    @Test func tiesGoToTheAlphabeticallyFirstName() {
        var index = Suggestion(candidates: ["bat", "cat", "art"])
        #expect(index.closest(to: "at") == "art")
        var other = Suggestion(candidates: ["cat", "bat"])
        #expect(other.closest(to: "xat") == "bat")
    }

    @Test func workStopsAtTheBudgetAndLaterNamesGetNoSuggestion() {
        let candidates = (0..<20_000).map { "name-\($0)" }
        var index = Suggestion(candidates: candidates)
        var answered = 0, unanswered = 0
        for i in 0..<20_000 {
            if index.closest(to: "nome-\(i)x") != nil { answered += 1 } else { unanswered += 1 }
        }
        #expect(answered > 0)
        #expect(unanswered > 0, "the budget never ran out")
        // A word already answered keeps its answer even after the budget ran out.
        #expect(index.closest(to: "nome-0x") != nil)
    }

    @Test func longListingsAreShortened() {
        #expect(Suggestion.listing(["a", "b"]) == "a, b")
        let many = (1...20).map { "a\($0)" }
        #expect(Suggestion.listing(many) == many.prefix(12).joined(separator: ", ") + ", … (8 more)")
    }
}
