import Accord
import Foundation
import PlanSynthesis

// PlanSynth: writes synthetic plans and mutated versions with ground truth (benchmarks, tests).
//
//   PlanSynth generate --points N --seed S --out FILE
//   PlanSynth mutate (--in FILE | --points N) --seed S [--rate 0.1] [--edit-rate 0.2]
//                    [--strip-ids] --out-old A --out-new B [--truth T.json]
//   PlanSynth bench --points N --seed S [--rate 0.1] [--edit-rate 0.2] [--strip-ids]
//                   (times PlanDiff.compare and the JSON rendering in memory; prints pair F1)

struct UsageError: Error, CustomStringConvertible { var description: String }

func parseOptions(_ args: ArraySlice<String>) throws -> (values: [String: String], flags: Set<String>) {
    var values: [String: String] = [:]
    var flags = Set<String>()
    var i = args.startIndex
    while i < args.endIndex {
        let a = args[i]
        guard a.hasPrefix("--") else { throw UsageError(description: "unexpected argument '\(a)'") }
        if a == "--strip-ids" { flags.insert(a); i += 1; continue }
        guard i + 1 < args.endIndex else { throw UsageError(description: "missing value for \(a)") }
        values[a] = args[i + 1]
        i += 2
    }
    return (values, flags)
}

func number<T: LosslessStringConvertible>(_ values: [String: String], _ key: String, default d: T?) throws -> T {
    if let raw = values[key] {
        guard let v = T(raw) else { throw UsageError(description: "bad value for \(key): '\(raw)'") }
        return v
    }
    guard let d else { throw UsageError(description: "missing \(key)") }
    return d
}

func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

func run() throws {
    let args = CommandLine.arguments
    guard args.count >= 2 else {
        throw UsageError(description: "usage: PlanSynth generate|mutate [options] (see Sources/PlanSynth/main.swift)")
    }
    let (values, flags) = try parseOptions(args.dropFirst(2))
    let seed: UInt64 = try number(values, "--seed", default: 1)
    switch args[1] {
    case "generate":
        let points: Int = try number(values, "--points", default: nil)
        guard let out = values["--out"] else { throw UsageError(description: "missing --out") }
        let plan = PlanGenerator(pointCount: points, seed: seed).generate()
        try write(PlanYAMLWriter().write(plan), to: out)
    case "mutate":
        let old: Plan
        if let input = values["--in"] {
            let check = PlanValidator().validate(path: input)
            guard let plan = check.plan else { throw UsageError(description: "cannot load \(input)") }
            old = plan
        } else {
            let points: Int = try number(values, "--points", default: nil)
            old = PlanGenerator(pointCount: points, seed: seed).generate()
        }
        var mutator = PlanMutator(seed: seed &+ 1)
        mutator.rate = try number(values, "--rate", default: 0.1)
        mutator.wordEditRate = try number(values, "--edit-rate", default: 0.2)
        mutator.stripIDs = flags.contains("--strip-ids")
        let (new, truth) = mutator.mutate(old)
        guard let outOld = values["--out-old"], let outNew = values["--out-new"] else {
            throw UsageError(description: "missing --out-old / --out-new")
        }
        try write(PlanYAMLWriter().write(old), to: outOld)
        try write(PlanYAMLWriter().write(new), to: outNew)
        if let t = values["--truth"] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(truth).write(to: URL(fileURLWithPath: t))
        }
    case "bench":
        let points: Int = try number(values, "--points", default: nil)
        var clock = ContinuousClock.now
        func lap(_ what: String) {
            let now = ContinuousClock.now
            print("\(what): \(now - clock)")
            clock = now
        }
        let old = PlanGenerator(pointCount: points, seed: seed).generate()
        lap("generate \(points)")
        var mutator = PlanMutator(seed: seed &+ 1)
        mutator.rate = try number(values, "--rate", default: 0.1)
        mutator.wordEditRate = try number(values, "--edit-rate", default: 0.2)
        mutator.stripIDs = flags.contains("--strip-ids")
        let (new, truth) = mutator.mutate(old)
        lap("mutate")
        let report = PlanDiff.compare(old, new)
        lap("PlanDiff.compare")
        let json = report.render(format: .json)
        lap("render json (\(json.utf8.count) bytes)")
        var predicted = Set<IDPair>()
        for c in report.changes { for o in c.old { for n in c.new { predicted.insert(IDPair(old: o.id, new: n.id)) } } }
        let actual = truth.pairs
        let tp = predicted.intersection(actual).count
        let f1 = 2 * Double(tp) / Double(predicted.count + actual.count)
        print("pairs: predicted \(predicted.count), true \(actual.count), F1 \(f1)")
        for p in predicted.subtracting(actual).sorted().prefix(3) {
            let c = report.changes.first { $0.old.contains { $0.id == p.old } }
            print("  false pair \(p.old) → \(p.new): \(c?.kinds.map(\.rawValue) ?? []) similarity \(c?.similarity ?? -1)")
            print("    truth: \(truth.changes.filter { $0.old.contains(p.old) || $0.new.contains(p.new) }.map { "\($0.kinds) \($0.old) → \($0.new)" })")
        }
        print("similarity computations: \(report.statistics.similarityComputations)")
        print(report.summary.line)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("max RSS: \(usage.ru_maxrss / 1024) MB")
    default:
        throw UsageError(description: "unknown command '\(args[1])' (generate, mutate)")
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("PlanSynth: \(error)\n".utf8))
    exit(2)
}
