/// Interns the terms of both plan versions as small integers, caching the normalisation of each
/// distinct raw word (so folding and stemming run once per distinct word, not per occurrence).
struct TermVocabulary {
    /// Raw word bytes → term id (so each distinct raw word is normalised once).
    private var rawCache = RawWordTable()
    private var ids: [String: Int32] = [:]
    /// Term texts by id.
    private(set) var terms: [String] = []
    /// Whether each term is a stop word.
    private(set) var isStopWord: [Bool] = []

    init() {}

    var count: Int { terms.count }

    /// Appends the term ids of the words of `text`, in order. Words are maximal runs of
    /// letters, marks and digits (see `TermNormalizer.isWordScalar`), scanned over UTF-8.
    mutating func appendTerms(of text: String, to out: inout [Int32]) {
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                // Skip to the next word (ASCII separators without decoding).
                let c = bytes[i]
                if c < 0x80 && !TermVocabulary.isASCIIWordByte(c) { i += 1; continue }
                let (isWord, length) = TermVocabulary.classify(bytes, at: i)
                guard isWord else { i += length; continue }
                // The word's bytes, hashed as they are scanned.
                let start = i
                var h = RawWordTable.hashSeed
                for k in i..<(i + length) { h = RawWordTable.hash(h, adding: bytes[k]) }
                i += length
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        guard TermVocabulary.isASCIIWordByte(b) else { break }
                        h = RawWordTable.hash(h, adding: b)
                        i += 1
                        continue
                    }
                    let (w, l) = TermVocabulary.classify(bytes, at: i)
                    if !w { break }
                    for k in i..<(i + l) { h = RawWordTable.hash(h, adding: bytes[k]) }
                    i += l
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                let hash = RawWordTable.finish(h)
                if let id = rawCache.value(for: word, hash: hash) {
                    out.append(id)
                } else {
                    let id = intern(TermNormalizer.term(Substring(String(decoding: word, as: UTF8.self))))
                    rawCache.insert(word, hash: hash, id: id)
                    out.append(id)
                }
            }
        }
    }

    /// ASCII letters and digits.
    @inline(__always)
    private static func isASCIIWordByte(_ c: UInt8) -> Bool {
        (c &- 0x61) < 26 || (c &- 0x41) < 26 || (c &- 0x30) < 10
    }

    /// Whether the scalar starting at `i` belongs to a word, and its length in bytes.
    @inline(__always)
    private static func classify(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Bool, Int) {
        let c = b[i]
        if c < 0x80 {
            let isWord = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            return (isWord, 1)
        }
        var length = 1
        var value = UInt32(c)
        if c >= 0xF0 { length = 4; value = UInt32(c & 0x07) } else if c >= 0xE0 { length = 3; value = UInt32(c & 0x0F) }
        else if c >= 0xC0 { length = 2; value = UInt32(c & 0x1F) } else { return (false, 1) }
        guard i + length <= b.count else { return (false, 1) }
        for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (false, length) }
        return (TermNormalizer.isWordScalar(scalar), length)
    }

    private mutating func intern(_ term: String) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(terms.count)
        ids[term] = id
        terms.append(term)
        isStopWord.append(TermNormalizer.stopWords.contains(term))
        return id
    }
}
