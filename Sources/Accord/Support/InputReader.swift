#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files (or standard input, named `-`) as bytes, refusing anything larger than a
/// limit before reading it, and expands directories into the plan files they contain.
public struct InputReader: Sendable {
    /// Largest input read, in bytes.
    public var maxBytes: Int

    public init(maxBytes: Int) { self.maxBytes = maxBytes }

    /// The bytes of `path` (`-` reads standard input).
    public func read(_ path: String) throws(AccordIOError) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0, name: "<stdin>") }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw AccordIOError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw AccordIOError(path: path, message: "is a directory")
        }
        if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > maxBytes {
            throw AccordIOError(path: path, message: "file is \(Int(info.st_size)) bytes, over the limit of \(maxBytes) bytes (raise it with --max-file-size)")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw AccordIOError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        return try readAll(fd: fd, name: path, sizeHint: Int(info.st_size))
    }

    private func readAll(fd: Int32, name: String, sizeHint: Int = 0) throws(AccordIOError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(sizeHint, 0), maxBytes) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw AccordIOError(path: name, message: "cannot read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            if bytes.count + n > maxBytes {
                throw AccordIOError(path: name, message: "input is over the limit of \(maxBytes) bytes (raise it with --max-file-size)")
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// Whether `path` names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The `*.yaml` and `*.yml` files directly inside `directory`, sorted by name. Only regular
    /// files (after following symbolic links) are taken: a FIFO or device named `*.yaml` would
    /// block or never end. A dangling link stays in the list so that it is reported, not hidden.
    public static func planFiles(in directory: String) throws(AccordIOError) -> [String] {
        guard let dir = opendir(directory) else {
            throw AccordIOError(path: directory, message: "cannot open directory: \(String(cString: strerror(errno)))")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            guard !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
            names.append(name)
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return names.sorted().map { prefix + $0 }.filter(isRegularFileOrDangling)
    }

    private static func isRegularFileOrDangling(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return true }
        return (info.st_mode & S_IFMT) == S_IFREG
    }
}

extension InputReader {
    /// `paths` with each directory replaced by the plan files it contains (`-` kept as is).
    /// An empty directory is an error: the user surely meant to check something.
    public static func expand(_ paths: [String]) throws(AccordIOError) -> [String] {
        var out: [String] = []
        for path in paths {
            if path != "-" && isDirectory(path) {
                let files = try planFiles(in: path)
                if files.isEmpty { throw AccordIOError(path: path, message: "directory holds no *.yaml or *.yml files") }
                out += files
            } else {
                out.append(path)
            }
        }
        return out
    }
}
