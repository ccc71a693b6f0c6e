import Foundation

/// Turns raw words into comparison terms: Unicode case folding, diacritic folding and a light
/// English suffix stemmer ("guarantees" → "guarante", "guaranteed" → "guarante").
///
/// The stemmer only needs to be *consistent* (both versions go through it), not linguistically
/// right; it makes plural/tense rewordings count as the same word.
public enum TermNormalizer {
    /// Common English function words. They still take part in similarity (with a low IDF
    /// weight) but never serve as candidate keys or bigram parts.
    public static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "for", "from",
        "has", "have", "he", "her", "his", "if", "in", "into", "is", "it", "its", "no", "not",
        "of", "on", "or", "s", "she", "shall", "should", "so", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "were",
        "will", "with", "would", "which", "who", "whom", "all", "any", "each", "other", "may",
        "must", "also", "under", "within", "upon", "after", "before", "between",
    ]

    /// The comparison form of one raw word (letters and digits only).
    public static func term(_ word: Substring) -> String {
        var folded: String
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            folded = String(word).lowercased()
        } else {
            folded = String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            folded = folded.lowercased()
        }
        return stem(folded)
    }

    /// A light suffix stemmer for English; leaves short words and non-ASCII words alone.
    public static func stem(_ w: String) -> String {
        let u = Array(w.utf8)
        guard u.count > 3, u.allSatisfy({ $0 < 0x80 }) else { return w }
        func ends(_ s: String) -> Bool {
            let su = Array(s.utf8)
            return u.count > su.count + 2 && Array(u.suffix(su.count)) == su
        }
        func cut(_ n: Int, add: String = "") -> String {
            String(decoding: u.prefix(u.count - n), as: UTF8.self) + add
        }
        var stemmed = w
        if ends("ational") { stemmed = cut(7, add: "ate") }
        else if ends("ization") { stemmed = cut(7, add: "ize") }
        else if ends("ations") { stemmed = cut(6, add: "ate") }
        else if ends("ation") { stemmed = cut(5, add: "ate") }
        else if ends("ments") { stemmed = cut(5) }
        else if ends("ment") { stemmed = cut(4) }
        else if ends("ingly") { stemmed = cut(5) }
        else if ends("ies") { stemmed = cut(3, add: "y") }
        else if ends("ing") { stemmed = cut(3) }
        else if ends("ied") { stemmed = cut(3, add: "y") }
        else if ends("ed") { stemmed = cut(2) }
        else if ends("ly") { stemmed = cut(2) }
        else if u.last == UInt8(ascii: "s"), !ends("ss"), !ends("us"), !ends("is") { stemmed = cut(1) }
        // A final "e" goes too, so "guarantee", "guarantees" and "guaranteed" agree.
        if stemmed.utf8.count > 4, stemmed.utf8.last == UInt8(ascii: "e") {
            stemmed = String(decoding: stemmed.utf8.dropLast(), as: UTF8.self)
        }
        return stemmed
    }

    /// True for scalars that belong to a word: letters, marks and digits.
    @inline(__always)
    public static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        let p = u.properties
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
