#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The two ways to run the fuzz targets: replaying files (any build), and libFuzzer (a build
/// with `-DACCORD_FUZZ` and `-sanitize=fuzzer`).
enum FuzzDriver {
    /// Writes `message` to standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(message.utf8))
    }

    /// The target libFuzzer drives, from `ACCORD_FUZZ_TARGET` (default `yaml`).
    static let libFuzzerTarget: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["ACCORD_FUZZ_TARGET"] ?? "yaml"
        guard let target = FuzzTarget.named(name) else {
            printError("AccordFuzz: unknown ACCORD_FUZZ_TARGET '\(name)'; targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n")
            exit(2)
        }
        return target
    }()

    /// One libFuzzer input: runs the target and turns a broken invariant into a crash, so
    /// libFuzzer saves the input.
    static func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        do {
            try libFuzzerTarget.run(bytes)
        } catch {
            fatalError("invariant broken: \(error)")
        }
        return 0
    }

    static let usage = """
    usage: AccordFuzz [--target NAME]… [--quiet] FILE|DIRECTORY…
      Replays each file (directories: every file inside, recursively) through the fuzz targets
      (default: ACCORD_FUZZ_TARGET, or every target) and checks their invariants.
      Exit status: 0 when every input passed, 1 when an invariant broke, 2 on usage errors.
      A crash or hang is the process crashing or not returning.
    targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))
    """

    /// Replays the files named in `arguments` (without the program name); returns the exit status.
    static func replay(_ arguments: [String]) -> Int32 {
        var targets: [FuzzTarget] = []
        var paths: [String] = []
        var quiet = false
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            switch argument {
            case "--target", "-t":
                guard i + 1 < arguments.count else { printError("AccordFuzz: --target needs a name\n\(usage)\n"); return 2 }
                for name in arguments[i + 1].split(separator: ",") {
                    guard let target = FuzzTarget.named(String(name)) else {
                        printError("AccordFuzz: unknown target '\(name)'\n\(usage)\n"); return 2
                    }
                    targets.append(target)
                }
                i += 1
            case "--quiet", "-q": quiet = true
            case "--help", "-h": print(usage); return 0
            default:
                if argument.hasPrefix("-") && argument != "-" { printError("AccordFuzz: unknown option \(argument)\n\(usage)\n"); return 2 }
                paths.append(argument)
            }
            i += 1
        }
        if targets.isEmpty {
            if let name = ProcessInfo.processInfo.environment["ACCORD_FUZZ_TARGET"] {
                guard let target = FuzzTarget.named(name) else { printError("AccordFuzz: unknown ACCORD_FUZZ_TARGET '\(name)'\n"); return 2 }
                targets = [target]
            } else {
                targets = FuzzTarget.allCases
            }
        }
        guard !paths.isEmpty else { printError("\(usage)\n"); return 2 }
        let files = expand(paths)
        var failures = 0
        var runs = 0
        let started = Date()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("AccordFuzz: cannot read \(file)\n")
                failures += 1
                continue
            }
            let bytes = [UInt8](data)
            for target in targets {
                let t0 = Date()
                do {
                    try target.run(bytes)
                } catch {
                    failures += 1
                    print("FAIL \(file): \(error)")
                }
                runs += 1
                let seconds = Date().timeIntervalSince(t0)
                if seconds > 1 { print("SLOW \(file) [\(target.rawValue)]: \(String(format: "%.2f", seconds)) s") }
            }
        }
        if !quiet || failures > 0 {
            print("AccordFuzz: \(files.count) file(s), \(runs) run(s) on \(targets.map(\.rawValue).joined(separator: ",")), \(failures) failure(s) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        }
        return failures == 0 ? 0 : 1
    }

    /// Files named directly, and every regular file under named directories, sorted.
    private static func expand(_ paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                var inside: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var sub: ObjCBool = false
                    if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { inside.append(full) }
                }
                files += inside.sorted()
            } else {
                files.append(path)
            }
        }
        return files
    }
}
