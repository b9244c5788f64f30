import Foundation
import Yams
import RapportBase
import RapportSyntax

/// What loading a portfolio produced: the model, or the reasons there is none.
public struct PortfolioLoad: Sendable {
    /// The portfolio, present only when the file had no error.
    public let portfolio: Portfolio?
    /// Every problem found (at most 50 listed, then a count), sorted by position.
    public let diagnostics: [Diagnostic]
    /// Size of the file in bytes.
    public let byteCount: Int
}

/// Reads portfolios from JSON (`.json`) or YAML (`.yaml`, `.yml`) files.
public enum PortfolioLoader {
    /// The document syntax of a portfolio file.
    public enum Syntax: Sendable {
        case json, yaml

        /// By extension; otherwise JSON when the first visible character is `{`.
        public static func detect(path: String, bytes: [UInt8]) -> Syntax {
            let lower = path.lowercased()
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
            if lower.hasSuffix(".json") { return .json }
            let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
            return first == UInt8(ascii: "{") ? .json : .yaml
        }
    }

    /// Loads the portfolio at `path`, adding the file to `sources` so diagnostics can be rendered.
    public static func load(path: String, sources: inout SourceMap) -> PortfolioLoad {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            return PortfolioLoad(portfolio: nil, diagnostics: [
                Diagnostic(.error, code: "io.unreadable", message: "cannot read \(path): \(error.reason)", path: path),
            ], byteCount: 0)
        }
        return load(bytes: bytes, path: path, syntax: Syntax.detect(path: path, bytes: bytes), sources: &sources)
    }

    /// Loads a portfolio from `bytes`, shown as `path` in messages.
    public static func load(bytes: [UInt8], path: String, syntax: Syntax, sources: inout SourceMap) -> PortfolioLoad {
        let file = sources.add(path: path, bytes: bytes)
        var portfolio: Portfolio?
        var diagnostics: [Diagnostic]
        switch syntax {
        case .json:
            (portfolio, diagnostics) = bytes.withUnsafeBufferPointer { buffer in
                var reader = JSONReader(bytes: buffer, file: file)
                var builder = PortfolioBuilder(reader: reader, store: TextStore(source: bytes), file: file)
                builder.reserve(forBytes: bytes.count)
                do throws(DocumentSyntaxError) {
                    try builder.readDocument()
                    reader = builder.reader
                    try reader.expectEnd()
                } catch {
                    return (nil, builder.diagnostics + [error.diagnostic])
                }
                let model = builder.finish()
                return (model, builder.diagnostics)
            }
        case .yaml:
            (portfolio, diagnostics) = loadYAML(sources[file])
        }
        return PortfolioLoad(portfolio: diagnostics.isEmpty ? portfolio : nil,
                             diagnostics: diagnostics.sortedByPosition(), byteCount: bytes.count)
    }

    package static func loadYAML(_ source: SourceFile) -> (Portfolio?, [Diagnostic]) {
        // A byte order mark is accepted, as in JSON portfolios.
        let text = String(decoding: YAMLReader.hasByteOrderMark(source.bytes) ? source.bytes.dropFirst(3) : source.bytes[...],
                          as: UTF8.self)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return (nil, [.error("load.syntax", "the YAML document is empty", at: Span(file: source.id, start: 0, end: 0))])
            }
            root = node
        } catch {
            return (nil, [yamlError(error, source)])
        }
        let reader = YAMLReader(root: root, source: source)
        var builder = PortfolioBuilder(reader: reader, store: TextStore(), file: source.id)
        do throws(DocumentSyntaxError) {
            try builder.readDocument()
        } catch {
            return (nil, builder.diagnostics + [error.diagnostic])
        }
        return (builder.finish(), builder.diagnostics)
    }

    package static func yamlError(_ error: Error, _ source: SourceFile) -> Diagnostic {
        let reader = YAMLReader(root: Node(""), source: source)
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            let offset = reader.offset(line: mark.line, column: mark.column)
            return .error("load.syntax", "invalid YAML: \(problem)", at: Span(file: source.id, start: offset, end: offset + 1))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let offset = reader.offset(line: context.mark.line, column: context.mark.column)
            return .error("load.duplicate_key", "`\(duplicates.joined(separator: "`, `"))` appears twice in this mapping",
                          at: Span(file: source.id, start: offset, end: offset + 1))
        default:
            return .error("load.syntax", "invalid YAML: \(error)", at: Span(file: source.id, start: 0, end: 0))
        }
    }
}
