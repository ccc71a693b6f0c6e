import Foundation
import Testing
import JSONSchema

/// Hostile schemas for `accord schema validate --schema S`: reference cycles, network and
/// folder-escaping references, catastrophic regular expressions, absurd nesting. Each gives a
/// precise error, quickly, and nothing is fetched or read outside the schema's folder.
@Suite("Robustness: hostile schemas")
struct HostileSchemaTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile-schemas")
    /// `file://` URI of the fixture folder, as it appears in messages.
    static let folderURI = folder.standardizedFileURL.resolvingSymlinksInPath().absoluteString
        .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    static let folderPath = folder.standardizedFileURL.resolvingSymlinksInPath().path

    static func compileError(_ name: String, options: SchemaOptions = SchemaOptions()) -> SchemaCompileError? {
        do {
            _ = try CompiledSchema.load(contentsOf: folder.appendingPathComponent(name), options: options)
            return nil
        } catch {
            return error
        }
    }

    static func schema(_ name: String, options: SchemaOptions = SchemaOptions()) throws -> CompiledSchema {
        try CompiledSchema.load(contentsOf: folder.appendingPathComponent(name), options: options)
    }

    static func instance(_ json: String) throws -> JSONValue { try JSONParser.parse(string: json) }

    @Test func networkReferenceIsRefusedNotFetched() throws {
        let error = try #require(Self.compileError("ref-network.json"))
        #expect(error.message == "remote reference not allowed: https://example.com/schemas/evil.json (Accord never fetches schemas over the network)")
        #expect(error.sourceLocation == SourceLocation(line: 3, column: 11))
    }

    @Test func networkBaseFromIDIsRefusedNotFetched() throws {
        let error = try #require(Self.compileError("ref-network-id.json"))
        #expect(error.message == "remote reference not allowed: http://attacker.invalid/other.json (Accord never fetches schemas over the network)")
        #expect(error.sourceLocation == SourceLocation(line: 4, column: 11))
        #expect(error.schemaLocation == "http://attacker.invalid/root.json#")
    }

    @Test func absoluteFileReferenceOutsideTheFolderIsRefused() throws {
        let error = try #require(Self.compileError("ref-absolute-file.json"))
        #expect(error.message == "file reference file:///etc/passwd escapes the schema folder \(Self.folderPath) (not allowed)")
        #expect(error.sourceLocation == SourceLocation(line: 3, column: 11))
    }

    @Test func parentFolderReferenceIsRefusedUnlessAllowed() throws {
        let error = try #require(Self.compileError("confined/ref-parent-folder.json"))
        #expect(error.message == "file reference \(Self.folderURI)/outside-target.json escapes the schema folder \(Self.folderPath)/confined (not allowed)")
        #expect(error.sourceLocation == SourceLocation(line: 3, column: 11))

        // Explicitly allowed, the same reference loads and applies the referenced schema.
        var allow = SchemaOptions()
        allow.allowFileReferencesOutsideRoot = true
        let schema = try Self.schema("confined/ref-parent-folder.json", options: allow)
        #expect(schema.isValid(try Self.instance("\"text\"")))
        #expect(!schema.isValid(try Self.instance("5")))
    }

    @Test func referenceCycleIsAValidationErrorNotAHang() throws {
        let schema = try Self.schema("ref-cycle.json")
        let started = Date()
        let result = schema.validate(try Self.instance("{\"a\": [1, 2, 3]}"))
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(!result.isValid)
        #expect(result.errors.map(\.keyword) == ["$ref"])
        #expect(result.errors.first?.message == "reference cycle: \(Self.folderURI)/ref-cycle.json#/$defs/a is re-entered without consuming any of the instance (infinite recursion)")
        #expect(!schema.isValid(try Self.instance("5")))
    }

    @Test func selfReferenceThroughAllOfIsACycle() throws {
        let schema = try Self.schema("ref-self-recursive.json")
        let result = schema.validate(try Self.instance("5"))
        #expect(!result.isValid)
        #expect(result.errors.first?.message == "reference cycle: \(Self.folderURI)/ref-self-recursive.json# is re-entered without consuming any of the instance (infinite recursion)")
    }

    @Test func catastrophicPatternIsBoundedByTheStepBudget() throws {
        let schema = try Self.schema("catastrophic-pattern.json")
        let evil = String(repeating: "a", count: 40) + "!"
        let started = Date()
        let result = schema.validate(.string(evil))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(!result.isValid)
        #expect(result.errors.map(\.keyword) == ["pattern"])
        #expect(result.errors.first?.message == "the pattern \"^(a+)+$\" was too expensive to evaluate on this string (step budget exceeded)")
        // An honest string still matches.
        #expect(schema.isValid(.string("aaaa")))
    }

    @Test func catastrophicPatternPropertiesAreBoundedToo() throws {
        let schema = try Self.schema("catastrophic-pattern-properties.json")
        let key = String(repeating: "a", count: 56) + "!"
        let started = Date()
        let result = schema.validate(try Self.instance("{\"\(key)\": 1}"))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(result.errors.map(\.keyword) == ["patternProperties"])
        #expect(result.errors.first?.message == "the pattern \"^(a|aa)*$\" was too expensive to evaluate on property name \"\(key)\" (step budget exceeded)")
    }

    @Test func invalidPatternIsACompileError() throws {
        let error = try #require(Self.compileError("invalid-pattern.json"))
        #expect(error.message == "invalid regular expression \"(?<name\": invalid group name (at offset 3)")
        #expect(error.sourceLocation == SourceLocation(line: 3, column: 14))
    }

    @Test func fiveThousandLevelsOfNestingAreRefusedByTheParser() throws {
        let error = try #require(Self.compileError("deep-nesting.json"))
        #expect(error.message == "\(Self.folderPath)/deep-nesting.json:1:7001: nesting deeper than 1000 levels")
    }

    // MARK: `accord schema validate --schema S`

    struct CommandRun {
        var status: Int32
        var output: String
        var crashed: Bool
        var seconds: Double
    }

    static func accord(_ arguments: [String], stdin: String) throws -> CommandRun {
        let process = Process()
        process.executableURL = TestPaths.accordExecutable
        process.arguments = arguments
        process.currentDirectoryURL = TestPaths.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let started = Date()
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus, output: text,
                          crashed: process.terminationReason != .exit, seconds: Date().timeIntervalSince(started))
    }

    static let fixturePath = "Tests/AccordTests/Fixtures/hostile-schemas"

    /// schema file → instance on standard input, expected exit status, expected output fragments.
    static let commandCases: [(schema: String, instance: String, status: Int32, fragments: [String])] = [
        ("ref-network.json", "{}", 1, ["ref-network.json:3:11: error:", "remote reference not allowed: https://example.com/schemas/evil.json"]),
        ("ref-absolute-file.json", "{}", 1, ["ref-absolute-file.json:3:11: error:", "file reference file:///etc/passwd escapes the schema folder"]),
        ("confined/ref-parent-folder.json", "\"text\"", 1, ["ref-parent-folder.json:3:11: error:", "escapes the schema folder"]),
        ("ref-cycle.json", "{}", 1, ["reference cycle"]),
        ("catastrophic-pattern.json", "\"" + String(repeating: "a", count: 40) + "!\"", 1, ["too expensive to evaluate", "step budget exceeded"]),
        ("invalid-pattern.json", "\"x\"", 1, ["invalid-pattern.json:3:14: error:", "invalid regular expression"]),
        ("deep-nesting.json", "{}", 1, ["deep-nesting.json:1:3585: error: nesting deeper than 512 levels [json-syntax]"]),
    ]

    @Test func theCommandRefusesHostileSchemasWithLocatedErrors() throws {
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.accordExecutable.path), "accord not built")
        for c in Self.commandCases {
            let run = try Self.accord(["schema", "validate", "--schema", "\(Self.fixturePath)/\(c.schema)", "-"], stdin: c.instance)
            #expect(!run.crashed, "\(c.schema): crashed")
            #expect(run.seconds < 10, "\(c.schema): took \(run.seconds) s")
            #expect(run.status == c.status, "\(c.schema): exit \(run.status): \(run.output.prefix(400))")
            for fragment in c.fragments {
                #expect(run.output.contains(fragment), "\(c.schema): missing '\(fragment)' in \(run.output.prefix(400))")
            }
        }
    }

    @Test func theCommandFollowsAParentFolderReferenceOnlyWhenAllowed() throws {
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.accordExecutable.path), "accord not built")
        let schema = "\(Self.fixturePath)/confined/ref-parent-folder.json"
        let allowed = try Self.accord(["schema", "validate", "--schema", schema, "--allow-outside-refs", "-"], stdin: "\"text\"")
        #expect(allowed.status == 0, "\(allowed.output)")
        let wrongType = try Self.accord(["schema", "validate", "--schema", schema, "--allow-outside-refs", "-"], stdin: "5")
        #expect(wrongType.status == 1, "\(wrongType.output)")
    }
}
