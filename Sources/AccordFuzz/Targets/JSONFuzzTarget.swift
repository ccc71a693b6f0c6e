import JSONSchema

/// Parses raw bytes as JSON and checks: errors are located inside the input; a parsed value
/// written back out parses to the same value.
struct JSONFuzzTarget {
    func run(_ bytes: [UInt8]) throws(FuzzInvariantViolation) {
        let checks = FuzzOutputChecks(target: "json")
        let value: JSONValue
        do {
            value = try JSONParser(maxDepth: 256).parse(bytes: bytes)
        } catch {
            if !error.location.isKnown || error.offset < 0 || error.offset > bytes.count {
                throw checks.fail("syntax error with a bad location \(error.location) / offset \(error.offset) in \(bytes.count) bytes: \(error.message)")
            }
            if error.message.isEmpty { throw checks.fail("syntax error without a message") }
            return
        }
        try checks.locations(value)
        for pretty in [false, true] {
            let written = JSONWriter(pretty: pretty).string(value)
            do {
                let reparsed = try JSONParser(maxDepth: 256).parse(bytes: Array(written.utf8))
                try checks.sameJSON(value, reparsed, "JSON round trip (pretty: \(pretty))")
                if reparsed != value { throw checks.fail("round trip not JSON-equal") }
            } catch let error as FuzzInvariantViolation {
                throw error
            } catch {
                throw checks.fail("written JSON does not parse: \(error)")
            }
        }
    }
}
