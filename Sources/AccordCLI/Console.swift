import Accord
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error, and where command output goes (stdout or an atomic file write).
enum Console {
    static func error(_ text: String) {
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        writeAll(2, line)
    }

    static func out(_ text: String) {
        writeAll(1, text)
    }

    /// Writes every byte of `text` to a file descriptor (retrying short writes).
    private static func writeAll(_ fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let n = write(fd, base + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    static var environment: [String: String] {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return env
    }

    /// Writes `text` to `path` atomically (never over one of `inputs`), or to stdout when nil.
    static func emit(_ text: String, to path: String?, inputs: [String]) throws {
        guard let path else {
            out(text)
            return
        }
        do {
            try AtomicFileWriter(protecting: inputs).write(text, to: path)
        } catch {
            throw CommandTrouble(error.description)
        }
    }
}
