import Testing
import JSONSchema

/// Unit tests for ``FormatChecker`` beyond the conformance suite's cases.
@Suite struct FormatTests {
    private func valid(_ format: String, _ value: String) -> Bool {
        FormatChecker.check(format, value) == true
    }

    @Test func unknownFormatsAreNil() {
        #expect(FormatChecker.check("no-such-format", "x") == nil)
        #expect(FormatChecker.check("Date", "2020-01-01") == nil)
        for format in FormatChecker.knownFormats { #expect(FormatChecker.check(format, "") != nil) }
    }

    @Test func datesAndTimes() {
        #expect(valid("date", "2024-02-29"))
        #expect(!valid("date", "2023-02-29"))
        #expect(!valid("date", "2024-1-01"))
        #expect(valid("time", "23:59:60Z"))
        #expect(valid("time", "00:59:60+01:00"))
        #expect(!valid("time", "00:59:60-01:00"))
        #expect(valid("time", "18:59:60.25-05:00"))
        #expect(!valid("time", "12:00:00.Z"))
        #expect(!valid("time", "12:00:00+0100"))
        #expect(valid("date-time", "2016-12-31T23:59:60Z"))
        #expect(valid("date-time", "2000-01-01t00:00:00.000000001z"))
        #expect(!valid("date-time", "2000-01-01 00:00:00Z"))
        #expect(!valid("date-time", "2000-01-01T00:00:00"))
    }

    @Test func durations() {
        for good in ["P1Y", "P1Y2M", "P1Y2M3D", "P3D", "PT1H", "PT1H2M3S", "PT5S", "P1DT1S", "P52W", "P0D"] {
            #expect(valid("duration", good), "\(good)")
        }
        for bad in ["P", "PT", "P1W2D", "P1D1Y", "P1Y1D", "PT1H1S", "P1.5D", "PT-1S", "p1d", "P1DT"] {
            #expect(!valid("duration", bad), "\(bad)")
        }
    }

    @Test func ipAddresses() {
        #expect(valid("ipv4", "1.2.3.4"))
        #expect(!valid("ipv4", "01.2.3.4"))
        #expect(!valid("ipv4", "1.2.3.4.5"))
        for good in ["::", "1::", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7::", "1:2:3:4:5:6:1.2.3.4", "::ffff:10.0.0.1", "fe80::1"] {
            #expect(valid("ipv6", good), "\(good)")
        }
        for bad in [":::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "1::2::3", "12345::", "fe80::1%eth0", "::g"] {
            #expect(!valid("ipv6", bad), "\(bad)")
        }
    }

    @Test func hostnames() {
        #expect(valid("hostname", "example.com"))
        #expect(valid("hostname", "xn--bcher-kva.example"))
        #expect(!valid("hostname", "xn--bcher-kvb.example"))  // decodes, but not to a canonical U-label
        #expect(!valid("hostname", "bücher.example"))
        #expect(valid("idn-hostname", "bücher.example"))
        #expect(valid("idn-hostname", "xn--bcher-kva.example"))
        // Non-ASCII capitals are not stable under case folding; ASCII capitals are accepted.
        #expect(!valid("idn-hostname", "bÜcher.example"))
        #expect(valid("idn-hostname", "Bücher.Example"))
        #expect(valid("hostname", String(repeating: "a", count: 63)))
        #expect(!valid("hostname", String(repeating: "a", count: 64)))
        let long = Array(repeating: String(repeating: "a", count: 63), count: 4).joined(separator: ".")
        #expect(!valid("hostname", long))
        #expect(!valid("idn-hostname", long))
        #expect(!valid("hostname", "ab--cd.example"))
        #expect(valid("idn-hostname", "שלום.example"))  // right-to-left label in an LTR domain is fine
        #expect(!valid("idn-hostname", "שלום1a.example"))
    }

    @Test func emails() {
        #expect(valid("email", "a.b+c@example.com"))
        #expect(valid("email", "\"a b\\\"c\"@example.com"))
        #expect(valid("email", "x@[IPv6:2001:db8::1]"))
        #expect(!valid("email", "x@[IPv6:2001:db8::g]"))
        #expect(!valid("email", "a..b@example.com"))
        #expect(!valid("email", "ü@example.com"))
        #expect(valid("idn-email", "ü@example.com"))
        #expect(valid("idn-email", "ü@bücher.example"))
        #expect(!valid("idn-email", "ü@bücher..example"))
        #expect(!valid("email", "a@b@example.com"))
    }

    @Test func urisAndIris() {
        #expect(valid("uri", "https://user:pw@example.com:8080/a/b?c=d&e#f"))
        #expect(valid("uri", "http://[::1]:80/"))
        #expect(valid("uri", "urn:isbn:0451450523"))
        #expect(!valid("uri", "http://exa mple.com"))
        #expect(!valid("uri", "http://example.com/ü"))
        #expect(valid("iri", "http://example.com/ü"))
        #expect(!valid("iri", "http://example.com/\u{E000}"))  // private use only in the query
        #expect(valid("iri", "http://example.com/?\u{E000}"))
        #expect(!valid("uri", "relative/path"))
        #expect(valid("uri-reference", "relative/path"))
        #expect(!valid("uri-reference", "a:b:c d"))
        #expect(!valid("uri-reference", "%2"))
        #expect(valid("iri-reference", "ü/ö?ä#ß"))
    }

    @Test func uriTemplates() {
        #expect(valid("uri-template", "/users/{id}{?fields*,limit}"))
        #expect(valid("uri-template", "{+path:6}/here"))
        #expect(!valid("uri-template", "{=x}"))
        #expect(!valid("uri-template", "{x"))
        #expect(!valid("uri-template", "{x:0}"))
        #expect(!valid("uri-template", "{.}"))
    }

    @Test func pointersUUIDsAndRegexes() {
        #expect(valid("json-pointer", "/a~0b/~1"))
        #expect(!valid("json-pointer", "a/b"))
        #expect(valid("relative-json-pointer", "0"))
        #expect(valid("relative-json-pointer", "3/a/b"))
        #expect(!valid("relative-json-pointer", "00"))
        #expect(!valid("relative-json-pointer", "1/~"))
        #expect(valid("uuid", "123e4567-e89b-12d3-a456-426614174000"))
        #expect(!valid("uuid", "123e4567e89b12d3a456426614174000"))
        #expect(valid("regex", "^(?<year>\\d{4})-\\p{Nd}+$"))
        #expect(!valid("regex", "\\p{NotAProperty}"))
        #expect(!valid("regex", "(?<=a"))
    }
}
