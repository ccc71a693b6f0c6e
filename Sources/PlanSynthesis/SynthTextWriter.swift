/// Writes titles, sentences and paragraphs for synthetic plans.
struct SynthTextWriter: Sendable {
    let vocabulary: SynthVocabulary

    init(vocabulary: SynthVocabulary) { self.vocabulary = vocabulary }

    mutating func noun(_ rng: inout SplitMix64) -> String {
        // One word in three is an invented name (rare), the rest common nouns (frequent).
        if rng.chance(0.33) { return vocabulary.names[rng.skewed(vocabulary.names.count, exponent: 1.3)] }
        return vocabulary.nouns[rng.skewed(vocabulary.nouns.count, exponent: 1.6)]
    }

    mutating func word(_ rng: inout SplitMix64) -> String {
        switch rng.below(4) {
        case 0: return vocabulary.adjectives[rng.skewed(vocabulary.adjectives.count, exponent: 1.5)]
        case 1: return vocabulary.verbs[rng.skewed(vocabulary.verbs.count, exponent: 1.5)]
        default: return noun(&rng)
        }
    }

    private mutating func nounPhrase(_ rng: inout SplitMix64) -> String {
        var s = rng.chance(0.5) ? "the " : ""
        if rng.chance(0.5) { s += vocabulary.adjectives[rng.skewed(vocabulary.adjectives.count, exponent: 1.5)] + " " }
        s += noun(&rng)
        if rng.chance(0.4) { s += " of " + (rng.chance(0.5) ? "the " : "") + noun(&rng) }
        return s
    }

    mutating func sentence(_ rng: inout SplitMix64) -> String {
        var s = nounPhrase(&rng)
        s += " " + rng.pick(["shall", "will", "must", "may", "is to", "agrees to"])
        s += " " + vocabulary.verbs[rng.skewed(vocabulary.verbs.count, exponent: 1.5)]
        s += " " + nounPhrase(&rng)
        if rng.chance(0.6) {
            s += " " + rng.pick(["in", "for", "under", "with", "across", "through", "on behalf of"]) + " " + nounPhrase(&rng)
        }
        switch rng.below(5) {
        case 0: s += " within \(rng.int(2...180)) days of signature"
        case 1: s += ", provided that " + nounPhrase(&rng) + " " + rng.pick(["remains", "is", "becomes"]) + " " +
                vocabulary.adjectives[rng.below(vocabulary.adjectives.count)]
        case 2: s += " no later than \(rng.int(1...36)) months after " + nounPhrase(&rng)
        default: break
        }
        return s.prefix(1).uppercased() + s.dropFirst() + "."
    }

    mutating func paragraph(_ rng: inout SplitMix64, sentences: Int) -> String {
        (0..<max(1, sentences)).map { _ in sentence(&rng) }.joined(separator: " ")
    }

    mutating func title(_ rng: inout SplitMix64) -> String {
        var words: [String] = []
        if rng.chance(0.5) { words.append(vocabulary.adjectives[rng.skewed(vocabulary.adjectives.count, exponent: 1.5)]) }
        words.append(noun(&rng))
        if rng.chance(0.4) { words.append("and"); words.append(noun(&rng)) }
        let t = words.joined(separator: " ")
        return t.prefix(1).uppercased() + t.dropFirst()
    }

    mutating func topics(_ rng: inout SplitMix64) -> [String] {
        var out: [String] = []
        for _ in 0..<rng.int(0...3) {
            let t = vocabulary.topics[rng.skewed(vocabulary.topics.count, exponent: 1.4)]
            if !out.contains(t) { out.append(t) }
        }
        return out
    }

    /// A slug of at most three words of `title` (lowercase ASCII letters/digits and hyphens).
    static func slug(_ title: String) -> String {
        var words: [String] = []
        var current = ""
        for u in title.lowercased().unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") {
                current.unicodeScalars.append(u)
            } else if !current.isEmpty {
                words.append(current); current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.filter { $0 != "and" && $0 != "the" && $0 != "of" }.prefix(3).joined(separator: "-")
    }
}
