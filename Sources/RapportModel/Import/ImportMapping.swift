import Yams
import RapportBase
import RapportSyntax

/// What each importable field is.
package enum ImportFieldType: Sendable, Equatable {
    case text, date, money, integer
    /// An id or name of another record (`rep`, `account`).
    case reference(String)
    case enumeration([String])
}

/// How one CSV file becomes records of one entity.
public struct ImportFileMapping: Sendable {
    /// The file name this entry is for (matched against the file names given).
    public let file: String
    /// `rep`, `account`, `opportunity`, `contact` or `lead`.
    public let entity: String
    /// Field → a column name, or a template with `{Column}` holes (`"{First Name} {Last Name}"`).
    public let columns: [(field: String, source: String)]
    /// Field or column → raw value → the value to use (typo fixes, stage names). A column's
    /// translation applies before templates are filled in, a field's after.
    public let values: [String: [String: String]]
    /// Rows whose first field starts with one of these are report footers, not data.
    public let footers: [String]
}

/// A mapping file: which file holds which entity, which column is which field, and how values
/// translate. See `docs/import.md`.
public struct ImportMapping: Sendable {
    public var team = "Imported team"
    public var manager: String?
    /// Nil: the latest date found in the data.
    public var asOf: CalendarDate?
    public var currency: String?
    public var dateOrder: DateOrder = .auto
    public var decimalComma = false
    /// Books each won opportunity's amount as the account's revenue in the quarter it closed,
    /// for exports that have deals but no revenue history.
    public var revenueFromWonDeals = false
    /// A contact without a level gets the one its job title says (``ContactTitles``).
    public var levelsFromTitles = true
    /// Titles (as written, any case) read as a given level, before the known words.
    public var titleLevels: [String: ContactLevel] = [:]
    public var files: [ImportFileMapping] = []

    /// The fields each entity takes, with their types, and which are required: the stored
    /// fields of the ``Schema`` a CSV cell can hold, and, for what an account holds (contacts,
    /// activities, deals), the account it belongs to. Ids are made when a file has none, and an
    /// account's owner is found from its deals, so neither is required here.
    package static let fields: [String: [(name: String, type: ImportFieldType, required: Bool)]] = {
        let entities: [EntityType] = [.rep, .account, .opportunity, .contact, .activity, .lead]
        return Dictionary(uniqueKeysWithValues: entities.map { entity in
            var list: [(name: String, type: ImportFieldType, required: Bool)] = Schema.stored(entity).compactMap { field in
                let type: ImportFieldType
                switch field.format {
                case .text?: type = .text
                case .date?: type = .date
                case .money?: type = .money
                case .integer?: type = .integer
                case .enumeration(let kind)?: type = .enumeration(kind.values)
                case .id(let target)?: type = .reference(target.rawValue)
                default: return nil  // lists and nested objects: not one cell
                }
                let filledIn = field.name == "id" || (entity == .account && field.name == "owner")
                return (field.name, type, field.isRequired && !filledIn)
            }
            if Schema.declared(entity).contains(where: { $0.name == "account" && !$0.isStored }) {
                list.insert(("account", .reference("account"), true), at: min(2, list.count))
            }
            return (entity.rawValue, list)
        })
    }()

    public init() {}

    /// Reads a mapping file; every mistake is a located diagnostic with "did you mean".
    public static func parse(_ source: SourceFile) -> (ImportMapping?, [Diagnostic]) {
        let reader = YAMLReader(root: Node(""), source: source)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: String(decoding: source.bytes, as: UTF8.self)) else {
                return (nil, [.error("mapping.empty", "the mapping file is empty", at: Span(file: source.id, start: 0, end: 0))])
            }
            root = node
        } catch {
            return (nil, [PortfolioLoader.yamlError(error, source)])
        }
        var problems: [Diagnostic] = []
        var mapping = ImportMapping()
        func error(_ message: String, _ node: Node?, suggestion: String? = nil, help: [String] = []) {
            problems.append(Diagnostic.error("mapping.invalid", message, at: reader.span(of: node), help: help).suggesting(suggestion))
        }
        func text(_ node: Node, _ what: String) -> String? {
            guard case .scalar(let scalar) = node else {
                error("\(what) must be text", node)
                return nil
            }
            return scalar.string
        }
        func pairs(_ node: Node, _ what: String) -> [(Node, Node)] {
            guard case .mapping(let mapping) = node else {
                error("\(what) must be a mapping of names to values", node)
                return []
            }
            return Array(mapping)
        }
        let topKeys = ["extends", "team", "manager", "as_of", "currency", "date_format", "decimal", "revenue_from_won_deals",
                       "levels_from_titles", "title_levels", "files"]
        let top = pairs(root, "a mapping file")
        // `extends: PRESET` starts from a preset; what follows adds to it or overrides it.
        var extending = false
        if let value = top.first(where: { $0.0.string == "extends" })?.1 {
            let name = value.string ?? ""
            if let preset = ImportPresets.mapping(named: name) {
                mapping = preset
                extending = true
            } else {
                error("`extends` names a preset: \(ImportPresets.names.joined(separator: " or "))", value,
                      suggestion: NameSuggester.suggest(name, from: ImportPresets.names))
            }
        }
        for (key, value) in top {
            let name = key.string ?? ""
            switch name {
            case "extends": continue
            case "team": mapping.team = text(value, "`team`") ?? mapping.team
            case "manager": mapping.manager = text(value, "`manager`")
            case "currency": mapping.currency = text(value, "`currency`")
            case "as_of":
                guard let raw = text(value, "`as_of`") else { continue }
                if raw == "latest" { continue }
                guard let date = CalendarDate(iso: raw) else {
                    error("`as_of` is a date written YYYY-MM-DD, or `latest`", value)
                    continue
                }
                mapping.asOf = date
            case "date_format":
                guard let raw = text(value, "`date_format`") else { continue }
                guard let order = DateOrder(rawValue: raw.lowercased()) else {
                    error("`date_format` is one of auto, iso, mdy (M/D/YYYY), dmy (D/M/YYYY)", value,
                          suggestion: NameSuggester.suggest(raw, from: DateOrder.allCases.map(\.rawValue)))
                    continue
                }
                mapping.dateOrder = order
            case "decimal":
                let raw = text(value, "`decimal`") ?? ""
                guard ["point", "comma"].contains(raw) else {
                    error("`decimal` is `point` (1,234.50) or `comma` (1.234,50)", value)
                    continue
                }
                mapping.decimalComma = raw == "comma"
            case "revenue_from_won_deals":
                guard let flag = value.bool else {
                    error("`revenue_from_won_deals` is true or false", value)
                    continue
                }
                mapping.revenueFromWonDeals = flag
            case "levels_from_titles":
                guard let flag = value.bool else {
                    error("`levels_from_titles` is true or false", value)
                    continue
                }
                mapping.levelsFromTitles = flag
            case "title_levels":
                for (title, level) in pairs(value, "`title_levels`") {
                    guard let raw = text(level, "a level"), let parsed = ContactLevel(rawValue: raw) else {
                        error("a level is one of \(ContactLevel.allowedValues.joined(separator: ", "))", level,
                              suggestion: level.string.flatMap { NameSuggester.suggest($0, from: ContactLevel.allowedValues) })
                        continue
                    }
                    mapping.titleLevels[ContactTitles.normalised(title.string ?? "").joined(separator: " ")] = parsed
                }
            case "files":
                guard case .sequence(let entries) = value else {
                    error("`files` is a list of entries with `file`, `entity` and `columns`", value)
                    continue
                }
                for entry in entries {
                    guard let file = parseFile(entry, reader: reader, error: error, text: text, pairs: pairs) else { continue }
                    // Extending a preset, an entry for the same file pattern and entity refines the preset's.
                    if extending, let index = mapping.files.firstIndex(where: { $0.file == file.file && $0.entity == file.entity }) {
                        mapping.files[index] = mapping.files[index].refined(by: file)
                    } else {
                        mapping.files.append(file)
                    }
                }
            default:
                error("unknown key `\(name)` in a mapping file", key, suggestion: NameSuggester.suggest(name, from: topKeys),
                      help: ["the keys are \(topKeys.joined(separator: ", "))"])
            }
        }
        return problems.isEmpty ? (mapping, []) : (nil, problems)
    }

    package static func parseFile(_ entry: Node, reader: YAMLReader, error: (String, Node?, String?, [String]) -> Void,
                          text: (Node, String) -> String?, pairs: (Node, String) -> [(Node, Node)]) -> ImportFileMapping? {
        var file: String?
        var entity: String?
        var entityNode: Node?
        var columns: [(String, String)] = []
        var columnNodes: [(Node, String)] = []
        var values: [String: [String: String]] = [:]
        var footers: [String] = []
        let keys = ["file", "entity", "columns", "values", "footers"]
        for (key, value) in pairs(entry, "a file entry") {
            switch key.string ?? "" {
            case "file": file = text(value, "`file`")
            case "entity":
                entity = text(value, "`entity`")
                entityNode = value
            case "columns":
                for (field, source) in pairs(value, "`columns`") {
                    guard let name = field.string else { continue }
                    if case .scalar = source, let column = text(source, "a column") {
                        columns.append((name, column))
                        columnNodes.append((field, name))
                    } else {
                        error("the column for `\(name)` is a column name or a template such as \"{First Name} {Last Name}\"", source, nil, [])
                    }
                }
            case "values":
                for (field, table) in pairs(value, "`values`") {
                    var translations: [String: String] = [:]
                    for (from, to) in pairs(table, "the values of `\(field.string ?? "")`") {
                        if let from = from.string, let to = text(to, "a value") { translations[from] = to }
                    }
                    values[field.string ?? ""] = translations
                }
            case "footers":
                guard case .sequence(let items) = value else {
                    error("`footers` is a list of the text report footer rows start with", value, nil, [])
                    continue
                }
                footers = items.compactMap { text($0, "a footer") }
            default:
                let name = key.string ?? ""
                error("unknown key `\(name)` in a file entry", key, NameSuggester.suggest(name, from: keys), ["the keys are \(keys.joined(separator: ", "))"])
            }
        }
        guard let file else {
            error("this file entry has no `file`", entry, nil, [])
            return nil
        }
        guard let entity, let known = fields[entity] else {
            error("`entity` is one of rep, account, opportunity, contact, activity, lead", entityNode ?? entry,
                  entity.flatMap { NameSuggester.suggest($0, from: Array(fields.keys)) }, [])
            return nil
        }
        let names = known.map(\.name)
        for (node, name) in columnNodes where !names.contains(name) {
            error("\(entity) has no field `\(name)`", node, NameSuggester.suggest(name, from: names),
                  ["\(entity) fields: \(names.joined(separator: ", "))"])
        }
        let sourceColumns = columns.flatMap { $0.1.split(separator: "|").flatMap { Importer.columns(of: String($0)) } }
        for (name, _) in values where !names.contains(name) && !sourceColumns.contains(name) {
            error("`values` names `\(name)`, which is neither a field of \(entity) nor a mapped column", entry,
                  NameSuggester.suggest(name, from: names + sourceColumns), [])
        }
        return ImportFileMapping(file: file, entity: entity, columns: columns, values: values, footers: footers)
    }
}

extension ImportFileMapping {
    /// This entry with `other`'s columns replacing its own field by field, `other`'s value
    /// translations added to its own, and `other`'s footers added.
    package func refined(by other: ImportFileMapping) -> ImportFileMapping {
        var columns = self.columns.filter { field in !other.columns.contains { $0.field == field.field } }
        columns += other.columns
        var values = self.values
        for (field, table) in other.values { values[field, default: [:]].merge(table) { _, new in new } }
        return ImportFileMapping(file: file, entity: entity, columns: columns, values: values, footers: footers + other.footers)
    }
}
