import Foundation
import JSONSchema
import Testing
@testable import Accord
import CYaml

/// Throughput of the loader against libyaml's bare event loop on a large file.
/// Runs only when `ACCORD_YAML_BENCH` names a YAML file; build in release for real numbers:
/// `ACCORD_YAML_BENCH=/tmp/big.yaml swift test -c release --filter YAMLLoaderBenchmark`.
@Suite struct YAMLLoaderBenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ACCORD_YAML_BENCH"] != nil))
    func loaderVersusBareEventLoop() throws {
        let path = try #require(ProcessInfo.processInfo.environment["ACCORD_YAML_BENCH"])
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let megabytes = Double(bytes.count) / 1_048_576
        let clock = ContinuousClock()

        // Alternate the two a few times and keep the best of each: the machine is shared.
        var events = 0
        var bare = Duration.seconds(1_000_000), loaded = bare, released = bare
        var nodes = 0
        for _ in 0..<3 {
            events = 0
            bare = min(bare, clock.measure {
                bytes.withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress else { return }
                    let stream = LibYAMLEventStream(base: base, count: buffer.count)
                    while let event = stream.next() {
                        events += 1
                        if event.pointee.type == YAML_STREAM_END_EVENT { break }
                    }
                }
            })
            var result: LoadResult?
            loaded = min(loaded, clock.measure { result = YAMLLoader().load(bytes, file: path) })
            nodes = result?.value?.node("points")?.arrayValue?.count ?? 0
            released = min(released, clock.measure { result = nil })
        }
        func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        print(String(format: "yaml-bench: %.1f MB, %d events, %d points", megabytes, events, nodes))
        print(String(format: "yaml-bench: bare libyaml event loop %.2f s (%.1f MB/s)", seconds(bare), megabytes / seconds(bare)))
        print(String(format: "yaml-bench: YAMLLoader.load        %.2f s (%.1f MB/s), ratio %.2f; freeing the tree %.2f s",
                     seconds(loaded), megabytes / seconds(loaded), seconds(loaded) / seconds(bare), seconds(released)))
        #expect(events > 0)
    }
}
