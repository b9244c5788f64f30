import Foundation
import RapportBase
import RapportSyntax

/// A whole import, as `rapport import` runs it: the mapping (a file or a preset) read and
/// checked, each CSV file read and matched to its entry, the portfolio built.
public struct ImportRequest: Sendable {
    /// Where the mapping comes from.
    public enum MappingSource: Sendable {
        /// A mapping file (YAML).
        case file(String)
        /// A built-in preset (`salesforce`, `hubspot`).
        case preset(String)
    }

    /// The CSV files.
    public var files: [String]
    public var mapping: MappingSource
    /// Overrides of the mapping's settings.
    public var team: String?
    public var asOf: CalendarDate?
    public var dateOrder: DateOrder?

    public init(files: [String], mapping: MappingSource, team: String? = nil, asOf: CalendarDate? = nil, dateOrder: DateOrder? = nil) {
        self.files = files
        self.mapping = mapping
        self.team = team
        self.asOf = asOf
        self.dateOrder = dateOrder
    }
}

extension Importer {
    /// Runs `request`: the result, or nil with the diagnostics that stop the import before any
    /// row is read (a mapping that cannot be read or has mistakes, a CSV file that cannot be
    /// read or is malformed, a file no entry fits); every file's problem is reported, not only
    /// the first. The mapping's text is added to `sources`, which the diagnostics point into.
    public static func run(_ request: ImportRequest, sources: inout SourceMap) -> (ImportResult?, [Diagnostic]) {
        let mappingFile: FileID
        let preset: String?
        switch request.mapping {
        case .file(let path):
            preset = nil
            do {
                mappingFile = sources.add(path: path, bytes: try FileReader.read(path))
            } catch {
                return (nil, [Diagnostic(.error, code: "io.unreadable", message: "cannot read the mapping \(path): \(error.reason)", path: path)])
            }
        case .preset(let name):
            guard let text = ImportPresets.text(name) else {
                return (nil, [Diagnostic(.error, code: "mapping.invalid", message: "there is no preset `\(name)`",
                                         help: ["the presets are \(ImportPresets.names.joined(separator: ", "))"])
                    .suggesting(NameSuggester.suggest(name, from: ImportPresets.names))])
            }
            preset = name
            mappingFile = sources.add(path: "<preset \(name)>", bytes: Array(text.utf8))
        }
        let (parsed, mappingProblems) = ImportMapping.parse(sources[mappingFile])
        guard var settings = parsed else { return (nil, mappingProblems) }
        if let team = request.team { settings.team = team }
        if let asOf = request.asOf { settings.asOf = asOf }
        if let order = request.dateOrder { settings.dateOrder = order }

        var inputs: [(table: CSVTable, entry: ImportFileMapping)] = []
        var problems: [Diagnostic] = []
        for path in request.files {
            let table: CSVTable
            do {
                table = try CSVReader.read(try FileReader.read(path), path: path).table
            } catch let failure as FileReader.Failure {
                problems.append(Diagnostic(.error, code: "io.unreadable", message: "cannot read \(path): \(failure.reason)", path: path))
                continue
            } catch let failure as CSVError {
                problems.append(Diagnostic(.error, code: "csv.malformed", message: failure.message, path: "\(path):\(failure.line)"))
                continue
            } catch {
                problems.append(Diagnostic(.error, code: "io.unreadable", message: "cannot read \(path)", path: path))
                continue
            }
            guard let entry = ImportPresets.entry(forFile: path, header: table.header, in: settings, byHeaders: preset != nil) else {
                problems.append(unmatched(path, header: table.header, preset: preset, settings: settings))
                continue
            }
            inputs.append((table, entry))
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (run(inputs, mapping: settings), [])
    }

    /// Why no entry of the mapping fits the file at `path`.
    private static func unmatched(_ path: String, header: [String], preset: String?, settings: ImportMapping) -> Diagnostic {
        if let preset {
            return Diagnostic(.error, code: "csv.unmatched",
                              message: "its columns (\(header.prefix(6).joined(separator: ", "))…) fit no \(preset) export", path: path)
        }
        let name = (path as NSString).lastPathComponent
        let names = settings.files.map(\.file)
        return Diagnostic(.error, code: "csv.unmatched", message: "the mapping has no entry for \(name)",
                          help: ["the mapping's entries: \(names.joined(separator: ", "))"], path: path)
            .suggesting(NameSuggester.suggest(name, from: names))
    }
}
