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

    @Test func markdownCannotBreakTablesOrInjectHTML() {
        let md = Escaping.markdown("a | b *c* [link](javascript:x) <img src=x>\nnext")
        #expect(md == "a \\| b \\*c\\* \\[link\\](javascript:x) &lt;img src=x&gt; next")
    }
}
