import CYaml
import Foundation

/// Runs a libyaml parser on a thread of its own, ahead of the reader of its events, so that
/// parsing and building the tree of a large document use two cores.
///
/// The parser thread copies each event into a batch, with its strings (scalar text, anchor,
/// tag, version directive) in the batch's own memory, and deletes libyaml's event at once (so
/// libyaml's many small allocations are freed by the thread that made them); full batches are
/// queued, and `next()` hands the copies out in order. The copies are plain events whose
/// strings are valid as long as their batch, i.e. at least until the following `next()`; only
/// `%TAG` directive lists are left out of document-start events (the loader does not read them).
/// At most `maxQueuedBatches` batches wait in the queue, so a slow reader bounds the memory read
/// ahead. The owner calls `stop()` when done reading; it stops the parser thread and waits for
/// it, so the input buffer only has to outlive that call.
final class LibYAMLReadAhead: @unchecked Sendable {
    /// Events parsed in one go by the parser thread, with the memory their strings live in.
    private final class Batch {
        let events: UnsafeMutablePointer<yaml_event_t>
        let capacity: Int
        var count = 0
        private let text: UnsafeMutableRawPointer
        private let textCapacity: Int
        private var textCount = 0

        init(capacity: Int, textCapacity: Int) {
            self.capacity = capacity
            self.textCapacity = textCapacity
            events = .allocate(capacity: capacity)
            text = .allocate(byteCount: textCapacity, alignment: 8)
        }

        deinit {
            events.deallocate()
            text.deallocate()
        }

        /// Bytes of batch memory a copy of `event` needs (alignment padding included).
        static func textBytes(of event: UnsafePointer<yaml_event_t>) -> Int {
            func cString(_ p: UnsafeMutablePointer<UInt8>?) -> Int { p.map { strlen($0) + 1 } ?? 0 }
            let data = event.pointee.data
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                return cString(data.scalar.anchor) + cString(data.scalar.tag) + data.scalar.length + 1
            case YAML_SEQUENCE_START_EVENT:
                return cString(data.sequence_start.anchor) + cString(data.sequence_start.tag)
            case YAML_MAPPING_START_EVENT:
                return cString(data.mapping_start.anchor) + cString(data.mapping_start.tag)
            case YAML_ALIAS_EVENT:
                return cString(data.alias.anchor)
            case YAML_DOCUMENT_START_EVENT:
                return MemoryLayout<yaml_version_directive_t>.stride + 8
            default:
                return 0
            }
        }

        func fits(_ event: UnsafePointer<yaml_event_t>) -> Bool {
            count < capacity && textCount + Self.textBytes(of: event) <= textCapacity
        }

        /// Appends a copy of `event` whose strings live in this batch (check `fits` first).
        func append(copyOf event: UnsafePointer<yaml_event_t>) {
            let copy = events + count
            copy.initialize(to: event.pointee)
            count += 1
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                let data = event.pointee.data.scalar
                copy.pointee.data.scalar.anchor = copyCString(data.anchor)
                copy.pointee.data.scalar.tag = copyCString(data.tag)
                copy.pointee.data.scalar.value = copyBytes(data.value, count: data.length)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.pointee.data.sequence_start
                copy.pointee.data.sequence_start.anchor = copyCString(data.anchor)
                copy.pointee.data.sequence_start.tag = copyCString(data.tag)
            case YAML_MAPPING_START_EVENT:
                let data = event.pointee.data.mapping_start
                copy.pointee.data.mapping_start.anchor = copyCString(data.anchor)
                copy.pointee.data.mapping_start.tag = copyCString(data.tag)
            case YAML_ALIAS_EVENT:
                copy.pointee.data.alias.anchor = copyCString(event.pointee.data.alias.anchor)
            case YAML_DOCUMENT_START_EVENT:
                copy.pointee.data.document_start.tag_directives.start = nil
                copy.pointee.data.document_start.tag_directives.end = nil
                if let version = event.pointee.data.document_start.version_directive {
                    textCount = (textCount + 7) & ~7
                    let place = (text + textCount).bindMemory(to: yaml_version_directive_t.self, capacity: 1)
                    place.initialize(to: version.pointee)
                    textCount += MemoryLayout<yaml_version_directive_t>.stride
                    copy.pointee.data.document_start.version_directive = place
                }
            default:
                break
            }
        }

        /// `count` bytes at `source` and a terminating NUL, copied into the batch (NUL-terminated
        /// like libyaml's own scalar values).
        private func copyBytes(_ source: UnsafeMutablePointer<UInt8>?, count: Int) -> UnsafeMutablePointer<UInt8>? {
            guard let source else { return nil }
            let place = (text + textCount).bindMemory(to: UInt8.self, capacity: count + 1)
            place.update(from: source, count: count)
            place[count] = 0
            textCount += count + 1
            return place
        }

        private func copyCString(_ source: UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>? {
            guard let source else { return nil }
            return copyBytes(source, count: strlen(source))
        }
    }

    private static let firstBatchCapacity = 256
    private static let largestBatchCapacity = 8192
    /// Batch memory for strings, unless one event needs more.
    private static let batchTextCapacity = 1 << 20
    private static let maxQueuedBatches = 8

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// Guards `queue`, `finished`, `cancelled` and `failure` (parser thread ↔ reader).
    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var queueHead = 0
    /// The parser thread has queued its last batch (after the stream end or an error).
    private var finished = false
    /// The reader is gone: the parser thread stops at its next batch boundary.
    private var cancelled = false
    /// Why parsing stopped early (set with `finished`).
    private var failure: LibYAMLEventStream.Problem?
    /// Signalled once when the parser thread has returned.
    private let parserThreadDone = DispatchSemaphore(value: 0)

    // Reader side only.
    private var current: Batch?
    /// The index in `current` of the next event to hand out.
    private var position = 0

    /// Starts parsing `count` bytes at `base` on a new thread.
    init(base: UnsafePointer<UInt8>, count: Int) {
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, base, count)
        let thread = Thread { [self] in
            parseAll()
            parserThreadDone.signal()
        }
        thread.start()
    }

    deinit {
        // The parser thread holds this object until it returns, so it has returned by now.
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Stops the parser thread (at its next batch boundary) and waits until it has returned, so
    /// that the input can be freed. The owner must call it once it reads no more.
    func stop() {
        condition.lock()
        let alreadyStopped = cancelled
        cancelled = true
        condition.broadcast()
        condition.unlock()
        if !alreadyStopped { parserThreadDone.wait() }
    }

    /// The next event (valid until the following call), or nil when libyaml stopped with an
    /// error (see `problem`) or there is nothing more.
    func next() -> UnsafeMutablePointer<yaml_event_t>? {
        if let batch = current, position < batch.count {
            position += 1
            return batch.events + position - 1
        }
        current = nil
        condition.lock()
        while queueHead == queue.count && !finished { condition.wait() }
        guard queueHead < queue.count else {
            condition.unlock()
            return nil
        }
        let batch = queue[queueHead]
        queueHead += 1
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        }
        condition.broadcast()
        condition.unlock()
        current = batch
        position = 0
        return next()
    }

    /// Why `next()` returned nil.
    var problem: LibYAMLEventStream.Problem {
        condition.lock()
        defer { condition.unlock() }
        return failure ?? LibYAMLEventStream.Problem(
            kind: YAML_NO_ERROR, problem: "unknown problem", mark: nil, byteOffset: 0, value: -1,
            context: nil, contextMark: nil)
    }

    /// The parser thread: batches of events until the stream ends, libyaml fails, or the reader
    /// cancels.
    private func parseAll() {
        var capacity = Self.firstBatchCapacity
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }
        /// `event` holds a parsed event that did not fit in the previous batch.
        var pending = false
        while true {
            let textCapacity = max(Self.batchTextCapacity, pending ? Batch.textBytes(of: event) : 0)
            let batch = Batch(capacity: capacity, textCapacity: textCapacity)
            var failed = false
            var ended = false
            while true {
                if !pending {
                    guard yaml_parser_parse(parser, event) == 1 else {
                        failed = true
                        break
                    }
                    pending = true
                }
                guard batch.fits(event) else { break }
                batch.append(copyOf: event)
                let type = event.pointee.type
                yaml_event_delete(event)
                pending = false
                if type == YAML_STREAM_END_EVENT {
                    ended = true
                    break
                }
            }
            let problem = failed ? LibYAMLEventStream.problem(of: parser) : nil
            condition.lock()
            if cancelled {
                condition.unlock()
                if pending { yaml_event_delete(event) }
                return
            }
            queue.append(batch)
            if failed || ended {
                failure = problem
                finished = true
            }
            condition.broadcast()
            while queue.count - queueHead >= Self.maxQueuedBatches && !cancelled { condition.wait() }
            let stop = cancelled || failed || ended
            condition.unlock()
            if stop {
                if pending { yaml_event_delete(event) }
                return
            }
            capacity = min(capacity * 2, Self.largestBatchCapacity)
        }
    }
}
