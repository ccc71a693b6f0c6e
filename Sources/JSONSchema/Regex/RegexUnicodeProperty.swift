/// A Unicode property test used by `\p{…}` and `\P{…}`.
///
/// Supported (exact ECMA-262 spellings, long and short names):
/// - General categories, alone or as `General_Category=…`/`gc=…`: every value and group
///   (`L`, `Letter`, `Lu`, `Uppercase_Letter`, `LC`, `Cased_Letter`, `N`, `Nd`, `digit`, `P`,
///   `punct`, `Cc`, `cntrl`, `M`, `Combining_Mark`, …).
/// - Binary properties backed by `Unicode.Scalar.Properties`: `Any`, `ASCII`, `Assigned`,
///   `Alphabetic`, `ASCII_Hex_Digit`, `Bidi_Control`, `Bidi_Mirrored`, `Case_Ignorable`, `Cased`,
///   the `Changes_When_*` family, `Dash`, `Default_Ignorable_Code_Point`, `Deprecated`,
///   `Diacritic`, `Emoji`, `Emoji_Modifier`, `Emoji_Modifier_Base`, `Emoji_Presentation`,
///   `Extender`, `Grapheme_Base`, `Grapheme_Extend`, `Hex_Digit`, `IDS_Binary_Operator`,
///   `IDS_Trinary_Operator`, `ID_Continue`, `ID_Start`, `Ideographic`, `Join_Control`,
///   `Logical_Order_Exception`, `Lowercase`, `Math`, `Noncharacter_Code_Point`, `Pattern_Syntax`,
///   `Pattern_White_Space`, `Quotation_Mark`, `Radical`, `Regional_Indicator`,
///   `Sentence_Terminal`, `Soft_Dotted`, `Terminal_Punctuation`, `Unified_Ideograph`,
///   `Uppercase`, `Variation_Selector`, `White_Space`, `XID_Continue`, `XID_Start`.
/// - `Script=…`, `sc=…`, `Script_Extensions=…`, `scx=…`, answered by the standard library's
///   `Regex` engine (which also accepts loosely spelled script names).
///
/// Not supported (a syntax error, never a silent non-match): `Emoji_Component`,
/// `Extended_Pictographic`, and properties of strings (`v` flag only).
struct RegexUnicodeProperty: Sendable {
    enum Test: Sendable {
        /// A bit mask over ``RegexUnicodeProperty/categoryBit(_:)``.
        case generalCategories(UInt32)
        case binary(Binary)
        case script(RegexScriptMatcher)
    }

    enum Binary: Sendable {
        case any, ascii, assigned, alphabetic, asciiHexDigit, bidiControl, bidiMirrored
        case caseIgnorable, cased, changesWhenCaseFolded, changesWhenCaseMapped
        case changesWhenLowercased, changesWhenNFKCCaseFolded, changesWhenTitlecased
        case changesWhenUppercased, dash, defaultIgnorable, deprecated, diacritic, emoji
        case emojiModifier, emojiModifierBase, emojiPresentation, extender, graphemeBase
        case graphemeExtend, hexDigit, idsBinaryOperator, idsTrinaryOperator, idContinue
        case idStart, ideographic, joinControl, logicalOrderException, lowercase, math
        case noncharacter, patternSyntax, patternWhiteSpace, quotationMark, radical
        case regionalIndicator, sentenceTerminal, softDotted, terminalPunctuation
        case unifiedIdeograph, uppercase, variationSelector, whiteSpace, xidContinue, xidStart
    }

    let test: Test
    let negated: Bool

    /// Whether `value` has the property (after applying `negated`).
    func matches(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else {
            // Surrogate code points never occur in Swift strings; answer for completeness.
            if case .generalCategories(let mask) = test {
                return (mask & (1 << 28) != 0) != negated
            }
            return negated
        }
        return has(scalar) != negated
    }

    private func has(_ scalar: Unicode.Scalar) -> Bool {
        switch test {
        case .generalCategories(let mask):
            return mask & (1 << Self.categoryBit(scalar.properties.generalCategory)) != 0
        case .binary(let binary):
            return Self.has(binary, scalar)
        case .script(let matcher):
            return matcher.matches(scalar)
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private static func has(_ binary: Binary, _ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        switch binary {
        case .any: return true
        case .ascii: return scalar.value < 0x80
        case .assigned: return p.generalCategory != .unassigned
        case .alphabetic: return p.isAlphabetic
        case .asciiHexDigit: return p.isASCIIHexDigit
        case .bidiControl: return p.isBidiControl
        case .bidiMirrored: return p.isBidiMirrored
        case .caseIgnorable: return p.isCaseIgnorable
        case .cased: return p.isCased
        case .changesWhenCaseFolded: return p.changesWhenCaseFolded
        case .changesWhenCaseMapped: return p.changesWhenCaseMapped
        case .changesWhenLowercased: return p.changesWhenLowercased
        case .changesWhenNFKCCaseFolded: return p.changesWhenNFKCCaseFolded
        case .changesWhenTitlecased: return p.changesWhenTitlecased
        case .changesWhenUppercased: return p.changesWhenUppercased
        case .dash: return p.isDash
        case .defaultIgnorable: return p.isDefaultIgnorableCodePoint
        case .deprecated: return p.isDeprecated
        case .diacritic: return p.isDiacritic
        case .emoji: return p.isEmoji
        case .emojiModifier: return p.isEmojiModifier
        case .emojiModifierBase: return p.isEmojiModifierBase
        case .emojiPresentation: return p.isEmojiPresentation
        case .extender: return p.isExtender
        case .graphemeBase: return p.isGraphemeBase
        case .graphemeExtend: return p.isGraphemeExtend
        case .hexDigit: return p.isHexDigit
        case .idsBinaryOperator: return p.isIDSBinaryOperator
        case .idsTrinaryOperator: return p.isIDSTrinaryOperator
        case .idContinue: return p.isIDContinue
        case .idStart: return p.isIDStart
        case .ideographic: return p.isIdeographic
        case .joinControl: return p.isJoinControl
        case .logicalOrderException: return p.isLogicalOrderException
        case .lowercase: return p.isLowercase
        case .math: return p.isMath
        case .noncharacter: return p.isNoncharacterCodePoint
        case .patternSyntax: return p.isPatternSyntax
        case .patternWhiteSpace: return p.isPatternWhitespace
        case .quotationMark: return p.isQuotationMark
        case .radical: return p.isRadical
        case .regionalIndicator: return (0x1F1E6...0x1F1FF).contains(scalar.value)
        case .sentenceTerminal: return p.isSentenceTerminal
        case .softDotted: return p.isSoftDotted
        case .terminalPunctuation: return p.isTerminalPunctuation
        case .unifiedIdeograph: return p.isUnifiedIdeograph
        case .uppercase: return p.isUppercase
        case .variationSelector: return p.isVariationSelector
        case .whiteSpace: return p.isWhitespace
        case .xidContinue: return p.isXIDContinue
        case .xidStart: return p.isXIDStart
        }
    }

    // MARK: Lookup by name

    /// Resolves the text between `\p{` and `}`; nil when unknown or unsupported.
    static func named(_ text: String, negated: Bool) -> RegexUnicodeProperty? {
        if let equals = text.firstIndex(of: "=") {
            let name = String(text[..<equals])
            let value = String(text[text.index(after: equals)...])
            switch name {
            case "General_Category", "gc":
                guard let mask = categoryMasks[value] else { return nil }
                return RegexUnicodeProperty(test: .generalCategories(mask), negated: negated)
            case "Script", "sc", "Script_Extensions", "scx":
                guard !value.isEmpty, value.unicodeScalars.allSatisfy(isNameScalar) else { return nil }
                let key = name.hasPrefix("Script_") || name == "scx" ? "scx" : "sc"
                guard let matcher = RegexScriptMatcher(property: key, value: value) else { return nil }
                return RegexUnicodeProperty(test: .script(matcher), negated: negated)
            default:
                return nil
            }
        }
        if let mask = categoryMasks[text] {
            return RegexUnicodeProperty(test: .generalCategories(mask), negated: negated)
        }
        if let binary = binaryNames[text] {
            return RegexUnicodeProperty(test: .binary(binary), negated: negated)
        }
        return nil
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar == "_" || ("0"..."9").contains(scalar))
    }

    /// A stable bit index (0..<30) for each general category.
    static func categoryBit(_ category: Unicode.GeneralCategory) -> UInt32 {
        switch category {
        case .uppercaseLetter: return 0
        case .lowercaseLetter: return 1
        case .titlecaseLetter: return 2
        case .modifierLetter: return 3
        case .otherLetter: return 4
        case .nonspacingMark: return 5
        case .spacingMark: return 6
        case .enclosingMark: return 7
        case .decimalNumber: return 8
        case .letterNumber: return 9
        case .otherNumber: return 10
        case .connectorPunctuation: return 11
        case .dashPunctuation: return 12
        case .openPunctuation: return 13
        case .closePunctuation: return 14
        case .initialPunctuation: return 15
        case .finalPunctuation: return 16
        case .otherPunctuation: return 17
        case .mathSymbol: return 18
        case .currencySymbol: return 19
        case .modifierSymbol: return 20
        case .otherSymbol: return 21
        case .spaceSeparator: return 22
        case .lineSeparator: return 23
        case .paragraphSeparator: return 24
        case .control: return 25
        case .format: return 26
        case .privateUse: return 27
        case .surrogate: return 28
        case .unassigned: return 29
        @unknown default: return 29
        }
    }

    private static func bits(_ indices: ClosedRange<UInt32>) -> UInt32 {
        indices.reduce(0) { $0 | (1 << $1) }
    }

    /// General category names and aliases (PropertyValueAliases.txt) mapped to bit masks.
    private static let categoryMasks: [String: UInt32] = {
        let single: [(names: [String], bit: UInt32)] = [
            (["Lu", "Uppercase_Letter"], 0), (["Ll", "Lowercase_Letter"], 1),
            (["Lt", "Titlecase_Letter"], 2), (["Lm", "Modifier_Letter"], 3), (["Lo", "Other_Letter"], 4),
            (["Mn", "Nonspacing_Mark"], 5), (["Mc", "Spacing_Mark"], 6), (["Me", "Enclosing_Mark"], 7),
            (["Nd", "Decimal_Number", "digit"], 8), (["Nl", "Letter_Number"], 9),
            (["No", "Other_Number"], 10), (["Pc", "Connector_Punctuation"], 11),
            (["Pd", "Dash_Punctuation"], 12), (["Ps", "Open_Punctuation"], 13),
            (["Pe", "Close_Punctuation"], 14), (["Pi", "Initial_Punctuation"], 15),
            (["Pf", "Final_Punctuation"], 16), (["Po", "Other_Punctuation"], 17),
            (["Sm", "Math_Symbol"], 18), (["Sc", "Currency_Symbol"], 19), (["Sk", "Modifier_Symbol"], 20),
            (["So", "Other_Symbol"], 21), (["Zs", "Space_Separator"], 22), (["Zl", "Line_Separator"], 23),
            (["Zp", "Paragraph_Separator"], 24), (["Cc", "Control", "cntrl"], 25), (["Cf", "Format"], 26),
            (["Co", "Private_Use"], 27), (["Cs", "Surrogate"], 28), (["Cn", "Unassigned"], 29),
        ]
        var table: [String: UInt32] = [:]
        for entry in single {
            for name in entry.names { table[name] = 1 << entry.bit }
        }
        let groups: [(names: [String], mask: UInt32)] = [
            (["L", "Letter"], bits(0...4)), (["LC", "Cased_Letter"], bits(0...2)),
            (["M", "Mark", "Combining_Mark"], bits(5...7)), (["N", "Number"], bits(8...10)),
            (["P", "Punctuation", "punct"], bits(11...17)), (["S", "Symbol"], bits(18...21)),
            (["Z", "Separator"], bits(22...24)), (["C", "Other"], bits(25...29)),
        ]
        for entry in groups {
            for name in entry.names { table[name] = entry.mask }
        }
        return table
    }()

    private static let binaryNames: [String: Binary] = [
        "Any": .any, "ASCII": .ascii, "Assigned": .assigned,
        "Alphabetic": .alphabetic, "Alpha": .alphabetic,
        "ASCII_Hex_Digit": .asciiHexDigit, "AHex": .asciiHexDigit,
        "Bidi_Control": .bidiControl, "Bidi_C": .bidiControl,
        "Bidi_Mirrored": .bidiMirrored, "Bidi_M": .bidiMirrored,
        "Case_Ignorable": .caseIgnorable, "CI": .caseIgnorable, "Cased": .cased,
        "Changes_When_Casefolded": .changesWhenCaseFolded, "CWCF": .changesWhenCaseFolded,
        "Changes_When_Casemapped": .changesWhenCaseMapped, "CWCM": .changesWhenCaseMapped,
        "Changes_When_Lowercased": .changesWhenLowercased, "CWL": .changesWhenLowercased,
        "Changes_When_NFKC_Casefolded": .changesWhenNFKCCaseFolded, "CWKCF": .changesWhenNFKCCaseFolded,
        "Changes_When_Titlecased": .changesWhenTitlecased, "CWT": .changesWhenTitlecased,
        "Changes_When_Uppercased": .changesWhenUppercased, "CWU": .changesWhenUppercased,
        "Dash": .dash, "Default_Ignorable_Code_Point": .defaultIgnorable, "DI": .defaultIgnorable,
        "Deprecated": .deprecated, "Dep": .deprecated, "Diacritic": .diacritic, "Dia": .diacritic,
        "Emoji": .emoji, "Emoji_Modifier": .emojiModifier, "EMod": .emojiModifier,
        "Emoji_Modifier_Base": .emojiModifierBase, "EBase": .emojiModifierBase,
        "Emoji_Presentation": .emojiPresentation, "EPres": .emojiPresentation,
        "Extender": .extender, "Ext": .extender,
        "Grapheme_Base": .graphemeBase, "Gr_Base": .graphemeBase,
        "Grapheme_Extend": .graphemeExtend, "Gr_Ext": .graphemeExtend,
        "Hex_Digit": .hexDigit, "Hex": .hexDigit,
        "IDS_Binary_Operator": .idsBinaryOperator, "IDSB": .idsBinaryOperator,
        "IDS_Trinary_Operator": .idsTrinaryOperator, "IDST": .idsTrinaryOperator,
        "ID_Continue": .idContinue, "IDC": .idContinue, "ID_Start": .idStart, "IDS": .idStart,
        "Ideographic": .ideographic, "Ideo": .ideographic,
        "Join_Control": .joinControl, "Join_C": .joinControl,
        "Logical_Order_Exception": .logicalOrderException, "LOE": .logicalOrderException,
        "Lowercase": .lowercase, "Lower": .lowercase, "Math": .math,
        "Noncharacter_Code_Point": .noncharacter, "NChar": .noncharacter,
        "Pattern_Syntax": .patternSyntax, "Pat_Syn": .patternSyntax,
        "Pattern_White_Space": .patternWhiteSpace, "Pat_WS": .patternWhiteSpace,
        "Quotation_Mark": .quotationMark, "QMark": .quotationMark, "Radical": .radical,
        "Regional_Indicator": .regionalIndicator, "RI": .regionalIndicator,
        "Sentence_Terminal": .sentenceTerminal, "STerm": .sentenceTerminal,
        "Soft_Dotted": .softDotted, "SD": .softDotted,
        "Terminal_Punctuation": .terminalPunctuation, "Term": .terminalPunctuation,
        "Unified_Ideograph": .unifiedIdeograph, "UIdeo": .unifiedIdeograph,
        "Uppercase": .uppercase, "Upper": .uppercase,
        "Variation_Selector": .variationSelector, "VS": .variationSelector,
        "White_Space": .whiteSpace, "space": .whiteSpace,
        "XID_Continue": .xidContinue, "XIDC": .xidContinue, "XID_Start": .xidStart, "XIDS": .xidStart,
    ]
}
