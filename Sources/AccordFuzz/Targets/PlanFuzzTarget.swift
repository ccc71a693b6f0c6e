import Accord
import JSONSchema

/// Validates raw bytes as a plan file (YAML, schema, domain rules) and, when a plan is decoded,
/// renders its outline in every format and order; checks diagnostics and rendered output.
struct PlanFuzzTarget {
    /// A deep limit (deep nesting is a real hazard for the recursive stages after loading: 300
    /// reaches 150 levels of sub-points), small size and alias limits. The default depth (512)
    /// makes single inputs take seconds under AddressSanitizer.
    static let limits = LoadLimits(maxFileSize: 1 << 20, maxDepth: 300, maxScalarLength: 64 << 10, maxAliasExpansion: 20_000)
    static let file = "fuzz-plan.yaml"
    /// Every tag the outline's HTML page may contain.
    static let outlineHTMLTags: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "section", "span", "ol", "li",
    ]

    func run(_ bytes: [UInt8]) throws(FuzzInvariantViolation) {
        let checks = FuzzOutputChecks(target: "plan")
        let check = PlanValidator(options: .init(limits: Self.limits)).validate(bytes: bytes, file: Self.file)
        try checks.diagnostics(check.diagnostics, file: Self.file, inputSize: bytes.count, knownRules: nil)
        guard let plan = check.plan else { return }
        try renderOutlines(of: plan, checks: checks)
    }

    /// Renders `plan`'s outline in every format, order and at depth 1 and unlimited.
    func renderOutlines(of plan: Plan, checks: FuzzOutputChecks) throws(FuzzInvariantViolation) {
        for order in Outline.Order.allCases {
            for depth in [nil, 1] as [Int?] {
                let outline = Outline(plan: plan, options: .init(order: order, depth: depth))
                let what = "outline (\(order), depth \(depth.map(String.init) ?? "all"))"
                try checks.terminalSafe(OutlineTextRenderer(style: .plain).render(outline), "\(what) text")
                try checks.terminalSafe(
                    FuzzOutputChecks.removingStyleSequences(OutlineTextRenderer(style: .colored).render(outline)),
                    "\(what) coloured text")
                try checks.markdownSafe(OutlineMarkdownRenderer().render(outline), "\(what) markdown")
                try checks.htmlSafe(OutlineHTMLRenderer().render(outline), "\(what) html", allowedTags: Self.outlineHTMLTags)
                try checks.jsonParses(OutlineJSONRenderer().render(outline), "\(what) json")
            }
        }
    }
}
