import Testing
@testable import Accord

@Suite("Escaping untrusted text")
struct EscapingTests {
    @Test func terminalNeutralisesControlSequences() {
        let hostile = "ok\u{1B}]0;pwned\u{07}\u{1B}[2J\r\u{9B}31m\u{202E}txt"
        let safe = Escaping.terminal(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(!safe.unicodeScalars.contains("\u{202E}"))
        #expect(safe.hasPrefix("ok\\u{1B}]0;pwned"))
        #expect(Escaping.terminal("plain text, äöü") == "plain text, äöü")
        #expect(Escaping.terminal("a\nb") == "a b")
        #expect(Escaping.terminal("a\nb", keepNewlines: true) == "a\nb")
    }

    @Test func htmlEscapesMarkup() {
        #expect(Escaping.html("<script>alert('x')</script> & \"q\"")
                == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    }

    @Test func bidiControlsAreVisibleInEveryFormat() {
        let trojan = "pay \u{202E}0001\u{202C} \u{2066}x\u{2069}"
        for safe in [Escaping.terminal(trojan), Escaping.html(trojan), Escaping.markdown(trojan)] {
            #expect(!safe.unicodeScalars.contains { Escaping.isBidiControl($0) }, "\(safe)")
        }
        #expect(Escaping.html(trojan) == "pay \\u{202E}0001\\u{202C} \\u{2066}x\\u{2069}")
        #expect(Escaping.markdown("\u{202E}x") == "\\\\u{202E}x")
        #expect(Escaping.html("a\u{9B}b") == "a&#xFFFD;b")
        // Right-to-left text itself is left alone.
        #expect(Escaping.html("سلام שלום") == "سلام שלום")
    }

    @Test func markdownCannotBreakTablesOrInjectHTML() {
        let md = Escaping.markdown("a | b *c* [link](javascript:x) <img src=x>\nnext")
        #expect(md == "a \\| b \\*c\\* \\[link\\](javascript:x) &lt;img src=x&gt; next")
    }
}
