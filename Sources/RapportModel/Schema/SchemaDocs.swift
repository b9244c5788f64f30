extension Schema {
    /// The entities in the order the reference lists them: the file's nesting, then leads.
    public static let documentOrder: [EntityType] = [
        .team, .rep, .account, .revenue, .growthPlan, .action, .contact, .activity, .opportunity, .proposal, .lead,
    ]

    /// The schema as Markdown (`docs/fields.md`): for each entity, every field with its type in
    /// rules, how the file holds it, and what it means.
    public static func markdown() -> String {
        var text = """
            # Fields of the portfolio

            Every field rules can read, and every key of a portfolio file (`rapport-portfolio/1`).
            This page is generated from `Schema` (`Sources/RapportModel/Schema/Schema.swift`), the
            one declaration that the checker, the loader, the compiled rules and the import read;
            a test fails when it is out of date. The format itself, with an example, is
            `../shared/spec/portfolio-format.md`.

            *In the file* says how a portfolio file writes the field and whether an object without
            it is refused (**required**); *derived* fields are not in the file: Rapport works them
            out while loading (the rep behind an `owner` id, a rep's accounts, back-links). A value
            may be missing unless the field is required.

            ## The portfolio file

            | key | in the file | meaning |
            |---|---|---|

            """
        for field in document {
            text += "| `\(field.name)` | \(inFile(field)) | \(cell(field.doc)) |\n"
        }
        for entity in documentOrder {
            text += "\n## `\(entity.rawValue)`\n\n| field | type in rules | in the file | meaning |\n|---|---|---|---|\n"
            for field in declared(entity) {
                let type = field.format == .customFields ? "declared by `field`" : ruleType(field.type)
                text += "| `\(field.name)` | \(type) | \(inFile(field)) | \(cell(field.doc)) |\n"
            }
        }
        text += "\n## Enumerations\n\n| type | values |\n|---|---|\n"
        for kind in EnumKind.allCases {
            text += "| \(kind.rawValue) | \(kind.values.map { "`\($0)`" }.joined(separator: " ")) |\n"
        }
        return text
    }

    private static func inFile(_ field: FieldInfo) -> String {
        guard let format = field.format else { return "*derived*" }
        return field.isRequired ? "\(format), **required**" : format.description
    }

    private static func ruleType(_ type: ValueType) -> String {
        switch type {
        case .enumeration(let kind): "\(kind.rawValue) (text)"
        case .entity(let entity): "`\(entity.rawValue)`"
        case .list(.entity(let entity)): "list of `\(entity.rawValue)`"
        case .list(let element): "list of \(element.plural)"
        default: type.description.hasPrefix("a ") ? String(type.description.dropFirst(2)) : type.description
        }
    }

    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
