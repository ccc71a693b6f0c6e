import CYaml
import Foundation

/// Runs a libyaml parser on a thread of its own, ahead of the reader of its events, so that
/// parsing and building the tree of a large document use two cores.
///
/// The parser thread fills batches of events (libyaml's own event structs, not copied or
/// deleted there) and queues them; `next()` hands them out in order and deletes each event when
/// the following one is requested, exactly like reading the parser directly. At most
/// `maxQueuedBatches` batches wait in the queue, so a slow reader bounds the memory read ahead.
/// Deinitialising stops the parser thread and waits for it, so the input buffer only has to
/// outlive this object.
final class LibYAMLReadAhead: @unchecked Sendable {
    /// Events parsed in one go by the parser thread.
    private final class Batch {
        let events: UnsafeMutablePointer<yaml_event_t>
        let capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            events = .allocate(capacity: capacity)
        }

        /// Deletes events `from..<count` (those not yet deleted) and frees the batch memory.
        func release(from start: Int) {
            for i in start..<count { yaml_event_delete(events + i) }
            events.deallocate()
        }
    }

    private static let firstBatchCapacity = 256
    private static let largestBatchCapacity = 8192
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
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        parserThreadDone.wait()
        if let current { current.release(from: max(position - 1, 0)) }
        for batch in queue[queueHead...] { batch.release(from: 0) }
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event (valid until the following call), or nil when libyaml stopped with an
    /// error (see `problem`) or there is nothing more.
    func next() -> UnsafeMutablePointer<yaml_event_t>? {
        if let batch = current, position < batch.count {
            if position > 0 { yaml_event_delete(batch.events + position - 1) }
            position += 1
            return batch.events + position - 1
        }
        if let batch = current {
            batch.release(from: max(position - 1, 0))
            current = nil
        }
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
        guard batch.count > 0 else { return next() }
        position = 1
        return batch.events
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
        while true {
            let batch = Batch(capacity: capacity)
            var failed = false
            var ended = false
            while batch.count < batch.capacity {
                guard yaml_parser_parse(parser, batch.events + batch.count) == 1 else {
                    failed = true
                    break
                }
                batch.count += 1
                if batch.events[batch.count - 1].type == YAML_STREAM_END_EVENT {
                    ended = true
                    break
                }
            }
            let problem = failed ? LibYAMLEventStream.problem(of: parser) : nil
            condition.lock()
            if cancelled {
                condition.unlock()
                batch.release(from: 0)
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
            if stop { return }
            capacity = min(capacity * 2, Self.largestBatchCapacity)
        }
    }
}
