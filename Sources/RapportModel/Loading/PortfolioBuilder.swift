import RapportBase
import RapportSyntax

/// Fields of an account, for ``PortfolioBuilder/skips``: a first pass that needs only some of
/// the data passes over the others unread (and does not require them).
package struct AccountFields: OptionSet, Sendable {
    package let rawValue: UInt64

    package init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The set of one field (its bit is the one of the builder's "fields seen" masks).
    package init(_ field: PortfolioKeys.AccountField) { rawValue = 1 << UInt64(field.rawValue) }

    package static let revenue = AccountFields(.revenue)
    package static let growthPlan = AccountFields(.growthPlan)
    package static let contacts = AccountFields(.contacts)
    package static let activities = AccountFields(.activities)
    package static let opportunities = AccountFields(.opportunities)
    package static let fields = AccountFields(.fields)

    package func contains(_ field: PortfolioKeys.AccountField) -> Bool { rawValue & (1 << UInt64(field.rawValue)) != 0 }

    /// Every field of an account.
    package static let all = AccountFields(rawValue: (1 << UInt64(PortfolioKeys.account.names.count)) - 1)
}

/// Where the accounts of a part close (``Part/accountEnds``), so a pass that reads only some
/// fields of each account (``PortfolioBuilder/skips``) goes straight to an account's end once
/// it has read all of them, instead of passing over the rest byte by byte.
package struct AccountEnds {
    /// The number, in the whole file, of the part's first account.
    package let firstAccount: Int
    /// Offset of each account's closing `}` from the part's start.
    package let offsets: [UInt32]
    /// Where the part starts in the reader's bytes.
    package let partStart: Int

    /// The reader offset of the `}` closing account `account` (numbered in the whole file).
    package func end(of account: Int) -> Int? {
        let local = account - firstAccount
        return offsets.indices.contains(local) ? partStart + Int(offsets[local]) : nil
    }
}

/// One step of a JSON path such as `accounts[12].contacts[3].level`.
package enum PathComponent {
    /// A field of the format (a static name: pushed and popped for every value read).
    case field(StaticString)
    /// A key written in the file (a custom field's name), as text of the builder's store: so a
    /// component holds no reference, and pushing and popping one per value read costs no count.
    case key(TextRef)
    case index(Int)
}

/// Builds a ``Portfolio`` from any ``DocumentReader``, validating against the portfolio format
/// as it goes. Every problem becomes a located diagnostic with the JSON path; a syntax error
/// stops reading. The model is produced only when there was no error.
package struct PortfolioBuilder<Reader: DocumentReader> {
    package var reader: Reader
    package var store: TextStore
    package let file: FileID
    package var diagnostics: [Diagnostic] = []
    package var suppressed = 0
    /// Where the first error past the limit was, so the "and N more" line sorts after the others.
    package var firstSuppressed: Span?
    package var path: [PathComponent] = []

    /// At most this many errors are listed per file; the rest are counted in one line.
    package static var maxErrors: Int { 50 }

    // Top-level values.
    package var format: TextRef?
    package var asOf: CalendarDate?
    package var currency: TextRef?
    package var fiscalYearStart = 1
    package var team: Team?
    package var sawTeam = false

    // Entities.
    package var reps: [Rep] = []
    package var accounts: [Account] = []
    package var revenue: [RevenueEntry] = []
    package var growthPlans: [GrowthPlan] = []
    package var planActions: [PlanAction] = []
    package var texts: [TextRef] = []
    package var contacts: [Contact] = []
    package var activities: [Activity] = []
    package var opportunities: [Opportunity] = []
    package var contactLinks: [Int32] = []
    package var leads: [Lead] = []
    package var dates: [CalendarDate] = []
    package var customFields: [CustomField] = []

    // Identity and references.
    /// Rep ids, looked up while reading references.
    package var repIDs = IDTable()
    /// Ids of the other kinds, checked for duplicates at the end (indexed by ``EntityKind`` ordinal).
    package var idCollectors = [IDCollector](repeating: IDCollector(), count: EntityKind.allCases.count)
    package var repsRead = false
    /// Fields of accounts passed over unread (a first pass that needs only some of the data).
    package var skips: AccountFields = []
    /// Where each account closes, when known: with ``skips``, an account is left as soon as
    /// every other field has been read.
    package var accountEnds: AccountEnds?
    package var pendingReps: [PendingRepReference] = []

    /// Sentinel for "the account owner", resolved once all reps are known.
    package static var ownerDefault: Int32 { -2 }
    /// Sentinel for a reference that could not be resolved (already reported).
    package static var unresolved: Int32 { -1 }

    package init(reader: Reader, store: TextStore, file: FileID) {
        self.reader = reader
        self.store = store
        self.file = file
    }

    /// Reserves room for the entities a document of `byteCount` bytes can hold at most (each
    /// kind by the size of its smallest JSON form), so arrays never grow by copying. Untouched
    /// reserved pages are not resident, so this costs address space, not memory.
    package mutating func reserve(forBytes byteCount: Int) {
        guard byteCount > 1 << 20 else { return }
        activities.reserveCapacity(byteCount / 48)
        contacts.reserveCapacity(byteCount / 40)
        contactLinks.reserveCapacity(byteCount / 8)
        opportunities.reserveCapacity(byteCount / 60)
        revenue.reserveCapacity(byteCount / 32)
        accounts.reserveCapacity(byteCount / 40)
        for kind in EntityKind.allCases where kind != .rep { idCollectors[kind.ordinal].reserve(byteCount / 40) }
    }

    // MARK: Errors

    package var errorCount: Int { diagnostics.count + suppressed }

    package var pathString: String {
        var out = ""
        for component in path {
            switch component {
            case .field(let name): out += out.isEmpty ? name.description : ".\(name)"
            case .key(let ref):
                let key = store.string(ref)
                out += out.isEmpty ? key : ".\(key)"
            case .index(let index): out += "[\(index)]"
            }
        }
        return out.isEmpty ? "the document" : out
    }

    package mutating func report(_ code: String, _ message: String, at span: Span, label: String = "",
                         help: [String] = [], path explicitPath: String? = nil, secondary: (Span, String)? = nil) {
        guard diagnostics.count < PortfolioBuilder.maxErrors else {
            if suppressed == 0 { firstSuppressed = span }
            suppressed += 1
            return
        }
        let where_ = explicitPath ?? pathString
        var diagnostic = Diagnostic.error(code, message, at: span, label: label,
                                          notes: where_.isEmpty ? [] : ["at \(where_)"], help: help)
        if let (secondarySpan, text) = secondary { diagnostic = diagnostic.with(secondary: secondarySpan, text) }
        diagnostics.append(diagnostic)
    }

    /// The span of a reference's text in the file (including quotes) when it is a slice of it.
    package func span(of ref: TextRef) -> Span? {
        ref.isExtra ? nil : Span(file: file, start: ref.offset - 1, end: ref.offset + ref.length + 1)
    }

    // MARK: Values

    /// Reads a value of the expected kind, or reports the mismatch, skips it and returns nil.
    /// `null` counts as missing and returns nil without a report.
    /// Returns where the value starts (for ``DocumentReader/valueSpan(at:)`` if a message needs it).
    package mutating func expectKind(_ kind: DocumentValueKind, _ describe: @autoclosure () -> String) throws(DocumentSyntaxError) -> Int? {
        let found = try reader.peek()
        let start = reader.nextOffset
        if found == kind { return start }
        if found == .null {
            try reader.readNull()
            return nil
        }
        let what = describe()
        report("load.wrong_type", "expected \(what), found \(found.described)", at: reader.valueSpan(at: start), label: "expected \(what)")
        try reader.skipValue()
        return nil
    }

    package mutating func readText() throws(DocumentSyntaxError) -> TextRef? {
        guard try expectKind(.string, "text") != nil else { return nil }
        return try reader.readString(&store)
    }

    package mutating func readNumber(_ what: String = "a number", integer: Bool = false, minimum: Double? = nil) throws(DocumentSyntaxError) -> Double? {
        guard let start = try expectKind(.number, what) else { return nil }
        let value = try reader.readNumber()
        if integer && value != value.rounded(.towardZero) {
            report("load.wrong_type", "expected a whole number, found \(value)", at: reader.valueSpan(at: start), label: "not a whole number")
            return nil
        }
        if let minimum, value < minimum {
            report("load.out_of_range", "expected \(what) of at least \(JSONWriter.format(minimum)), found \(JSONWriter.format(value))", at: reader.valueSpan(at: start))
            return nil
        }
        return value
    }

    package mutating func readBool() throws(DocumentSyntaxError) -> Bool? {
        guard try expectKind(.boolean, "true or false") != nil else { return nil }
        return try reader.readBool()
    }

    package mutating func readDate() throws(DocumentSyntaxError) -> CalendarDate? {
        guard let start = try expectKind(.string, "a date (YYYY-MM-DD)") else { return nil }
        let ref = try reader.readString(&store)
        if let date = store.withBytes(ref, { CalendarDate.parseISO($0) }) { return date }
        let span = reader.valueSpan(at: start)
        report("load.bad_date", "`\(store.string(ref))` is not a date", at: span, label: "expected YYYY-MM-DD",
               help: ref.length == 10 ? ["that day does not exist"] : [])
        return nil
    }

    package mutating func readPeriod() throws(DocumentSyntaxError) -> FiscalQuarter? {
        guard let start = try expectKind(.string, "a quarter (YYYY-Qn)") else { return nil }
        let ref = try reader.readString(&store)
        if let quarter = store.withBytes(ref, { FiscalQuarter(iso: $0) }) { return quarter }
        let span = reader.valueSpan(at: start)
        report("load.bad_period", "`\(store.string(ref))` is not a quarter", at: span, label: "expected YYYY-Qn, e.g. 2026-Q3")
        return nil
    }

    package mutating func readEnum<E: SpelledEnumeration>(_ type: E.Type, _ what: String) throws(DocumentSyntaxError) -> E? {
        guard let start = try expectKind(.string, what) else { return nil }
        let ref = try reader.readString(&store)
        if let value = store.withBytes(ref, { E(bytes: $0) }) { return value }
        let text = store.string(ref)
        let span = reader.valueSpan(at: start)
        let suggestion = NameSuggester.suggest(text, from: E.allowedValues)
        report("load.unknown_value", "`\(text)` is not \(what)", at: span,
               label: "expected one of \(E.allowedValues.commaList())",
               help: suggestion.map { ["did you mean `\($0)`?"] } ?? [])
        return nil
    }

    /// Reads a list, calling `element` for each item with the path extended by its index.
    package mutating func readList(_ what: String, _ element: (inout PortfolioBuilder, Int) throws(DocumentSyntaxError) -> Void) throws(DocumentSyntaxError) {
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
    package mutating func readObject<Field: RawRepresentable & Sendable>(
        _ what: String, _ table: KeyTable<Field>,
        _ field: (inout PortfolioBuilder, Field) throws(DocumentSyntaxError) -> Void
    ) throws(DocumentSyntaxError) -> (Span, UInt64)? where Field.RawValue == Int {
        guard let openOffset = try expectKind(.object, PortfolioBuilder.withArticle(what) + " (an object)") else { return nil }
        let open = reader.valueSpan(at: openOffset)
        try reader.beginObject()
        var seen: UInt64 = 0
        while let (found, key, keySpan) = try reader.nextField(table, &store) {
            guard let known = found else {
                let name = store.string(key)
                let suggestion = NameSuggester.suggest(name, from: table.names)
                report("load.unknown_field", "\(what) has no field `\(name)`", at: keySpan, label: "unknown field",
                       help: suggestion.map { ["did you mean `\($0)`?"] } ?? ["the fields are \(table.names.commaList())"])
                try reader.skipValue()
                continue
            }
            let bit: UInt64 = 1 << UInt64(known.rawValue)
            path.append(.field(table.staticNames[known.rawValue]))
            if try reader.skipNull() {
                // `null` means missing, as if the key were absent.
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

    /// "an account", "a rep", "the portfolio".
    package static func withArticle(_ what: String) -> String {
        what.hasPrefix("the ") ? what : ("aeiou".contains(what.first!) ? "an " : "a ") + what
    }

    /// Reports each field the schema requires of `table`'s objects that `seen` lacks.
    package mutating func requireFields<Field>(of table: KeyTable<Field>, seen: UInt64, in what: String, at span: Span) {
        let mask = table.required
        // Once per object read: nothing to look at unless one is missing.
        guard seen & mask != mask else { return }
        for (position, name) in table.names.enumerated() where mask & ~seen & (1 << UInt64(position)) != 0 {
            report("load.missing_field", "\(what) has no `\(name)`", at: span, label: "this \(what) needs `\(name)`")
        }
    }
}
