import Accord
import JSONSchema

/// Splits the input at its first NUL byte (or in the middle when it has none), loads both
/// halves as plans, diffs them in every match mode and renders the report in every format;
/// checks rendered output, and that a valid plan diffed against itself shows no difference.
struct DiffFuzzTarget {
    static let diffHTMLTags: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "section", "span", "ol", "li",
        "ul", "div", "aside", "b", "br", "del", "ins", "small", "table", "tr", "td", "th",
    ]

    /// The two halves of `bytes`.
    static func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
        if let nul = bytes.firstIndex(of: 0) {
            return (Array(bytes[..<nul]), Array(bytes[(nul + 1)...]))
        }
        let half = bytes.count / 2
        return (Array(bytes[..<half]), Array(bytes[half...]))
    }

    func run(_ bytes: [UInt8]) throws(FuzzInvariantViolation) {
        let checks = FuzzOutputChecks(target: "diff")
        let (first, second) = Self.split(bytes)
        let validator = PlanValidator(options: .init(limits: PlanFuzzTarget.limits))
        let oldCheck = validator.validate(bytes: first, file: "old.yaml")
        guard let old = oldCheck.plan, let new = validator.validate(bytes: second, file: "new.yaml").plan else { return }
        let oldIsValid = oldCheck.isValid
        for mode in PlanDiffOptions.MatchMode.allCases {
            let report = PlanDiff.compare(old, new, options: PlanDiffOptions(matchMode: mode))
            try render(report, "diff (\(mode))", checks: checks)
        }
        // A plan compared with itself shows no differences. Only for valid plans: `accord diff`
        // refuses invalid ones, and with dangling refs or duplicate ids the library's self-diff
        // does show changes (see RegressionTests, Fixtures/regressions/diff/self-diff-*.pair).
        if oldIsValid {
            let same = PlanDiff.compare(old, old)
            if same.hasDifferences {
                throw checks.fail("a plan diffed against itself has differences: \(DiffTextRenderer().render(same).prefix(600))")
            }
        }
    }

    private func render(_ report: PlanDiffReport, _ what: String, checks: FuzzOutputChecks) throws(FuzzInvariantViolation) {
        for unchanged in [false, true] {
            try checks.terminalSafe(DiffTextRenderer(style: .plain, showUnchanged: unchanged).render(report), "\(what) text")
            try checks.terminalSafe(
                FuzzOutputChecks.removingStyleSequences(DiffTextRenderer(style: .colored, showUnchanged: unchanged).render(report)),
                "\(what) coloured text")
            try checks.markdownSafe(DiffMarkdownRenderer(showUnchanged: unchanged).render(report), "\(what) markdown", allowedTags: ["br"])
            try checks.htmlSafe(DiffHTMLRenderer(showUnchanged: unchanged).render(report), "\(what) html", allowedTags: Self.diffHTMLTags)
        }
        try checks.jsonParses(DiffJSONRenderer().render(report), "\(what) json")
    }
}
