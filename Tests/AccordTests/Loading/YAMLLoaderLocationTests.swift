import JSONSchema
import Testing
@testable import Accord

/// Every node and key carries its 1-based line and column, counted in Unicode scalars.
@Suite("YAML loader: source locations")
struct YAMLLoaderLocationTests {
    static let document = """
        # comment line
        id: plan-a
        title: "Ünïcödé title"
        points:
          - id: p1
            text: |
              Line one
              Line two
            tags: [α, β, {k: v}]
          - id: p2
            nested:
              - - deep
        x: [ünï, cödé]
        m: {a: "😀😀", b: 1}
        empty:
        last: end
        """

    @Test func blockNodesAndKeys() throws {
        let result = LoadingTestSupport.load(Self.document)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.value)
        #expect(root.location.description == "2:1")
        #expect(root.keyLocation("id") == "2:1")
        #expect(root.node("id")?.location.description == "2:5")
        #expect(root.keyLocation("title") == "3:1")
        #expect(root.node("title")?.location.description == "3:8")
        #expect(root.node("title")?.stringValue == "Ünïcödé title")
        #expect(root.keyLocation("points") == "4:1")
        #expect(root.node("points")?.location.description == "5:3")
        #expect(root.node("points", 0)?.location.description == "5:5")
        #expect(root.node("points", 0)?.keyLocation("id") == "5:5")
        #expect(root.node("points", 0, "id")?.location.description == "5:9")
        #expect(root.node("points", 0)?.keyLocation("text") == "6:5")
        #expect(root.node("points", 0, "text")?.location.description == "6:11")
        #expect(root.node("points", 0, "text")?.stringValue == "Line one\nLine two\n")
        #expect(root.node("points", 1)?.location.description == "10:5")
        #expect(root.node("points", 1)?.keyLocation("nested") == "11:5")
        #expect(root.node("points", 1, "nested")?.location.description == "12:7")
        #expect(root.node("points", 1, "nested", 0)?.location.description == "12:9")
        #expect(root.node("points", 1, "nested", 0, 0)?.location.description == "12:11")
        #expect(root.keyLocation("last") == "16:1")
        #expect(root.node("last")?.location.description == "16:7")
    }

    @Test func flowNodesAfterNonASCIIText() throws {
        let root = try #require(LoadingTestSupport.load(Self.document).value)
        let tags = try #require(root.node("points", 0, "tags"))
        #expect(tags.location.description == "9:11")
        #expect(tags.node(0)?.location.description == "9:12")
        #expect(tags.node(1)?.location.description == "9:15")
        #expect(tags.node(2)?.location.description == "9:18")
        #expect(tags.node(2)?.keyLocation("k") == "9:19")
        #expect(tags.node(2, "k")?.location.description == "9:22")
        // Columns count Unicode scalars: three 2-byte letters take three columns.
        #expect(root.node("x", 1)?.location.description == "13:10")
        #expect(root.node("x", 1)?.stringValue == "cödé")
        // Astral-plane characters (4 bytes, 2 UTF-16 units) take one column each.
        #expect(root.node("m")?.keyLocation("b") == "14:14")
        #expect(root.node("m", "b")?.location.description == "14:17")
    }

    @Test func emptyValueSitsRightAfterItsColon() throws {
        let root = try #require(LoadingTestSupport.load(Self.document).value)
        #expect(root.node("empty")?.isNull == true)
        #expect(root.node("empty")?.location.description == "15:7")
    }

    @Test func crlfLineBreaksCountOnce() throws {
        let root = try #require(LoadingTestSupport.load("a: 1\r\nb:\r\n  - x\r\n").value)
        #expect(root.keyLocation("b") == "2:1")
        #expect(root.node("b", 0)?.location.description == "3:5")
    }

    @Test func byteOrderMarkTakesNoColumn() throws {
        let result = LoadingTestSupport.load(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: x\n".utf8))
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.value)
        #expect(root.keyLocation("a") == "1:1")
        #expect(root.node("a")?.location.description == "1:4")
        #expect(root.node("b")?.stringValue == "x")
    }

    @Test func aliasTakesItsOwnLocationAtTheRoot() throws {
        let root = try #require(LoadingTestSupport.load("x: &a [1, {k: v}]\ny: *a\n").value)
        let copy = try #require(root.node("y"))
        #expect(copy.location.description == "2:4")
        #expect(copy == root.node("x"))
        // Inner nodes point at the text they came from.
        #expect(copy.node(0)?.location.description == "1:8")
        #expect(copy.node(1)?.keyLocation("k") == "1:12")
    }

    @Test func nodeWithPropertiesStartsAtItsProperties() throws {
        let root = try #require(LoadingTestSupport.load("a: !!str 12\nb: &x [1]\n").value)
        #expect(root.node("a")?.location.description == "1:4")
        #expect(root.node("b")?.location.description == "2:4")
    }

    @Test func utf16WithByteOrderMarkReadsCorrectly() throws {
        let text = "a: ü😀\nb: [1, 2]\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let result = LoadingTestSupport.load(bytes: bytes)
            #expect(result.diagnostics.isEmpty)
            let root = try #require(result.value)
            #expect(root.node("a")?.stringValue == "ü😀")
            #expect(root.node("b")?.location.description == "2:4")
            #expect(root.node("b", 1)?.location.description == "2:8")
        }
    }
}

extension YAMLLoaderLocationTests {
    /// The loader's own positions (NUL bytes, bad encoding, control characters) count lines
    /// exactly as libyaml does, including its YAML 1.1 line breaks NEL, LS and PS.
    @Test func ownPositionsAgreeWithLibyamlsLineBreaks() throws {
        for lineBreak in ["\u{85}", "\u{2028}", "\u{2029}", "\r", "\r\n"] {
            let head = "a: \"x\(lineBreak)y\"\nb: é"
            let clean = try #require(LoadingTestSupport.load(head + "z\n").value)
            let libyamlLocation = try #require(clean.node("b")?.location)
            let broken = LoadingTestSupport.load(head + "\u{7}\n")
            let ownLocation = try #require(broken.diagnostics.first?.location)
            #expect(ownLocation.line == libyamlLocation.line, "line break \(lineBreak.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(ownLocation.column == libyamlLocation.column + 1)
        }
    }
}
