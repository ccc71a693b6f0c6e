#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file beside the target, are flushed to
/// disk, and the temporary file is renamed over the target — readers see the old file or the
/// new one, never a torn one. Refuses to overwrite any of the `protectedPaths` (the inputs).
public struct AtomicFileWriter: Sendable {
    /// Paths that must never be overwritten (compared after resolving symlinks and `..`).
    public var protectedPaths: [String]

    public init(protecting protectedPaths: [String] = []) {
        self.protectedPaths = protectedPaths
    }

    public func write(_ text: String, to path: String) throws(AccordIOError) {
        // The text's own UTF-8 storage, not a copy of it (outputs can be tens of megabytes).
        var text = text
        try text.withUTF8 { bytes in outcome { () throws(AccordIOError) in try write(UnsafeRawBufferPointer(bytes), to: path) } }.get()
    }

    public func write(_ bytes: [UInt8], to path: String) throws(AccordIOError) {
        try bytes.withUnsafeBytes { buffer in outcome { () throws(AccordIOError) in try write(buffer, to: path) } }.get()
    }

    /// `body`'s typed error as a value, to carry it out of closures whose errors are untyped.
    private func outcome(_ body: () throws(AccordIOError) -> Void) -> Result<Void, AccordIOError> {
        do { try body(); return .success(()) } catch { return .failure(error) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws(AccordIOError) {
        let target = AtomicFileWriter.canonical(path)
        for input in protectedPaths where AtomicFileWriter.canonical(input) == target {
            throw AccordIOError(path: path, message: "refusing to overwrite input file \(input); choose another --output path")
        }
        let directory = AtomicFileWriter.directory(of: path)
        var template = Array("\(directory)/.accord-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw AccordIOError(path: path, message: "cannot create a temporary file in \(directory): \(AtomicFileWriter.errnoText())") }
        let tempPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer { if !ok { unlink(tempPath) } }
        var written = 0
        while written < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                close(fd)
                throw AccordIOError(path: path, message: "cannot write: \(AtomicFileWriter.errnoText())")
            }
            written += n
        }
        // Keep an existing file's permissions; new files get the usual 0644 (less umask).
        var info = stat()
        let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644 & ~AtomicFileWriter.currentUmask()
        fchmod(fd, mode)
        if fsync(fd) != 0 {
            close(fd)
            throw AccordIOError(path: path, message: "cannot flush to disk: \(AtomicFileWriter.errnoText())")
        }
        close(fd)
        guard rename(tempPath, path) == 0 else {
            throw AccordIOError(path: path, message: "cannot replace the file: \(AtomicFileWriter.errnoText())")
        }
        ok = true
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    /// `path` with symlinks and `..` resolved where it exists (its directory otherwise).
    static func canonical(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let dir = directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let resolved = realpath(dir, nil) {
            defer { free(resolved) }
            return String(cString: resolved) + "/" + name
        }
        return path
    }

    static func currentUmask() -> mode_t {
        let old = umask(0)
        umask(old)
        return old
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// A file could not be read or written.
public struct AccordIOError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}
