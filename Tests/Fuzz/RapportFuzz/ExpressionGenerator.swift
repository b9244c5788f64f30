import RapportCore

/// Writes well-typed expressions of the rule language from a stream of choices (the fuzzer's
/// bytes), reading the portfolio schema for fields, so every field and builtin is reached. The
/// crashes past the checker come from values, not syntax: random bytes rarely pass the checker,
/// these always do (or fail only for a value out of range).
struct ExpressionGenerator {
    private var bytes: [UInt8]
    private var position = 0
    /// Names bound around the expression being written, innermost last.
    private var scope: [(name: String, entity: EntityType)]
    private var fresh = 0

    init(_ bytes: [UInt8], subject: (name: String, entity: EntityType)) {
        self.bytes = bytes
        scope = [subject]
    }

    /// The next choice among `count` (0 once the bytes run out, so every expression ends).
    mutating func pick(_ count: Int) -> Int {
        guard count > 1, position < bytes.count else { return 0 }
        defer { position += 1 }
        return Int(bytes[position]) % count
    }

    mutating func pick<T>(_ items: [T]) -> T { items[pick(items.count)] }

    /// The names a reference can use: an inner `it` hides an outer one, as in the language.
    var visible: [(name: String, entity: EntityType)] {
        scope.enumerated().filter { index, entry in !scope[(index + 1)...].contains { $0.name == entry.name } }.map(\.element)
    }

    var exhausted: Bool { position >= bytes.count }

    // MARK: By type

    mutating func number(_ depth: Int) -> String {
        let leaf = depth <= 0 || exhausted
        switch pick(leaf ? 3 : 14) {
        case 0: return pick(["0", "1", "2.5", "-3", "90%", "1_000_000", "99999999999999999999", "0.001", "9223372036854775808",
                             "1000000000000000000000000000000000000000"])
        case 1: return field(of: .number, depth) ?? "7"
        case 2: return "count(\(list(depth - 1)))"
        case 3: return "(\(number(depth - 1)) \(pick(["+", "-", "*", "/"])) \(number(depth - 1)))"
        case 4: return "-\(number(depth - 1))"
        case 5:
            let (items, element) = listWithType(depth - 1)
            let numeric = Schema.fields(of: element).filter { $0.type == .number }.map(\.name)
            guard !numeric.isEmpty else { return "count(\(items))" }
            let agg = pick(["sum", "avg", "median", "min", "max"])
            return "\(agg)((\(items)).\(pick(numeric)))"
        case 6:
            let (items, element) = listWithType(depth - 1)
            let numeric = Schema.fields(of: element).filter { $0.type == .number }.map(\.name)
            guard !numeric.isEmpty else { return "count(\(items))" }
            return "percentile((\(items)).\(pick(numeric)), \(number(depth - 1)))"
        case 7: return "round(\(number(depth - 1)), \(number(depth - 1)))"
        case 8: return "abs(\(number(depth - 1)))"
        case 9: return "days(\(duration(depth - 1)))"
        case 10: return "(if \(boolean(depth - 1)) then \(number(depth - 1)) else \(number(depth - 1)))"
        case 11: return "(\(number(depth - 1)) ?? \(number(depth - 1)))"
        case 12: return "count(\(list(depth - 1)) where \(condition(depth - 1)))"
        default: return "round(\(number(depth - 1)))"
        }
    }

    mutating func date(_ depth: Int) -> String {
        let leaf = depth <= 0 || exhausted
        switch pick(leaf ? 3 : 7) {
        case 0: return pick(["2026-11-27", "0001-01-01", "9999-12-31", "2024-02-29", "2000-03-01"])
        case 1: return "today"
        case 2: return field(of: .date, depth) ?? "today"
        case 3: return "(\(date(depth - 1)) \(pick(["+", "-"])) \(duration(depth - 1)))"
        case 4:
            let (items, element) = listWithType(depth - 1)
            let dates = Schema.fields(of: element).filter { $0.type == .date }.map(\.name)
            guard !dates.isEmpty else { return "today" }
            return "\(pick(["min", "max"]))((\(items)).\(pick(dates)))"
        case 5: return "(\(date(depth - 1)) ?? \(date(depth - 1)))"
        default: return "(if \(boolean(depth - 1)) then \(date(depth - 1)) else \(date(depth - 1)))"
        }
    }

    mutating func duration(_ depth: Int) -> String {
        let leaf = depth <= 0 || exhausted
        switch pick(leaf ? 1 : 5) {
        case 0: return "\(pick(["0", "1", "3", "90", "400", "9999", "10000"])) \(pick(["days", "weeks", "months", "quarters", "years"]))"
        case 1: return "(\(duration(depth - 1)) * \(number(depth - 1)))"
        case 2: return "(\(date(depth - 1)) - \(date(depth - 1)))"
        case 3: return "(\(duration(depth - 1)) \(pick(["+", "-"])) \(duration(depth - 1)))"
        default: return "(\(duration(depth - 1)) / \(number(depth - 1)))"
        }
    }

    mutating func text(_ depth: Int) -> String {
        let leaf = depth <= 0 || exhausted
        switch pick(leaf ? 2 : 5) {
        case 0: return pick(["\"\"", "\"a\"", "\"Castell\"", "\"ä\\u\"".replacingOccurrences(of: "\\u", with: ""), "\"x\\ty\""])
        case 1: return field(of: .text, depth) ?? "\"t\""
        case 2: return "\(pick(["lower", "upper"]))(\(text(depth - 1)))"
        case 3: return "(\(text(depth - 1)) + \(text(depth - 1)))"
        default: return "(\(text(depth - 1)) ?? \(text(depth - 1)))"
        }
    }

    mutating func period(_ depth: Int) -> String {
        switch pick(depth <= 0 ? 3 : 4) {
        case 0: return "this_quarter"
        case 1: return "last_quarter"
        case 2: return pick(["2026-Q1", "0001-Q1", "9999-Q4"])
        default: return "quarter(\(date(depth - 1)))"
        }
    }

    mutating func boolean(_ depth: Int) -> String {
        let leaf = depth <= 0 || exhausted
        switch pick(leaf ? 2 : 16) {
        case 0: return pick(["true", "false"])
        case 1: return field(of: .boolean, depth) ?? "true"
        case 2: return "(\(number(depth - 1)) \(comparison()) \(number(depth - 1)))"
        case 3: return "(\(date(depth - 1)) \(comparison()) \(date(depth - 1)))"
        case 4: return "(\(duration(depth - 1)) \(comparison()) \(duration(depth - 1)))"
        case 5: return "(\(text(depth - 1)) \(pick(["==", "!="])) \(text(depth - 1)))"
        case 6: return "not \(boolean(depth - 1))"
        case 7: return "(\(boolean(depth - 1)) \(pick(["and", "or"])) \(boolean(depth - 1)))"
        case 8: return "(\(anyValue(depth - 1)) is \(pick(["missing", "present"])))"
        case 9: return "(\(date(depth - 1)) within \(pick(["last", "next"])) \(duration(depth - 1)))"
        case 10: return "\(pick(["exists", "empty"]))(\(list(depth - 1)))"
        case 11:
            let (items, element) = listWithType(depth - 1)
            fresh += 1
            let name = "x\(fresh)"
            scope.append((name, element))
            defer { scope.removeLast() }
            return "(\(pick(["any", "all", "no"])) \(name) in \(items): \(boolean(depth - 1)))"
        case 12: return "\(pick(["contains", "starts_with"]))(\(text(depth - 1)), \(text(depth - 1)))"
        case 13: return "(\(period(depth - 1)) \(comparison()) \(period(depth - 1)))"
        case 14: return "(\(number(depth - 1)) \(pick(["in", "not in"])) [\(number(0)), \(number(0))])"
        default:
            // An enumerated field against one of its values.
            guard let (path, kind) = enumerationField(depth) else { return "true" }
            return "(\(path) == \"\(pick(kind.values))\")"
        }
    }

    /// A condition inside `where`: about `it`.
    mutating func condition(_ depth: Int) -> String { boolean(depth) }

    mutating func anyValue(_ depth: Int) -> String {
        switch pick(5) {
        case 0: return number(depth)
        case 1: return date(depth)
        case 2: return text(depth)
        case 3: return duration(depth)
        default: return boolean(depth)
        }
    }

    mutating func comparison() -> String { pick(["==", "!=", "<", "<=", ">", ">="]) }

    // MARK: Entities and lists

    /// A list of entities and its element type.
    mutating func listWithType(_ depth: Int) -> (String, EntityType) {
        let collections: [(String, EntityType)] = [("accounts", .account), ("reps", .rep), ("leads", .lead),
                                                    ("contacts", .contact), ("activities", .activity),
                                                    ("opportunities", .opportunity)]
        let leaf = depth <= 0 || exhausted
        // Inside a quantifier or a filter, a whole collection again would make the rule's cost
        // a power of the team's size (a real rule pays that too; `rapport check` warns of it):
        // nested lists come from the names bound.
        let nested = scope.count > 1
        switch pick(leaf ? 2 : 5) {
        case 0 where !nested: return pick(collections)
        case 0, 1:
            // A list field of a bound entity.
            let bound = pick(visible)
            let lists = Schema.fields(of: bound.entity).compactMap { field -> (String, EntityType)? in
                if case .list(.entity(let element)) = field.type { return (field.name, element) }
                return nil
            }
            guard !lists.isEmpty else {
                let (name, entity) = pick(collections)
                // Nested, an empty list that folds to a constant rather than a whole collection.
                return nested ? ("take(\(name), 0)", entity) : (name, entity)
            }
            let (name, element) = pick(lists)
            return ("\(bound.name).\(name)", element)
        case 2:
            let (items, element) = listWithType(depth - 1)
            scope.append(("it", element))
            defer { scope.removeLast() }
            return ("(\(items) where \(condition(depth - 1)))", element)
        case 3:
            let (items, element) = listWithType(depth - 1)
            scope.append(("it", element))
            defer { scope.removeLast() }
            let keys = Schema.fields(of: element).filter { [.number, .date, .text].contains($0.type) }.map(\.name)
            guard !keys.isEmpty else { return (items, element) }
            return ("(\(items) by it.\(pick(keys)) \(pick(["asc", "desc"])))", element)
        default:
            let (items, element) = listWithType(depth - 1)
            return ("take(\(items), \(number(depth - 1)))", element)
        }
    }

    mutating func list(_ depth: Int) -> String { listWithType(depth).0 }

    /// A path to a field of `type` from a bound name (through one entity reference at most).
    mutating func field(of type: ValueType, _ depth: Int) -> String? {
        let bound = pick(visible)
        var paths: [String] = Schema.fields(of: bound.entity).filter { $0.type == type }.map { "\(bound.name).\($0.name)" }
        for reference in Schema.fields(of: bound.entity) {
            guard case .entity(let target) = reference.type else { continue }
            paths += Schema.fields(of: target).filter { $0.type == type }.map { "\(bound.name).\(reference.name).\($0.name)" }
        }
        return paths.isEmpty ? nil : pick(paths)
    }

    mutating func enumerationField(_ depth: Int) -> (String, EnumKind)? {
        let bound = pick(visible)
        let fields = Schema.fields(of: bound.entity).compactMap { field -> (String, EnumKind)? in
            if case .enumeration(let kind) = field.type { return ("\(bound.name).\(field.name)", kind) }
            return nil
        }
        return fields.isEmpty ? nil : pick(fields)
    }
}
