import Foundation
import Testing
@testable import Accord

/// Hostile plan files checked end to end (`PlanValidator`, and the `accord validate` command):
/// each gives a clear, located error — never a crash, a hang or runaway memory.
@Suite("Robustness: hostile plan files")
struct HostilePlanInputTests {
    /// name → the first error's `line:col [rule]` (nil: the file is valid).
    static let expectedFirstError: [String: String?] = [
        "empty": "1:1 [yaml-empty]",
        "whitespace-only": "1:1 [yaml-empty]",
        "several-documents": "4:1 [yaml-multiple-documents]",
        "binary": "1:8 [yaml-binary]",
        "invalid-utf8": "5:15 [yaml-encoding]",
        "bom": nil,
        "tab-indentation": "4:1 [yaml-syntax]",
        "enormous-scalar": "5:11 [yaml-scalar-length]",
        "alias-bomb": "9:27 [yaml-alias-budget]",
        "deep-flow-nesting": "3:521 [yaml-depth]",
        "deep-block-nesting": "515:513 [yaml-depth]",
        "duplicate-keys": "3:1 [duplicate-key]",
        "non-string-keys": "4:3 [yaml-complex-key]",
        "unknown-tag": "3:9 [yaml-unknown-tag]",
        "wrong-types": "1:5 [schema/type]",
    ]

    static var names: [String] { HostilePlanInputs.all.map(\.name) }

    static func bytes(_ name: String) -> [UInt8] {
        HostilePlanInputs.all.first { $0.name == name }?.bytes ?? []
    }

    @Test(arguments: names)
    func givesALocatedErrorQuickly(_ name: String) throws {
        let expected = try #require(Self.expectedFirstError[name], "no expectation for \(name)")
        let started = Date()
        let check = PlanValidator().validate(bytes: Self.bytes(name), file: "hostile.yaml")
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 5, "\(name) took \(seconds) s")
        let errors = check.diagnostics.filter { $0.severity == .error }
        #expect(errors.first.map { "\($0.location) [\($0.rule)]" } == expected)
        for d in check.diagnostics {
            #expect(d.location.isKnown, "\(name): unlocated [\(d.rule)] \(d.message)")
            #expect(!d.message.isEmpty)
        }
    }

    @Test func wrongTypesAreAllReportedNotJustTheFirst() {
        let check = PlanValidator().validate(bytes: Self.bytes("wrong-types"), file: "w.yaml")
        let located = check.diagnostics.filter { $0.rule == "schema/type" }.map { "\($0.location) \($0.instancePath ?? "")" }
        #expect(located.starts(with: ["1:5 /id", "2:8 /title", "3:7 /date"]))
        #expect(located.contains { $0.hasSuffix(" /points") })
        #expect(located.contains { $0.hasSuffix(" /areas") })
    }

    @Test func fileSizeLimitIsConfigurable() {
        let bytes = Array((HostilePlanInputs.header + "points: []\n" + String(repeating: "# padding\n", count: 200)).utf8)
        let small = PlanValidator(options: .init(limits: LoadLimits(maxFileSize: 1_000))).validate(bytes: bytes, file: "big.yaml")
        #expect(small.diagnostics.map { "\($0.location) [\($0.rule)]" } == ["1:1 [yaml-file-size]"])
        #expect(small.diagnostics.first?.message == "the file is \(bytes.count) bytes, more than the limit of 1000 bytes (maxFileSize)")
        #expect(small.plan == nil)
        let roomy = PlanValidator().validate(bytes: bytes, file: "big.yaml")
        #expect(!roomy.diagnostics.hasErrors)
    }

    @Test func theCommandExitsOneWithALocatedErrorOnHostileInput() throws {
        let executable = TestPaths.accordExecutable
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "accord not built")
        for name in ["empty", "binary", "invalid-utf8", "alias-bomb", "deep-flow-nesting", "unknown-tag"] {
            let expected = try #require(Self.expectedFirstError[name] ?? nil)
            let location = String(expected.prefix { $0 != " " })
            let process = Process()
            process.executableURL = executable
            process.arguments = ["validate", "-"]
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            process.environment = environment
            let input = Pipe(), output = Pipe(), errorOutput = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errorOutput
            try process.run()
            input.fileHandleForWriting.write(Data(Self.bytes(name)))
            try input.fileHandleForWriting.close()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                + String(decoding: errorOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "\(name): accord crashed")
            #expect(process.terminationStatus == 1, "\(name): exit \(process.terminationStatus): \(text.prefix(300))")
            #expect(text.contains("<stdin>:\(location): error:"), "\(name): \(text.prefix(300))")
            #expect(!text.unicodeScalars.contains("\u{1B}"))
        }
    }

    /// Runs `accord` with `arguments`; returns status and standard output + error.
    static func accord(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String, crashed: Bool) {
        let process = Process()
        process.executableURL = TestPaths.accordExecutable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text, process.terminationReason != .exit)
    }

    /// A file name is hostile input too (`accord validate dir/`, `accord outline *.yaml`): it
    /// must never reach the terminal with raw escape sequences.
    @Test func hostileFileNamesNeverReachTheTerminalRaw() throws {
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.accordExecutable.path), "accord not built")
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("accord-hostile-names-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let invalidName = "evil\u{1B}]0;pwned\u{07}\u{1B}[2J.yaml"
        let validName = "ok\u{1B}[31m.yaml"
        try Data("id: x\ntitle: t\npoints:\n  - {id: a, text: one}\n  - {id: a, text: two}\n".utf8)
            .write(to: directory.appendingPathComponent(invalidName))
        try Data("id: x\ntitle: t\npoints:\n  - {id: a, text: one}\n".utf8)
            .write(to: directory.appendingPathComponent(validName))

        let runs: [(arguments: [String], status: Int32)] = [
            (["validate", "."], 1),
            (["validate", invalidName], 1),
            (["outline", validName], 0),
            (["outline", invalidName], 1),
            (["diff", validName, invalidName], 2),
        ]
        for run in runs {
            let result = try Self.accord(run.arguments, in: directory)
            let shown = result.output.replacingOccurrences(of: "\u{1B}", with: "<ESC>")
            #expect(!result.crashed, "\(run.arguments.first ?? ""): crashed")
            #expect(result.status == run.status, "\(run.arguments.first ?? ""): exit \(result.status): \(shown.prefix(300))")
            #expect(!result.output.unicodeScalars.contains("\u{1B}"), "\(run.arguments.first ?? ""): raw ESC in \(shown.prefix(400))")
            #expect(!result.output.unicodeScalars.contains("\u{07}"), "\(run.arguments.first ?? ""): raw BEL")
        }
    }
}
