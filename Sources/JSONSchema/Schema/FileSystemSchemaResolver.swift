import Foundation

/// Loads `file:` references from disk, confined to a root folder (so a folder of schemas can
/// reference each other, but a hostile schema cannot read arbitrary files).
/// Also serves `http(s)` URIs under `mappedBaseURI` from the folder when one is given.
public struct FileSystemSchemaResolver: SchemaResolver {
    /// The folder references must stay inside (symlinks resolved).
    public let root: URL
    /// Allow files outside `root`.
    public var allowOutsideRoot: Bool
    /// An optional URI prefix (e.g. "http://localhost:1234/") mapped onto `root`.
    public var mappedBaseURI: String?
    /// The parser used for the files.
    public var parser: JSONParser

    public init(root: URL, allowOutsideRoot: Bool = false, mappedBaseURI: String? = nil, parser: JSONParser = JSONParser()) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.allowOutsideRoot = allowOutsideRoot
        self.mappedBaseURI = mappedBaseURI
        self.parser = parser
    }

    public func resolveDocument(_ uri: URIReference) throws(SchemaCompileError) -> JSONValue? {
        let text = uri.withoutFragment.description
        let fileURL: URL
        if let mapped = mappedBaseURI, text.hasPrefix(mapped) {
            let relative = String(text.dropFirst(mapped.count))
            guard let decoded = URIReference.percentDecode(relative) else { return nil }
            fileURL = root.appendingPathComponent(decoded)
        } else if uri.scheme == "file" {
            guard let decoded = URIReference.percentDecode(uri.path) else { return nil }
            fileURL = URL(fileURLWithPath: decoded)
        } else {
            return nil
        }
        let resolved = fileURL.standardizedFileURL.resolvingSymlinksInPath()
        if !allowOutsideRoot {
            let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
            guard resolved.path.hasPrefix(rootPath) else {
                throw SchemaCompileError("file reference \(text) escapes the schema folder \(root.path) (not allowed)")
            }
        }
        guard let data = FileManager.default.contents(atPath: resolved.path) else { return nil }
        do {
            return try parser.parse(bytes: [UInt8](data))
        } catch {
            throw SchemaCompileError("\(resolved.path):\(error.location): \(error.message)", schemaLocation: text)
        }
    }
}
