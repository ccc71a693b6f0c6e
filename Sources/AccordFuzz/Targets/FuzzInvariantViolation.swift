/// A broken invariant found while feeding one input to a fuzz target: the input did not crash,
/// but the code under test produced something it must never produce (an unlocated error, a raw
/// escape byte in terminal text, a `<script` in HTML, …).
///
/// Under libFuzzer a violation becomes a crash (so the input is saved); the replayer and the
/// tests report it instead.
struct FuzzInvariantViolation: Error, CustomStringConvertible {
    /// The target that found it (`yaml`, `plan`, …).
    var target: String
    /// What went wrong, specific enough to start debugging from.
    var message: String

    var description: String { "[\(target)] \(message)" }
}
