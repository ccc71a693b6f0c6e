/// Checks strings against JSON Schema's `format` vocabulary (assertion mode).
///
/// Known formats: `date`, `time`, `date-time`, `duration` (RFC 3339 and its appendix A),
/// `email`, `idn-email` (RFC 5321 / RFC 6531), `hostname`, `idn-hostname` (RFC 1123,
/// IDNA2008 — see ``HostnameFormat`` for its gaps), `ipv4`, `ipv6`, `uri`, `uri-reference`,
/// `iri`, `iri-reference` (RFC 3986 / RFC 3987), `uri-template` (RFC 6570), `uuid`
/// (RFC 4122 layout, any version), `json-pointer` (RFC 6901), `relative-json-pointer`, and
/// `regex` (compiles as an ECMA-262 Unicode-mode pattern with ``ECMARegex``).
public enum FormatChecker {
    /// The format names this checker understands.
    public static let knownFormats: Set<String> = [
        "date", "time", "date-time", "duration", "email", "idn-email", "hostname", "idn-hostname",
        "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
        "json-pointer", "relative-json-pointer", "regex",
    ]

    /// Whether `value` conforms to `format`; nil when the format is unknown (an unknown format
    /// is not an error in JSON Schema and should be treated as valid).
    public static func check(_ format: String, _ value: String) -> Bool? {
        switch format {
        case "date": return DateTimeFormat.isDate(value)
        case "time": return DateTimeFormat.isTime(value)
        case "date-time": return DateTimeFormat.isDateTime(value)
        case "duration": return DurationFormat.isDuration(value)
        case "email": return EmailFormat.isEmail(value, international: false)
        case "idn-email": return EmailFormat.isEmail(value, international: true)
        case "hostname": return HostnameFormat.isHostname(value)
        case "idn-hostname": return HostnameFormat.isInternationalHostname(value)
        case "ipv4": return IPAddressFormat.isIPv4(value)
        case "ipv6": return IPAddressFormat.isIPv6(value)
        case "uri": return URIFormat.isValid(value, international: false, allowRelative: false)
        case "uri-reference": return URIFormat.isValid(value, international: false, allowRelative: true)
        case "iri": return URIFormat.isValid(value, international: true, allowRelative: false)
        case "iri-reference": return URIFormat.isValid(value, international: true, allowRelative: true)
        case "uri-template": return URITemplateFormat.isURITemplate(value)
        case "uuid": return UUIDFormat.isUUID(value)
        case "json-pointer": return JSONPointerFormat.isJSONPointer(value)
        case "relative-json-pointer": return JSONPointerFormat.isRelativeJSONPointer(value)
        case "regex": return (try? ECMARegex(value)) != nil
        default: return nil
        }
    }
}
