/// Working memory for regular-expression searches (the subject's scalars, capture slots and the
/// backtrack stack), kept by a caller that runs many searches one after another — a schema
/// evaluation — so that searches reuse it instead of allocating their own each time.
struct RegexScratch {
    var input: [UInt32] = []
    var slots: [Int] = []
    var stack: [RegexMachine.Frame] = []

    init() {}
}
