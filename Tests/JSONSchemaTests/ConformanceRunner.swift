import Foundation
import JSONSchema

/// Runs test files of the official suite and tallies the outcome of every case.
struct ConformanceRunner {
    struct Outcome {
        var passed = 0
        var failed: [String] = []
    }

    let suiteRoot: URL

    var resolver: FileSystemSchemaResolver {
        FileSystemSchemaResolver(root: suiteRoot.appendingPathComponent("remotes"), mappedBaseURI: "http://localhost:1234/")
    }

    func run(files: [URL], options: SchemaOptions) -> Outcome {
        var outcome = Outcome()
        for file in files {
            run(file: file, options: options, into: &outcome)
        }
        return outcome
    }

    private func run(file: URL, options: SchemaOptions, into outcome: inout Outcome) {
        let name = file.lastPathComponent
        guard let data = FileManager.default.contents(atPath: file.path) else {
            outcome.failed.append("\(name): cannot read file")
            return
        }
        let groups: JSONValue
        do {
            groups = try JSONParser.parse(bytes: [UInt8](data))
        } catch {
            outcome.failed.append("\(name): parse error \(error)")
            return
        }
        for group in groups.arrayValue ?? [] {
            let description = group["description"]?.stringValue ?? "?"
            let tests = group["tests"]?.arrayValue ?? []
            guard let schemaValue = group["schema"] else { continue }
            let schema: CompiledSchema
            do {
                schema = try CompiledSchema(schemaValue, resolver: resolver, options: options)
            } catch {
                for test in tests {
                    outcome.failed.append("\(name) | \(description) | \(test["description"]?.stringValue ?? "?"): compile error: \(error)")
                }
                continue
            }
            for test in tests {
                let testDescription = test["description"]?.stringValue ?? "?"
                guard let data = test["data"], let expected = test["valid"]?.boolValue else { continue }
                let result = schema.validate(data)
                let quick = schema.isValid(data)
                if result.isValid == expected && quick == expected && (result.isValid || !result.errors.isEmpty) {
                    outcome.passed += 1
                } else {
                    let detail = result.errors.prefix(3).map(\.description).joined(separator: " / ")
                    outcome.failed.append("\(name) | \(description) | \(testDescription): expected \(expected ? "valid" : "invalid"), validate() said \(result.isValid), isValid() said \(quick) \(detail)")
                }
            }
        }
    }
}
