/// IDNA2008 rules for U-labels: the derived property of RFC 5892 (computed from
/// `Unicode.Scalar.Properties`), the contextual rules of its appendix A, and the Bidi rule of
/// RFC 5893.
///
/// Approximations (the standard library exposes neither Joining_Type nor Bidi_Class nor
/// NFC/NFKC): the "Unstable" category uses `Changes_When_NFKC_Casefolded`; ZWNJ's joining
/// context treats letters of the joining scripts (Arabic, Syriac, NKo, Mongolian, …) as dual
/// joining and marks/format characters as transparent; Bidi classes come from script ranges
/// and general categories; labels are not checked for NFC; ASCII capitals are accepted
/// (DNS is case-insensitive).
enum IDNARules {
    enum Status {
        case valid
        case contextJoiner
        case contextOther
        case disallowed
    }

    enum BidiClass {
        case leftToRight, rightToLeft, arabicLetter, arabicNumber, europeanNumber
        case separatorOrTerminator, otherNeutral, boundaryNeutral, nonspacingMark
    }

    // MARK: Derived property (RFC 5892 section 3)

    static func status(_ value: UInt32) -> Status {
        switch value {
        case 0xDF, 0x3C2, 0x6FD, 0x6FE, 0xF0B, 0x3007: return .valid
        case 0xB7, 0x375, 0x5F3, 0x5F4, 0x30FB, 0x660...0x669, 0x6F0...0x6F9: return .contextOther
        case 0x640, 0x7FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B: return .disallowed
        case 0x61...0x7A, 0x30...0x39, 0x2D, 0x41...0x5A: return .valid
        case 0x200C, 0x200D: return .contextJoiner
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .disallowed }
        let properties = scalar.properties
        let category = properties.generalCategory
        if category == .unassigned { return .disallowed }
        if properties.changesWhenNFKCCaseFolded { return .disallowed }
        if properties.isDefaultIgnorableCodePoint || properties.isWhitespace || properties.isNoncharacterCodePoint {
            return .disallowed
        }
        switch value {
        case 0x20D0...0x20FF, 0x1D100...0x1D24F: return .disallowed  // ignorable blocks
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF: return .disallowed  // old Hangul jamo
        default: break
        }
        switch category {
        case .lowercaseLetter, .uppercaseLetter, .otherLetter, .decimalNumber, .modifierLetter, .nonspacingMark,
            .spacingMark:
            return .valid
        default:
            return .disallowed
        }
    }

    /// Checks one U-label (scalars, already split): hyphen placement, leading marks, derived
    /// property and contextual rules. The Bidi rule is checked per domain, see ``satisfiesBidiRule(_:)``.
    static func isValidULabel(_ label: [UInt32]) -> Bool {
        guard let first = label.first, let last = label.last else { return false }
        if first == 0x2D || last == 0x2D { return false }
        if label.count >= 4, label[2] == 0x2D, label[3] == 0x2D { return false }
        if let scalar = Unicode.Scalar(first) {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return false
            default: break
            }
        }
        for index in label.indices {
            switch status(label[index]) {
            case .valid: continue
            case .disallowed: return false
            case .contextJoiner, .contextOther:
                guard contextAllows(label, at: index) else { return false }
            }
        }
        return true
    }

    // MARK: Contextual rules (RFC 5892 appendix A)

    private static func contextAllows(_ label: [UInt32], at index: Int) -> Bool {
        let value = label[index]
        let before = index > 0 ? label[index - 1] : nil
        let after = index + 1 < label.count ? label[index + 1] : nil
        switch value {
        case 0x200C:
            if let before, isVirama(before) { return true }
            return zeroWidthNonJoinerContext(label, at: index)
        case 0x200D:
            guard let before else { return false }
            return isVirama(before)
        case 0xB7:
            return before == 0x6C && after == 0x6C
        case 0x375:
            guard let after else { return false }
            return matches(greek, after)
        case 0x5F3, 0x5F4:
            guard let before else { return false }
            return matches(hebrew, before)
        case 0x30FB:
            return label.contains { c in
                c != 0x30FB && [hiragana, katakana, han].contains { matches($0, c) }
            }
        case 0x660...0x669:
            return !label.contains { (0x6F0...0x6F9).contains($0) }
        case 0x6F0...0x6F9:
            return !label.contains { (0x660...0x669).contains($0) }
        default:
            return false
        }
    }

    private static func isVirama(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.canonicalCombiningClass == .virama
    }

    /// `(Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D})`.
    private static func zeroWidthNonJoinerContext(_ label: [UInt32], at index: Int) -> Bool {
        var left = index - 1
        while left >= 0, isTransparent(label[left]) { left -= 1 }
        var right = index + 1
        while right < label.count, isTransparent(label[right]) { right += 1 }
        return left >= 0 && right < label.count && isJoining(label[left]) && isJoining(label[right])
    }

    private static func isTransparent(_ value: UInt32) -> Bool {
        guard value != 0x200C, value != 0x200D, let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    private static func isJoining(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .otherLetter, .modifierLetter: break
        default: return false
        }
        switch value {
        case 0x620...0x6FF, 0x750...0x77F, 0x870...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF,  // Arabic
            0x700...0x74F, 0x860...0x86F, 0x840...0x85F,  // Syriac, Mandaic
            0x7C0...0x7FF, 0x1800...0x18AF, 0xA840...0xA877,  // NKo, Mongolian, Phags-pa
            0x10AC0...0x10AFF, 0x10B80...0x10BAF, 0x10D00...0x10D3F, 0x10F30...0x10F6F, 0x1E900...0x1E95F:
            return true
        default:
            return false
        }
    }

    private static func matches(_ script: RegexScriptMatcher?, _ value: UInt32) -> Bool {
        guard let script, let scalar = Unicode.Scalar(value) else { return false }
        return script.matches(scalar)
    }

    private static let greek = RegexScriptMatcher(property: "sc", value: "Greek")
    private static let hebrew = RegexScriptMatcher(property: "sc", value: "Hebrew")
    private static let hiragana = RegexScriptMatcher(property: "sc", value: "Hiragana")
    private static let katakana = RegexScriptMatcher(property: "sc", value: "Katakana")
    private static let han = RegexScriptMatcher(property: "sc", value: "Han")

    // MARK: Bidi rule (RFC 5893 section 2)

    /// Whether a label contains right-to-left characters (R, AL or AN), which makes the whole
    /// domain a "Bidi domain name".
    static func isRightToLeft(_ label: [UInt32]) -> Bool {
        label.contains {
            switch bidiClass($0) {
            case .rightToLeft, .arabicLetter, .arabicNumber: return true
            default: return false
            }
        }
    }

    static func satisfiesBidiRule(_ label: [UInt32]) -> Bool {
        let classes = label.map(bidiClass)
        guard let first = classes.first else { return false }
        let lastStrong = classes.last { $0 != .nonspacingMark }
        switch first {
        case .rightToLeft, .arabicLetter:
            for bidi in classes {
                switch bidi {
                case .leftToRight: return false
                default: continue
                }
            }
            guard let lastStrong, [.rightToLeft, .arabicLetter, .europeanNumber, .arabicNumber].contains(lastStrong)
            else { return false }
            return !(classes.contains(.europeanNumber) && classes.contains(.arabicNumber))
        case .leftToRight:
            for bidi in classes {
                switch bidi {
                case .rightToLeft, .arabicLetter, .arabicNumber: return false
                default: continue
                }
            }
            guard let lastStrong, lastStrong == .leftToRight || lastStrong == .europeanNumber else { return false }
            return true
        default:
            return false
        }
    }

    static func bidiClass(_ value: UInt32) -> BidiClass {
        guard let scalar = Unicode.Scalar(value) else { return .otherNeutral }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark { return .nonspacingMark }
        switch value {
        case 0x30...0x39, 0xB2, 0xB3, 0xB9, 0x6F0...0x6F9, 0x2070...0x2079, 0x2080...0x2089, 0xFF10...0xFF19,
            0x1D7CE...0x1D7FF:
            return .europeanNumber
        case 0x600...0x605, 0x660...0x669, 0x66B, 0x66C, 0x6DD, 0x890, 0x891, 0x8E2, 0x10D30...0x10D39,
            0x10E60...0x10E7E:
            return .arabicNumber
        case 0x200C, 0x200D, 0xAD, 0x200B, 0xFEFF:
            return .boundaryNeutral
        case 0x2B, 0x2D, 0x23, 0x24, 0x25, 0x2C, 0x2E, 0x2F, 0x3A, 0xA0:
            return .separatorOrTerminator
        case 0x590...0x5FF, 0x7C0...0x85F, 0xFB1D...0xFB4F, 0x10800...0x10CFF, 0x10E80...0x10EFF,
            0x10F00...0x10F2F, 0x10F70...0x10FFF, 0x1E800...0x1E8FF, 0x1E900...0x1E95F:
            return .rightToLeft
        case 0x606...0x7BF, 0x860...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0x10D00...0x10D3F, 0x10F30...0x10F6F,
            0x1EC70...0x1ECBF, 0x1ED00...0x1ED4F, 0x1EE00...0x1EEFF:
            return category == .otherPunctuation || category == .mathSymbol ? .otherNeutral : .arabicLetter
        default:
            break
        }
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark,
            .decimalNumber, .letterNumber:
            return .leftToRight
        default:
            return .otherNeutral
        }
    }
}
