/// A node's tag as the loader understands it.
enum YAMLTag: Equatable {
    /// No tag: plain scalars resolve by the core schema, everything else is what it looks like.
    case none
    /// `!`: the node is a string (scalars) or what it looks like (collections).
    case nonSpecific
    case str, int, float, bool, null, map, seq
    /// Any other tag, spelled for messages (`!!binary`, `!foo`, `!<tag:example.com,2000:x>`).
    case unknown(String)

    private static let corePrefix = "tag:yaml.org,2002:"

    /// Classifies libyaml's fully resolved tag text (nil when the node has no tag).
    init(_ cTag: UnsafeMutablePointer<UInt8>?) {
        guard let cTag else {
            self = .none
            return
        }
        let tag = String(cString: cTag)
        switch tag {
        case "!": self = .nonSpecific
        case Self.corePrefix + "str": self = .str
        case Self.corePrefix + "int": self = .int
        case Self.corePrefix + "float": self = .float
        case Self.corePrefix + "bool": self = .bool
        case Self.corePrefix + "null": self = .null
        case Self.corePrefix + "map": self = .map
        case Self.corePrefix + "seq": self = .seq
        default:
            if tag.hasPrefix(Self.corePrefix) {
                self = .unknown("!!" + tag.dropFirst(Self.corePrefix.count))
            } else if tag.hasPrefix("!") {
                self = .unknown(tag)
            } else {
                self = .unknown("!<\(tag)>")
            }
        }
    }

    /// How the tag is written in a document, for messages.
    var spelling: String {
        switch self {
        case .none: return "(none)"
        case .nonSpecific: return "!"
        case .str: return "!!str"
        case .int: return "!!int"
        case .float: return "!!float"
        case .bool: return "!!bool"
        case .null: return "!!null"
        case .map: return "!!map"
        case .seq: return "!!seq"
        case .unknown(let s): return s
        }
    }
}
