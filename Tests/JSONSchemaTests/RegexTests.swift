import Testing
import JSONSchema

/// Behaviour tests for ``ECMARegex``: syntax, semantics, Unicode, limits.
@Suite struct RegexTests {
    private func outcome(_ pattern: String, _ subject: String, budget: Int = ECMARegex.defaultStepBudget) throws
        -> ECMARegex.Outcome
    {
        try ECMARegex(pattern).search(in: subject, stepBudget: budget)
    }

    private func matches(_ pattern: String, _ subject: String) throws -> Bool {
        try outcome(pattern, subject) == .match
    }

    @Test func basicsAndAnchors() throws {
        #expect(try matches("a+", "xxaayy"))
        #expect(try matches("^a*$", "aaa"))
        #expect(try !matches("^a*$", "abc"))
        #expect(try !matches("^abc$", "abc\n"))
        #expect(try matches("", ""))
        #expect(try matches("a|", ""))
        #expect(try !matches("[]", "a"))
        #expect(try matches("[^]", "\n"))
        #expect(try matches("a.c", "abc"))
        #expect(try !matches("a.c", "a\nc"))
        #expect(try !matches("a.c", "a\u{2028}c"))
        #expect(try matches("^.$", "😀"))
    }

    @Test func quantifiers() throws {
        #expect(try !matches("a{2,3}", "a"))
        #expect(try matches("^a{2,3}$", "aaa"))
        #expect(try !matches("^a{2,3}$", "aaaa"))
        #expect(try matches("^a{2,}$", "aaaaaa"))
        #expect(try matches("^(ab){2,3}$", "ababab"))
        #expect(try !matches("^(ab){2,3}$", "abababab"))
        #expect(try matches("^(ab){2,3}?c$", "ababc"))
        #expect(try matches("^x*?$", "xxx"))
        #expect(try matches("^(?:a*)*$", "aaa"))
        #expect(try matches("^(?:a|ab)+c$", "ababac"))
        #expect(try matches("^(?:x|y)+$", "xyxyyx"))
    }

    @Test func classesAndEscapes() throws {
        #expect(try matches("^[^a-c]+$", "xyz"))
        #expect(try !matches("^[^a-c]+$", "xaz"))
        #expect(try matches("^[\\w-]+$", "a-b_c"))
        #expect(try matches("^[\\d\\s]+$", "1 2"))
        #expect(try matches("^[\\-]$", "-"))
        #expect(try matches("^[\\b]$", "\u{8}"))
        #expect(try matches("^\\t\\n\\v\\f\\r\\0$", "\t\n\u{B}\u{C}\r\u{0}"))
        #expect(try matches("^\\x41\\u0042\\u{43}$", "ABC"))
        #expect(try matches("^\\uD83D\\uDE00$", "😀"))
        #expect(try matches("^\\u{1F600}$", "😀"))
        #expect(try matches("^\\cJ$", "\n"))
        #expect(try matches("^[\\u0041-\\u005A]+$", "QZ"))
        #expect(try !matches("^\\d$", "\u{07C0}"))
        #expect(try matches("^\\D$", "\u{07C0}"))
        #expect(try !matches("^\\w$", "é"))
        for space in ["\u{FEFF}", "\u{A0}", "\u{2003}", "\u{2029}", "\u{3000}", "\u{1680}"] {
            #expect(try matches("^\\s$", space))
            #expect(try !matches("^\\S$", space))
        }
        #expect(try !matches("^\\s$", "\u{2013}"))
        #expect(try matches("\\bfoo\\b", "a foo b"))
        #expect(try !matches("\\bfoo\\b", "afoo"))
        #expect(try matches("\\Bfoo", "afoo"))
    }

    @Test func unicodeProperties() throws {
        #expect(try matches("^\\p{Letter}+$", "Héllo"))
        #expect(try matches("^\\p{L}+$", "π"))
        #expect(try !matches("^\\p{L}+$", "123"))
        #expect(try matches("^\\p{Lu}+$", "ÀB"))
        #expect(try !matches("^\\p{Lu}+$", "Ab"))
        #expect(try matches("^\\p{N}+$", "42½"))
        #expect(try matches("^\\p{digit}+$", "\u{9EA}\u{9E8}"))
        #expect(try matches("^\\p{gc=Nd}+$", "09"))
        #expect(try matches("^\\P{L}+$", "123"))
        #expect(try matches("^[\\p{Lu}\\d]+$", "AB12"))
        #expect(try !matches("^[\\p{Lu}\\d]+$", "Ab12"))
        #expect(try matches("^[^\\P{Lu}]+$", "AB"))
        #expect(try matches("^\\p{Script=Greek}+$", "αβγ"))
        #expect(try !matches("^\\p{Script=Greek}+$", "abc"))
        #expect(try matches("^\\p{sc=Cyrl}+$", "жук"))
        #expect(try matches("^\\p{White_Space}$", "\u{2028}"))
        #expect(try matches("^\\p{ASCII}+$", "abc"))
        #expect(try !matches("^\\p{ASCII}+$", "é"))
        #expect(try matches("^\\p{Emoji_Presentation}$", "😀"))
    }

    @Test func groupsAndBackreferences() throws {
        #expect(try matches("(a)\\1", "aa"))
        #expect(try !matches("(a)\\1", "ab"))
        #expect(try matches("(?<x>a|b)\\k<x>", "xbb"))
        #expect(try !matches("(?<x>a|b)\\k<x>", "ab"))
        // A forward reference and an unset group match the empty string.
        #expect(try matches("^\\1(a)$", "a"))
        #expect(try matches("^(?:(a)|b)\\1$", "b"))
        // Captures inside a quantified group are reset at each iteration.
        #expect(try matches("^(?:(a)|b)*\\1$", "ab"))
        #expect(try matches("(z)((a+)?(b+)?(c))*\\3", "zaacbbbcac"))
        #expect(try matches("^(?:)$", ""))
    }

    @Test func lookaround() throws {
        #expect(try matches("foo(?=bar)", "foobar"))
        #expect(try !matches("foo(?!bar)", "foobar"))
        #expect(try matches("foo(?!bar)", "foobaz"))
        #expect(try matches("(?<=\\$)\\d+", "cost $42"))
        #expect(try !matches("(?<=\\$)\\d+", "cost 42"))
        #expect(try !matches("(?<!\\$)\\b\\d+", "cost $42"))
        #expect(try matches("(?<!\\$)\\b\\d+", "cost 42"))
        #expect(try matches("(?<=^a*)b", String(repeating: "a", count: 1000) + "b"))
        // Lookbehind matches right to left: the greedy group takes the longest suffix.
        #expect(try matches("(?<=(\\d+)(\\d+))x\\2$", "1053x053"))
        #expect(try matches("(?<=(\\d+)(\\d+))x\\1", "1053x1"))
        // Captures from a positive lookahead are visible afterwards.
        #expect(try matches("^(?=(a+))\\1b$", "aab"))
    }

    @Test func syntaxErrorsCarryOffsets() throws {
        let cases: [(String, Int)] = [
            ("^(abc]", 5), ("a{", 2), ("a{2,1}", 1), ("*a", 0), ("ab\\q", 2), ("(?<n>a)(?<n>b)", 7),
            ("\\2(a)", 0), ("\\k<x>", 0), ("[z-a]", 1), ("[\\d-z]", 1), ("(?=a)*", 5), ("x\\p{Foo}", 1),
            ("a)", 1), ("]", 0), ("}", 0), ("\\00", 0), ("\\c1", 0), ("\\u{110000}", 0), ("\\xZZ", 0),
            ("(?i:a)", 1), ("\\p{Extended_Pictographic}", 0), ("\\p{Script=Klingon}", 0), ("\\", 0),
            ("[abc", 0),
        ]
        for (pattern, offset) in cases {
            do {
                _ = try ECMARegex(pattern)
                Issue.record("pattern \(pattern) should not compile")
            } catch let error as RegexSyntaxError {
                #expect(error.offset == offset, "\(pattern): \(error)")
                #expect(!error.description.isEmpty)
            }
        }
    }

    @Test func hugeCountsCompileQuicklyOrAreRejected() throws {
        #expect(try matches("^(?:){1000000000}$", ""))
        #expect(try matches("^a{0,2000000000}$", String(repeating: "a", count: 5000)))
        #expect(throws: RegexSyntaxError.self) { try ECMARegex("(?:ab){1000000000}") }
        #expect(throws: RegexSyntaxError.self) { try ECMARegex("(?:\\b){0,1000000000}") }
        #expect(try matches("^(?:ab){1000}$", String(repeating: "ab", count: 1000)))
    }

    @Test func deepNestingIsRejectedNotCrashing() {
        let deep = String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000)
        #expect(throws: RegexSyntaxError.self) { try ECMARegex(deep) }
    }

    @Test func catastrophicPatternsHitTheBudgetQuickly() throws {
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try outcome("^(a+)+$", String(repeating: "a", count: 40) + "b") == .budgetExceeded)
        #expect(try outcome("^(?:a|aa)*c", String(repeating: "a", count: 60) + "bc") == .budgetExceeded)
        #expect(try outcome("(a*)*b$", String(repeating: "a", count: 40) + "b!") == .budgetExceeded)
        #expect(clock.now - start < .seconds(10))
        // A tiny budget also stops ordinary work.
        #expect(try outcome("^[a-z]+\\d$", String(repeating: "a", count: 1000) + "!", budget: 10) == .budgetExceeded)
        // A required scalar that is absent rejects at once, whatever the pattern.
        #expect(try outcome("(a*)*b", String(repeating: "a", count: 40)) == .noMatch)
    }

    @Test func hugeSubjectsDoNotOverflowTheStack() throws {
        let big = String(repeating: "x", count: 100_000)
        #expect(try matches("^[a-z]+$", big))
        #expect(try matches("^(?:x|y)+$", big))
        #expect(try matches("^(x)+$", big))
        #expect(try matches("^(?:xx|x)*$", big))
        #expect(try matches(".*foo", big + "foo"))
        #expect(try matches("^x*(?<=x{99999})$", big))
        #expect(try !matches("^x*(?<=y{2})$", big))
        #expect(try !matches("^x+$", big + "y"))
        // Unanchored searches led by a loop skip starts inside a run that already failed.
        #expect(try outcome("[a-z]+\\d", big) == .noMatch)
        #expect(try matches("[a-z]+\\d", big + "5"))
        #expect(try matches(".*\\d", big + "\n5"))
        #expect(try matches("[a-z]+?x", "abc abx"))
    }

    @Test func oneRegexIsSharedAcrossTasks() async throws {
        let regex = try ECMARegex("^\\p{Script=Greek}+\\d*$")
        let matched = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask { regex.search(in: index.isMultiple(of: 2) ? "αβγ\(index)" : "abc\(index)") == .match }
            }
            var count = 0
            for await result in group where result { count += 1 }
            return count
        }
        #expect(matched == 32)
    }

    @Test func ordinarySearchesAreCheap() throws {
        let regex = try ECMARegex("^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$")
        let clock = ContinuousClock()
        let start = clock.now
        var matched = 0
        for index in 0..<10_000 where regex.search(in: "user\(index)@example.com") == .match { matched += 1 }
        #expect(matched == 10_000)
        // Generous even for debug builds; optimised builds take well under 10 ms.
        #expect(clock.now - start < .seconds(5))
    }
}
