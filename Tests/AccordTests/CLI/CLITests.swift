import Foundation
import Testing

/// The `accord` executable: exit statuses (0 ok, 1 invalid/different, 2 trouble), output
/// formats, standard input, atomic `--output`.
@Suite("accord command line")
struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = TestPaths.accordExecutable
        process.arguments = arguments
        process.currentDirectoryURL = TestPaths.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    static let plan28 = "Plans/ukraine-28-point-plan-2025-11.yaml"

    @Test func validPlanExitsZero() throws {
        let r = try Self.run(["validate", Self.plan28])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("checked 1 file: 1 valid"))
    }

    @Test func invalidPlanExitsOneWithLocatedDiagnostics() throws {
        let r = try Self.run(["validate", "Tests/AccordTests/Fixtures/invalid/duplicate-ids.yaml"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Tests/AccordTests/Fixtures/invalid/duplicate-ids.yaml:14:13: error: point id \"ceasefire\" is already used"))
    }

    @Test func missingFileExitsTwo() throws {
        let r = try Self.run(["validate", "no/such/file.yaml"])
        #expect(r.status == 2)
    }

    @Test func usageErrorExitsTwo() throws {
        #expect(try Self.run(["validate"]).status == 2)
        #expect(try Self.run(["outline", Self.plan28, "--format", "pdf"]).status == 2)
        #expect(try Self.run(["no-such-command"]).status == 2)
    }

    @Test func helpExitsZero() throws {
        let r = try Self.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("validate"))
    }

    @Test func readsStandardInput() throws {
        let r = try Self.run(["validate", "-"], stdin: "id: p\ntitle: T\npoints: [{id: a, text: A}]\n")
        #expect(r.status == 0, "\(r.stdout)")
        let bad = try Self.run(["validate", "-"], stdin: "id: p\ntitle: T\npoints: [{id: a}]\n")
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("<stdin>:3:10: error:"))
    }

    @Test func validateJSON() throws {
        let r = try Self.run(["validate", "--format", "json", "Tests/AccordTests/Fixtures/invalid/numbering.yaml"])
        #expect(r.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(json?["valid"] as? Bool == false)
        let files = json?["files"] as? [[String: Any]]
        let diagnostics = files?.first?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.first?["rule"] as? String == "number-gap")
        #expect(diagnostics?.first?["line"] as? Int == 8)
    }

    @Test func validatesADirectory() throws {
        let r = try Self.run(["validate", "Plans/"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("valid"))
    }

    @Test func outlineOfTheTwentyEightPointPlan() throws {
        let r = try Self.run(["outline", Self.plan28])
        #expect(r.status == 0)
        #expect(r.stdout.contains("28 points in 4 areas"))
        #expect(!r.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set / piped")
        let json = try Self.run(["outline", Self.plan28, "--format", "json"])
        let value = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let areas = value?["areas"] as? [[String: Any]]
        #expect(areas?.count == 4)
        #expect(areas?.compactMap { ($0["points"] as? [Any])?.count }.reduce(0, +) == 28)
    }

    @Test func outlineOfInvalidPlanExitsOne() throws {
        let r = try Self.run(["outline", "Tests/AccordTests/Fixtures/invalid/duplicate-ids.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("duplicate-ids.yaml:14:13"))
    }

    @Test func outputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accord-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("plan.yaml")
        let original = "id: p\ntitle: T\npoints: [{id: a, text: A}]\n"
        try original.write(to: input, atomically: true, encoding: .utf8)
        let refused = try Self.run(["outline", input.path, "--format", "markdown", "--output", input.path])
        #expect(refused.status == 2)
        #expect(try String(contentsOf: input, encoding: .utf8) == original)
        let out = dir.appendingPathComponent("outline.md")
        let ok = try Self.run(["outline", input.path, "--format", "markdown", "--output", out.path])
        #expect(ok.status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("# T\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".accord-") }
        #expect(leftovers.isEmpty)
    }

    @Test func diffExitStatusFollowsDiff1() throws {
        let same = try Self.run(["diff", Self.plan28, Self.plan28])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        let different = try Self.run(["diff", Self.plan28, "Plans/ukraine-20-point-framework-2025-12.yaml"])
        #expect(different.status == 1)
        #expect(different.stdout.contains("→"))
        let missing = try Self.run(["diff", Self.plan28, "no/such.yaml"])
        #expect(missing.status == 2)
        let invalid = try Self.run(["diff", Self.plan28, "Tests/AccordTests/Fixtures/invalid/duplicate-ids.yaml"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("duplicate-ids.yaml:14:13"))
    }

    @Test func historyTabulatesVersionsAndExitsLikeDiff() throws {
        let geneva = "Plans/ukraine-geneva-framework-2025-11.yaml", twenty = "Plans/ukraine-20-point-framework-2025-12.yaml"
        let r = try Self.run(["history", Self.plan28, geneva, twenty])
        #expect(r.status == 1)
        let header = try #require(r.stdout.split(separator: "\n").first)
        #expect(header.contains("2025-11-20") && header.contains("2025-12-23"))
        #expect(r.stdout.contains("Marks: = unchanged"))
        let json = try Self.run(["history", "--format", "json", Self.plan28, twenty])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["versions"] as? [Any])?.count == 2)
        #expect(try Self.run(["history", Self.plan28, Self.plan28]).status == 0)
        #expect(try Self.run(["history", Self.plan28]).status == 2)
        #expect(try Self.run(["history", Self.plan28, "no/such.yaml"]).status == 2)
        #expect(try Self.run(["history", Self.plan28, "Tests/AccordTests/Fixtures/invalid/duplicate-ids.yaml"]).status == 2)
    }

    @Test func diffJSONHasSummaryAndChanges() throws {
        let r = try Self.run(["diff", "--format", "json", Self.plan28, "Plans/ukraine-20-point-framework-2025-12.yaml"])
        #expect(r.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(json?["summary"] is [String: Any])
        let changes = json?["changes"] as? [[String: Any]]
        #expect((changes?.count ?? 0) > 0)
        #expect(changes?.allSatisfy { $0["kind"] is [String] } == true)
    }

    @Test func diffHTMLIsAStandalonePage() throws {
        let r = try Self.run(["diff", "--format", "html", Self.plan28, "Plans/ukraine-geneva-framework-2025-11.yaml"])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!r.stdout.contains("<script"))
    }

    @Test func schemaValidateUsesTheJSONSchemaModule() throws {
        let ok = try Self.run(["schema", "validate", "--schema", "Schemas/plan.schema.json", Self.plan28])
        #expect(ok.status == 0, "\(ok.stdout)")
        let bad = try Self.run(["schema", "validate", "--schema", "Schemas/plan.schema.json", "--format", "json",
                                "Tests/AccordTests/Fixtures/invalid/yaml-surprises.yaml"])
        #expect(bad.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [String: Any]
        let unit = ((json?["files"] as? [[String: Any]])?.first?["errors"] as? [[String: Any]])?.first
        #expect(unit?["keywordLocation"] as? String == "/properties/version/type")
        #expect(unit?["instanceLocation"] as? String == "/version")
        #expect(unit?["line"] as? Int == 3)
        let missingSchema = try Self.run(["schema", "validate", "--schema", "no/such.json", Self.plan28])
        #expect(missingSchema.status == 2)
    }

    @Test func schemaValidateRefusesABrokenSchema() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accord-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = dir.appendingPathComponent("s.json")
        try #"{"$ref": "https://example.org/remote.json"}"#.write(to: schema, atomically: true, encoding: .utf8)
        let r = try Self.run(["schema", "validate", "--schema", schema.path, Self.plan28])
        #expect(r.status == 1)
        #expect(r.stdout.contains("schema-compile"))
    }

    @Test func schemaValidateWarnsAboutUnknownKeywords() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accord-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = dir.appendingPathComponent("s.json")
        try "{\"type\": \"object\",\n \"properties\": {\"id\": {\"maxLenght\": 3}}, \"x-note\": 1}"
            .write(to: schema, atomically: true, encoding: .utf8)
        let r = try Self.run(["schema", "validate", "--schema", schema.path, Self.plan28])
        #expect(r.status == 0, "a warning is not a failure")
        #expect(r.stdout.contains("s.json:2:24: warning: `maxLenght` is not a JSON Schema 2020-12 keyword"), "\(r.stdout)")
        #expect(r.stdout.contains("did you mean \"maxLength\"?"))
        #expect(!r.stdout.contains("x-note"))
    }
}
