import Foundation
import Testing
@testable import Accord
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder given to `accord validate DIR` is hostile input too: what it holds must never make
/// the command hang (a FIFO named `x.yaml` blocks `open`/`read` forever) or loop (symlinks).
@Suite("Robustness: hostile folders")
struct HostileDirectoryTests {
    static func makeFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("accord-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("id: x\ntitle: t\npoints: []\n".utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        return folder
    }

    /// Found by probing `accord validate DIR`: a FIFO named `*.yaml` in the folder is listed as
    /// a plan file, and reading it blocks forever. Fails until `InputReader.planFiles(in:)`
    /// keeps regular files only (a one-line filter on `stat`'s `S_IFREG`).
    @Test func aFIFOInAFolderIsNotTakenForAPlanFile() throws {
        let folder = try Self.makeFolder("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("named-pipe.yaml").path
        try #require(mkfifo(fifo, 0o644) == 0, "mkfifo failed")
        let files = try InputReader.expand([folder.path])
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["plan.yaml"])
    }

    @Test func symbolicLinkLoopsDoNotRecurse() throws {
        let folder = try Self.makeFolder("symlink-loop")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop.yaml").path,
                                                   withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self").path,
                                                   withDestinationPath: ".")
        let files = try InputReader.expand([folder.path])
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["plan.yaml"])
    }

    @Test func aDanglingSymbolicLinkIsAnIOErrorNotACrash() throws {
        let folder = try Self.makeFolder("dangling")
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("gone.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/nonexistent/target.yaml")
        let report = PlanValidator().validate(paths: try InputReader.expand([folder.path]))
        #expect(report.checks.count == 2)
        let gone = try #require(report.checks.first { $0.file == link })
        #expect(gone.ioError != nil)
        #expect(gone.diagnostics.map(\.rule) == ["io"])
        #expect(report.hasTrouble)
    }
}
