import Testing
@testable import Accord

/// `PointChangeBuilder.sameApartFromSpacing` (in place, for ASCII) agrees with comparing the
/// `normalizedSpace` forms, which decides whether a point counts as reworded.
@Suite("Diff: whitespace-insensitive text comparison")
struct SpacingComparisonTests {
    static let texts = [
        "", " ", "\t\n", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", " a b ", "ab", "a b c", "a bc",
        "The ceasefire starts.", "The  ceasefire\nstarts. ", "\r\nThe ceasefire starts.\u{0B}",
        "The ceasefire start.", "Thé ceasefire starts.", "The\u{00A0}ceasefire starts.",
        "The\u{2003}ceasefire starts.", "e\u{301} x", "\u{E9} x", "a\u{0C}b", "a\u{1F}b",
    ]

    @Test func agreesWithComparingNormalizedForms() {
        for a in Self.texts {
            for b in Self.texts {
                let expected = PointChangeBuilder.normalizedSpace(a) == PointChangeBuilder.normalizedSpace(b)
                #expect(PointChangeBuilder.sameApartFromSpacing(a, b) == expected, "\(a.debugDescription) vs \(b.debugDescription)")
            }
        }
    }
}
