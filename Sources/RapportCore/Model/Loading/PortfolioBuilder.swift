/// One step of a JSON path such as `accounts[12].contacts[3].level`.
enum PathComponent {
    case key(String)
    case index(Int)
}

/// Builds a ``Portfolio`` from any ``DocumentReader``, validating against the portfolio format
/// as it goes. Every problem becomes a located diagnostic with the JSON path; a syntax error
/// stops reading. The model is produced only when there was no error.
struct PortfolioBuilder<Reader: DocumentReader> {
    var reader: Reader
    var store: TextStore
    let file: FileID
    var diagnostics: [Diagnostic] = []
    var suppressed = 0
    var path: [PathComponent] = []

    /// At most this many errors are listed per file; the rest are counted in one line.
    static var maxErrors: Int { 50 }

    // Top-level values.
    var format: TextRef?
    var asOf: CalendarDate?
    var currency: TextRef?
    var fiscalYearStart = 1
    var team: Team?
    var sawTeam = false

    // Entities.
    var reps: [Rep] = []
    var accounts: [Account] = []
    var revenue: [RevenueEntry] = []
    var growthPlans: [GrowthPlan] = []
    var planActions: [PlanAction] = []
    var texts: [TextRef] = []
    var contacts: [Contact] = []
    var activities: [Activity] = []
    var opportunities: [Opportunity] = []
    var contactLinks: [Int32] = []
    var leads: [Lead] = []
    var dates: [CalendarDate] = []
    var customFields: [CustomField] = []

    // Identity and references.
    var repIDs = IDTable()
    var accountIDs = IDTable()
    var contactIDs = IDTable()
    var activityIDs = IDTable()
    var opportunityIDs = IDTable()
    var leadIDs = IDTable()
    var repsRead = false
    var pendingReps: [PendingRepReference] = []

    /// Sentinel for "the account owner", resolved once all reps are known.
    static var ownerDefault: Int32 { -2 }
    /// Sentinel for a reference that could not be resolved (already reported).
    static var unresolved: Int32 { -1 }

    init(reader: Reader, store: TextStore, file: FileID) {
        self.reader = reader
        self.store = store
        self.file = file
    }

    // MARK: Errors

    var errorCount: Int { diagnostics.count + suppressed }

    var pathString: String { PortfolioBuilder.render(path) }

    static func render(_ path: [PathComponent]) -> String {
        var out = ""
        for component in path {
            switch component {
            case .key(let key): out += out.isEmpty ? key : ".\(key)"
            case .index(let index): out += "[\(index)]"
            }
        }
        return out.isEmpty ? "the document" : out
    }

    mutating func report(_ code: String, _ message: String, at span: Span, label: String = "",
                         help: [String] = [], path explicitPath: String? = nil, secondary: (Span, String)? = nil) {
        guard diagnostics.count < PortfolioBuilder.maxErrors else {
            suppressed += 1
            return
        }
        var diagnostic = Diagnostic.error(code, message, at: span, label: label,
                                          notes: ["at \(explicitPath ?? pathString)"], help: help)
        if let (secondarySpan, text) = secondary { diagnostic = diagnostic.with(secondary: secondarySpan, text) }
        diagnostics.append(diagnostic)
    }

    /// The span of a reference's text in the file (including quotes) when it is a slice of it.
    func span(of ref: TextRef) -> Span? {
        ref.isExtra ? nil : Span(file: file, start: ref.offset - 1, end: ref.offset + ref.length + 1)
    }

    // MARK: Values

    /// Reads a value of the expected kind, or reports the mismatch, skips it and returns nil.
    /// `null` counts as missing and returns nil without a report.
    mutating func expectKind(_ kind: DocumentValueKind, _ what: String) throws(DocumentSyntaxError) -> Span? {
        let found = try reader.peek()
        let span = reader.nextSpan
        if found == kind { return span }
        if found == .null {
            try reader.readNull()
            return nil
        }
        report("load.wrong_type", "expected \(what), found \(found.described)", at: span, label: "expected \(what)")
        try reader.skipValue()
        return nil
    }

    mutating func readText() throws(DocumentSyntaxError) -> TextRef? {
        guard try expectKind(.string, "text") != nil else { return nil }
        return try reader.readString(&store)
    }

    mutating func readNumber(_ what: String = "a number", integer: Bool = false, minimum: Double? = nil) throws(DocumentSyntaxError) -> Double? {
        guard let span = try expectKind(.number, what) else { return nil }
        let value = try reader.readNumber()
        if integer && value != value.rounded(.towardZero) {
            report("load.wrong_type", "expected a whole number, found \(value)", at: span, label: "not a whole number")
            return nil
        }
        if let minimum, value < minimum {
            report("load.out_of_range", "expected \(what) of at least \(JSONValue.format(minimum)), found \(JSONValue.format(value))", at: span)
            return nil
        }
        return value
    }

    mutating func readBool() throws(DocumentSyntaxError) -> Bool? {
        guard try expectKind(.boolean, "true or false") != nil else { return nil }
        return try reader.readBool()
    }

    mutating func readDate() throws(DocumentSyntaxError) -> CalendarDate? {
        guard let span = try expectKind(.string, "a date (YYYY-MM-DD)") else { return nil }
        let ref = try reader.readString(&store)
        if let date = CalendarDate.parseISO(store.bytes(ref)) { return date }
        report("load.bad_date", "`\(store.string(ref))` is not a date", at: span, label: "expected YYYY-MM-DD",
               help: CalendarDate.parseISO(store.bytes(ref)) == nil && ref.length == 10 ? ["that day does not exist"] : [])
        return nil
    }

    mutating func readPeriod() throws(DocumentSyntaxError) -> FiscalQuarter? {
        guard let span = try expectKind(.string, "a quarter (YYYY-Qn)") else { return nil }
        let ref = try reader.readString(&store)
        let bytes = Array(store.bytes(ref))
        if bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q"),
           let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), bytes[0..<4].allSatisfy({ $0 &- 48 < 10 }),
           let quarter = FiscalQuarter(year: year, quarter: Int(bytes[6]) - 48) {
            return quarter
        }
        report("load.bad_period", "`\(store.string(ref))` is not a quarter", at: span, label: "expected YYYY-Qn, e.g. 2026-Q3")
        return nil
    }

    mutating func readEnum<E: PortfolioEnumeration>(_ type: E.Type, _ what: String) throws(DocumentSyntaxError) -> E? {
        guard let span = try expectKind(.string, what) else { return nil }
        let ref = try reader.readString(&store)
        let text = store.string(ref)
        if let value = E(rawValue: text) { return value }
        let suggestion = NameSuggester.suggest(text, from: E.allowedValues)
        report("load.unknown_value", "`\(text)` is not \(what)", at: span,
               label: "expected one of \(E.allowedValues.commaList())",
               help: suggestion.map { ["did you mean `\($0)`?"] } ?? [])
        return nil
    }

    /// Reads a list, calling `element` for each item with the path extended by its index.
    mutating func readList(_ what: String, _ element: (inout PortfolioBuilder, Int) throws(DocumentSyntaxError) -> Void) throws(DocumentSyntaxError) {
        guard try expectKind(.array, "a list of \(what)") != nil else { return }
        try reader.beginArray()
        var index = 0
        while try reader.nextElement() {
            path.append(.index(index))
            try element(&self, index)
            path.removeLast()
            index += 1
        }
    }

    /// Reads an object, dispatching known keys through `table` and reporting unknown and
    /// repeated ones. Returns the span of its opening brace and the set of fields seen.
    mutating func readObject<Field: RawRepresentable & Sendable>(
        _ what: String, _ table: KeyTable<Field>,
        _ field: (inout PortfolioBuilder, Field) throws(DocumentSyntaxError) -> Void
    ) throws(DocumentSyntaxError) -> (Span, UInt64)? where Field.RawValue == Int {
        let article = what.hasPrefix("the ") ? "" : ("aeiou".contains(what.first!) ? "an " : "a ")
        guard let open = try expectKind(.object, "\(article)\(what) (an object)") else { return nil }
        try reader.beginObject()
        var seen: UInt64 = 0
        while let (key, keySpan) = try reader.nextKey(&store) {
            guard let known = table.lookup(store.bytes(key)) else {
                let name = store.string(key)
                let suggestion = NameSuggester.suggest(name, from: table.names)
                report("load.unknown_field", "\(what) has no field `\(name)`", at: keySpan, label: "unknown field",
                       help: suggestion.map { ["did you mean `\($0)`?"] } ?? ["the fields are \(table.names.commaList())"])
                try reader.skipValue()
                continue
            }
            let bit: UInt64 = 1 << UInt64(known.rawValue)
            path.append(.key(table.names[known.rawValue]))
            if try reader.peek() == .null {
                // `null` means missing, as if the key were absent.
                try reader.readNull()
            } else if seen & bit != 0 {
                report("load.duplicate_key", "`\(store.string(key))` appears twice in this object", at: keySpan)
                try reader.skipValue()
            } else {
                seen |= bit
                try field(&self, known)
            }
            path.removeLast()
        }
        return (open, seen)
    }

    /// Reports each field of `required` that `seen` lacks.
    mutating func requireFields<Field: RawRepresentable>(_ required: [Field], seen: UInt64, in what: String, at span: Span,
                                                         names: [String]) where Field.RawValue == Int {
        for field in required where seen & (1 << UInt64(field.rawValue)) == 0 {
            report("load.missing_field", "\(what) has no `\(names[field.rawValue])`", at: span,
                   label: "this \(what) needs `\(names[field.rawValue])`")
        }
    }
}
