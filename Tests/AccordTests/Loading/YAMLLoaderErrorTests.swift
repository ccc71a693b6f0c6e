import Foundation
import JSONSchema
import Testing
@testable import Accord

/// Every error the loader reports, with its exact location and rule id.
@Suite("YAML loader: errors")
struct YAMLLoaderErrorTests {
    typealias S = LoadingTestSupport

    // MARK: Keys

    @Test func duplicateKeyIsReportedAtTheSecondNamingTheFirst() throws {
        let result = S.load("a: 1\nb: 2\na: 3\n")
        #expect(S.summary(result) == ["3:1 duplicate-key"])
        let message = try #require(result.diagnostics.first?.message)
        #expect(message.contains("`a`") && message.contains("1:1"))
        #expect(result.diagnostics.first?.hint != nil)
        #expect(result.value?.node("a")?.numberValue?.intValue == 1)
        #expect(result.value?.objectValue?.keys == ["a", "b"])
    }

    @Test func duplicateKeysInFlowStyleAndAcrossQuoting() {
        #expect(S.summary(S.load("m: {a: 1, a: 2}\n")) == ["1:11 duplicate-key"])
        #expect(S.summary(S.load("a: 1\n\"a\": 2\n'a': 3\n")) == ["2:1 duplicate-key", "3:1 duplicate-key"])
        #expect(S.summary(S.load("x: {a: 1}\ny: {a: 2}\n")).isEmpty)
    }

    @Test func duplicateKeyInALargeMapping() {
        let keys = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n")
        let result = S.load(keys + "\nk7: again\n")
        #expect(S.summary(result) == ["41:1 duplicate-key"])
        #expect(result.diagnostics.first?.message.contains("8:1") == true)
        #expect(result.value?.objectValue?.count == 40)
    }

    @Test func collectionKeysAreErrors() {
        #expect(S.summary(S.load("? [a, b]\n: v\nok: 1\n")) == ["1:3 yaml-complex-key"])
        #expect(S.summary(S.load("? {a: 1}\n: v\n")) == ["1:3 yaml-complex-key"])
        #expect(S.summary(S.load("m: {[a]: 1, b: 2}\n")) == ["1:5 yaml-complex-key"])
        let viaAlias = S.load("x: &c [1]\n*c : v\n")
        #expect(S.summary(viaAlias) == ["2:1 yaml-complex-key"])
        #expect(viaAlias.value?.objectValue?.keys == ["x"])
    }

    @Test func aliasToScalarIsAValidKey() throws {
        let result = S.load("x: &s key\n*s : v\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value?.node("key")?.stringValue == "v")
        #expect(result.value?.keyLocation("key") == "2:1")
    }

    @Test func mergeKeyIsAnErrorAndNotApplied() {
        let result = S.load("base: &b {a: 1}\nm:\n  <<: *b\n  c: 2\n")
        #expect(S.summary(result) == ["3:3 yaml-merge-key"])
        #expect(result.value?.node("m")?.objectValue?.keys == ["c"])
        let quoted = S.load("\"<<\": x\n")
        #expect(quoted.diagnostics.isEmpty)
        #expect(quoted.value?.node("<<")?.stringValue == "x")
    }

    // MARK: Aliases

    @Test func aliasesAreExpanded() throws {
        let result = S.load("a: &x {k: [1, 2]}\nb: *x\nc: &x 2\nd: *x\n")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.value)
        #expect(root.node("b") == root.node("a"))
        #expect(root.node("d")?.numberValue?.intValue == 2)  // the latest anchor of a name wins
    }

    @Test func undefinedAliasIsAnErrorAndBecomesNull() {
        let result = S.load("a: 1\nb: [x, *nope]\n")
        #expect(S.summary(result) == ["2:8 yaml-undefined-alias"])
        #expect(result.diagnostics.first?.message.contains("*nope") == true)
        #expect(result.value?.node("b", 1)?.isNull == true)
    }

    @Test func aliasInsideItsOwnAnchorIsAnError() {
        let result = S.load("a: &r\n  - x\n  - *r\n")
        #expect(S.summary(result) == ["3:5 yaml-recursive-alias"])
        #expect(result.value?.node("a", 1)?.isNull == true)
    }

    // MARK: Documents

    @Test(arguments: ["", "   \n\n", "# only a comment\n# and another\n", "\u{FEFF}"])
    func noDocumentIsAnError(text: String) {
        let result = S.load(text)
        #expect(result.value == nil)
        #expect(S.summary(result) == ["1:1 yaml-empty"])
    }

    @Test func explicitEmptyDocumentIsNull() {
        let result = S.load("---\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value?.isNull == true)
    }

    @Test(arguments: [
        ("a: 1\n---\nb: 2\n", "2:1"), ("--- a\n--- b\n", "2:1"), ("a: 1\n...\n# gap\n--- b\n", "4:1"),
        ("a: 1\n...\n---\nb: 2\n", "3:1"),
    ])
    func secondDocumentIsAnErrorAtItsStart(text: String, location: String) {
        let result = S.load(text)
        #expect(S.summary(result) == ["\(location) yaml-multiple-documents"])
        #expect(result.value != nil)  // the first document
    }

    // MARK: Syntax

    @Test(arguments: [
        ("a: \"abc\n", "2:1", "end of stream"),
        ("a: b: c\n", "1:5", "mapping values are not allowed"),
        ("a:\n\tb: 1\n", "2:1", "cannot start any token"),
        ("a: [b, c\n", "2:1", "did not find expected"),
        ("a:\n  b: 1\n c: 2\n", "3:2", "did not find expected key"),
        ("a: 'x' y\n", "1:8", "did not find expected key"),
        ("- a\nb: c\n", "2:1", "did not find expected '-' indicator"),
        ("a: \"\\q\"\n", "1:5", "unknown escape character"),
        ("a: @x\n", "1:4", "cannot start any token"),
        ("%YAML 2.0\n---\na: 1\n", "1:1", "incompatible YAML document"),
        ("a: !x!y z\n", "1:4", "undefined tag handle"),
    ])
    func syntaxErrorsAreLocatedWhereLibyamlFindsThem(text: String, location: String, problem: String) {
        let result = S.load(text)
        #expect(result.value == nil)
        #expect(S.summary(result) == ["\(location) yaml-syntax"])
        #expect(result.diagnostics.first?.message.contains(problem) == true)
    }

    @Test func syntaxErrorNamesWhereTheConstructStarted() {
        let result = S.load("title: ok\ntext: \"never closed\nmore: 1\n")
        #expect(result.diagnostics.first?.message.contains("quoted scalar that starts at 2:7") == true)
        #expect(result.diagnostics.first?.hint == "close the quote")
    }

    @Test func tabIndentationGetsAHint() {
        let result = S.load("a:\n\t- b\n")
        #expect(result.diagnostics.first?.hint?.contains("tab") == true)
    }

    // MARK: Encoding and binary data

    @Test func nulByteIsBinary() {
        let result = S.load(bytes: Array("a: 1\nb: x".utf8) + [0] + Array("y\n".utf8))
        #expect(result.value == nil)
        #expect(S.summary(result) == ["2:5 yaml-binary"])
    }

    @Test func utf16WithoutByteOrderMarkIsBinary() {
        let bytes = "a: 1\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = S.load(bytes: bytes)
        #expect(S.summary(result) == ["1:2 yaml-binary"])
        #expect(result.diagnostics.first?.hint?.contains("UTF-16") == true)
    }

    @Test func invalidUTF8IsLocated() {
        let result = S.load(bytes: Array("a: 1\nb: caf".utf8) + [0xE9] + Array("\n".utf8))
        #expect(result.value == nil)
        #expect(S.summary(result) == ["2:7 yaml-encoding"])
        #expect(result.diagnostics.first?.message.contains("UTF-8") == true)
    }

    @Test func invalidUTF8AfterMultiByteTextAndBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("é: ü\nx: ab".utf8) + [0xC3, 0x28]
        #expect(S.summary(S.load(bytes: bytes)) == ["2:6 yaml-encoding"])
    }

    @Test func invalidUTF16IsLocated() {
        // "a: " then a lone low surrogate.
        let units: [UInt16] = [0x61, 0x3A, 0x20, 0xDC00, 0x0A]
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = S.load(bytes: bytes)
        #expect(S.summary(result) == ["1:4 yaml-encoding"])
        #expect(result.diagnostics.first?.message.contains("UTF-16") == true)
    }

    @Test func controlCharacterIsLocated() {
        let result = S.load("a: 1\nb: x\u{07}y\n")
        #expect(S.summary(result) == ["2:5 yaml-control-character"])
        #expect(result.diagnostics.first?.message.contains("U+0007") == true)
    }

    // MARK: Every diagnostic is complete

    @Test func everyDiagnosticHasLocationRuleAndHint() {
        let inputs = [
            "a: 1\na: 2\n", "? [a]\n: b\n", "<<: {}\n", "a: *x\n", "a: !foo x\n", "a: !!int x\n", "a: \"x\n",
            "", "a: 1\n---\nb\n", "a: no\nb: 010\nc: 1:20\nd: 1_000\n",
        ]
        let known = Set(YAMLRule.allCases.map(\.rawValue))
        for input in inputs {
            for d in S.load(input).diagnostics {
                #expect(d.location.isKnown, "\(d.rule) in \(input.debugDescription)")
                #expect(known.contains(d.rule))
                #expect(d.hint != nil, "\(d.rule) has no hint")
                #expect(d.file == "test.yaml")
            }
        }
    }
}

extension YAMLLoaderErrorTests {
    @Test func diagnosticsCarryTheJSONPointerOfTheirNode() {
        let result = S.load("""
            points:
              - id: a
                text: x
                text: again
              - tags: [ok, !!int no]
            "a/b~": {c: no}
            ? [k]
            : v
            """)
        let paths = result.diagnostics.map { "\($0.rule) \($0.instancePath ?? "-")" }
        #expect(paths == [
            "duplicate-key /points/0/text", "yaml-tag-mismatch /points/1/tags/1",
            "yaml11-boolean /a~1b~0/c", "yaml-complex-key ",
        ])
        #expect(S.load("a: 1\n---\nb\n").diagnostics.first?.instancePath == nil)
    }
}

extension YAMLLoaderErrorTests {
    @Test func everyRuleIsListedInTheLoaderDocumentation() throws {
        let source = try String(contentsOf: S.packageRoot.appendingPathComponent("Sources/Accord/Loading/YAMLLoader.swift"),
                                encoding: .utf8)
        for rule in YAMLRule.allCases {
            #expect(source.contains("`\(rule.rawValue)`"), "\(rule.rawValue) is missing from YAMLLoader's doc comment")
        }
    }
}

extension YAMLLoaderErrorTests {
    @Test func nonYAML12VersionDirectiveIsAWarning() {
        let result = S.load("# comment\n%YAML 1.1\n---\nanswer: no\n", yaml11: false)
        #expect(result.diagnostics.map { "\($0.location) \($0.severity.rawValue) \($0.rule)" } == ["2:1 warning yaml-version-directive"])
        #expect(result.value?.node("answer")?.stringValue == "no")
        #expect(S.load("%YAML 1.2\n---\na: 1\n").diagnostics.isEmpty)
    }
}
