/// Rewords texts at a given word-edit rate: substitutions (60 %), insertions (20 %) and
/// deletions (20 %) of words, plus, for multi-sentence texts, a swap of two sentences (30 %).
struct SynthTextEditor: Sendable {
    var rate: Double

    func reword(_ text: String, _ rng: inout SplitMix64, _ writer: inout SynthTextWriter) -> String {
        var sentences = SynthTextEditor.sentences(text)
        if sentences.count >= 2, rng.chance(0.3) {
            let i = rng.below(sentences.count - 1)
            sentences.swapAt(i, i + 1)
        }
        var words = sentences.joined(separator: " ").split(separator: " ").map(String.init)
        let edits = max(1, Int((Double(words.count) * rate).rounded()))
        for _ in 0..<edits {
            let r = rng.unit()
            let i = rng.below(max(1, words.count))
            if r < 0.6, !words.isEmpty {
                let punctuation = String(words[i].reversed().prefix { ".,;:".contains($0) }.reversed())
                words[i] = writer.word(&rng) + punctuation
            } else if r < 0.8 || words.count <= 3 {
                words.insert(writer.word(&rng), at: min(i, words.count))
            } else {
                words.remove(at: i)
            }
        }
        let out = words.joined(separator: " ")
        return out == text ? out + " " + writer.word(&rng) + "." : out
    }

    /// Sentences of `text` (split after ". ").
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character = " "
        for ch in text {
            if ch == " " && previous == "." {
                out.append(current)
                current = ""
            } else {
                current.append(ch)
            }
            previous = ch
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A fresh random id like `p-k3x9q2mz`.
    static func randomSlug(_ rng: inout SplitMix64) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return "p-" + String((0..<8).map { _ in alphabet[rng.below(alphabet.count)] })
    }
}
