import CYaml
import Foundation
import JSONSchema

/// One libyaml parser reading events from a byte buffer. The buffer must outlive the stream.
///
/// `next()` hands out the current event in place (no copying); it is valid until the following
/// call. The parser and event live in manually allocated memory because libyaml keeps its state
/// between calls. Large inputs are parsed ahead on another thread (`LibYAMLReadAhead`); the
/// events and problems are the same either way.
final class LibYAMLEventStream {
    /// Inputs at least this large are parsed on a thread of their own, ahead of the reader
    /// (below it, starting a thread costs more than it saves).
    static let readAheadThreshold = 1 << 20

    /// libyaml's description of why it stopped.
    struct Problem {
        var kind: yaml_error_type_t
        var problem: String
        /// Where the problem is (scanner and parser errors), 1-based.
        var mark: SourceLocation?
        /// Byte offset into the input (reader errors: bad encoding, control characters).
        var byteOffset: Int
        /// The character code libyaml choked on (reader errors), or -1.
        var value: Int32
        var context: String?
        var contextMark: SourceLocation?
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    /// Set when the input is parsed ahead on another thread (then `parser` is unused).
    private let readAhead: LibYAMLReadAhead?

    /// Reads `count` bytes at `base` (callers handle empty input themselves), parsing ahead on
    /// another thread when `count` reaches `readAheadThreshold` and the machine has cores to spare.
    init(base: UnsafePointer<UInt8>, count: Int, readAheadThreshold: Int = LibYAMLEventStream.readAheadThreshold) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        if count >= readAheadThreshold && ProcessInfo.processInfo.activeProcessorCount > 1 {
            readAhead = LibYAMLReadAhead(base: base, count: count)
        } else {
            readAhead = nil
            yaml_parser_initialize(parser)
            yaml_parser_set_input_string(parser, base, count)
        }
    }

    deinit {
        readAhead?.stop()
        if holdsEvent { yaml_event_delete(event) }
        if readAhead == nil { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
    }

    /// The next event, or nil when libyaml reports an error (see `problem`).
    func next() -> UnsafeMutablePointer<yaml_event_t>? {
        if let readAhead { return readAhead.next() }
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, event) == 1 else { return nil }
        holdsEvent = true
        return event
    }

    /// Why the last `next()` returned nil.
    var problem: Problem {
        if let readAhead { return readAhead.problem }
        return Self.problem(of: parser)
    }

    /// The problem libyaml recorded in `parser` after a failed parse.
    static func problem(of parser: UnsafeMutablePointer<yaml_parser_t>) -> Problem {
        let p = parser.pointee
        let isReaderError = p.error == YAML_READER_ERROR
        return Problem(
            kind: p.error,
            problem: p.problem.map { String(cString: $0) } ?? "unknown problem",
            mark: isReaderError ? nil : Self.location(p.problem_mark),
            byteOffset: p.problem_offset,
            value: p.problem_value,
            context: p.context.map { String(cString: $0) },
            contextMark: p.context == nil || isReaderError ? nil : Self.location(p.context_mark))
    }

    /// A libyaml mark (0-based) as a 1-based location.
    @inline(__always) static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: mark.line + 1, column: mark.column + 1)
    }
}
