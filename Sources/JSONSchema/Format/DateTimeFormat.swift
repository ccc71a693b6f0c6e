/// RFC 3339 `full-date`, `full-time` and `date-time`, with leap seconds allowed only at
/// 23:59:60 UTC (after applying the offset), as the JSON Schema test suite expects.
enum DateTimeFormat {
    static func isDate(_ value: String) -> Bool {
        var scanner = FormatScanner(value)
        return date(&scanner) && scanner.isAtEnd
    }

    static func isTime(_ value: String) -> Bool {
        var scanner = FormatScanner(value)
        return time(&scanner) && scanner.isAtEnd
    }

    static func isDateTime(_ value: String) -> Bool {
        var scanner = FormatScanner(value)
        guard date(&scanner) else { return false }
        guard scanner.take("T") || scanner.take("t") else { return false }
        return time(&scanner) && scanner.isAtEnd
    }

    private static func date(_ scanner: inout FormatScanner) -> Bool {
        guard let year = scanner.digits(4), scanner.take("-"), let month = scanner.digits(2), scanner.take("-"),
            let day = scanner.digits(2)
        else { return false }
        return (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func time(_ scanner: inout FormatScanner) -> Bool {
        guard let hour = scanner.digits(2), scanner.take(":"), let minute = scanner.digits(2), scanner.take(":"),
            let second = scanner.digits(2)
        else { return false }
        guard hour <= 23, minute <= 59, second <= 60 else { return false }
        if scanner.take(".") {
            guard scanner.digitRun() > 0 else { return false }
        }
        var offsetMinutes = 0
        if scanner.take("Z") || scanner.take("z") {
            offsetMinutes = 0
        } else {
            let sign: Int
            if scanner.take("+") {
                sign = 1
            } else if scanner.take("-") {
                sign = -1
            } else {
                return false
            }
            guard let offsetHour = scanner.digits(2), scanner.take(":"), let offsetMinute = scanner.digits(2),
                offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = sign * (offsetHour * 60 + offsetMinute)
        }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }
}
