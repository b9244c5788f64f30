/// One piece of coaching advice: a rule that fired for a subject.
public struct Finding: Sendable, Equatable {
    /// The entity the finding is about.
    public struct Subject: Sendable, Equatable, Hashable {
        public let type: EntityType
        public let id: String
        public let name: String
        /// Position in the portfolio's array of that type (for ordering and `explain`).
        public internal(set) var index: Int32
    }

    /// The rep being coached.
    public struct Rep: Sendable, Equatable, Hashable {
        public let id: String
        public let name: String
        public let index: Int32
    }

    /// Where the rule is written.
    public struct Location: Sendable, Equatable {
        public let file: String
        public let line: Int
        public let column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        /// Where `rule` is written (line 0 when its file is not in `sources`).
        init(of rule: CheckedRule, in sources: SourceMap) {
            guard rule.location.file.index < sources.files.count else {
                self.init(file: rule.path, line: 0, column: 0)
                return
            }
            let position = sources.location(of: rule.location)
            self.init(file: sources[rule.location.file].path, line: position.line, column: position.column)
        }
    }

    // The fields live in one shared object: a finding is copied (joined, sorted, filtered,
    // grouped) far more often than it is built, and a copy is then one reference count instead
    // of a dozen.
    private final class Storage: @unchecked Sendable {
        let rule: String
        let severity: Severity
        let title: String
        let tags: [String]
        let message: String
        let rationale: String?
        var subject: Subject
        let rep: Rep?
        let location: Location
        let evidence: [(name: String, value: String)]
        let priority: Double

        init(rule: String, severity: Severity, title: String, tags: [String], message: String, rationale: String?,
             subject: Subject, rep: Rep?, location: Location, evidence: [(name: String, value: String)], priority: Double) {
            self.rule = rule
            self.severity = severity
            self.title = title
            self.tags = tags
            self.message = message
            self.rationale = rationale
            self.subject = subject
            self.rep = rep
            self.location = location
            self.evidence = evidence
            self.priority = priority
        }

        func copy() -> Storage {
            Storage(rule: rule, severity: severity, title: title, tags: tags, message: message, rationale: rationale,
                    subject: subject, rep: rep, location: location, evidence: evidence, priority: priority)
        }
    }

    private var storage: Storage

    /// A finding of `rule` on `subject`.
    public init(rule: String, severity: Severity, title: String, tags: [String], message: String, rationale: String?,
                subject: Subject, rep: Rep?, location: Location, evidence: [(name: String, value: String)], priority: Double) {
        storage = Storage(rule: rule, severity: severity, title: title, tags: tags, message: message, rationale: rationale,
                          subject: subject, rep: rep, location: location, evidence: evidence, priority: priority)
    }

    public var rule: String { storage.rule }
    public var severity: Severity { storage.severity }
    public var title: String { storage.title }
    public var tags: [String] { storage.tags }
    /// The rendered advice.
    public var message: String { storage.message }
    /// The rendered `because`, if any.
    public var rationale: String? { storage.rationale }
    public internal(set) var subject: Subject {
        get { storage.subject }
        set {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            storage.subject = newValue
        }
    }
    /// Nil for team-level findings (coached in the team meeting).
    public var rep: Rep? { storage.rep }
    public var location: Location { storage.location }
    /// The `let` values, in order, as shown to people.
    public var evidence: [(name: String, value: String)] { storage.evidence }
    /// Ranks findings of equal severity (higher first).
    public var priority: Double { storage.priority }

    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.rule == rhs.rule && lhs.subject == rhs.subject && lhs.message == rhs.message && lhs.rep == rhs.rep
            && lhs.severity == rhs.severity && lhs.priority == rhs.priority && lhs.title == rhs.title
            && lhs.rationale == rhs.rationale && lhs.evidence.map(\.name) == rhs.evidence.map(\.name)
            && lhs.evidence.map(\.value) == rhs.evidence.map(\.value)
    }
}

/// What to run and how.
public struct LintOptions: Sendable {
    /// Replaces the portfolio's `as_of` as `today`.
    public var asOf: CalendarDate?
    /// Parameter values given on the command line, already checked.
    public var params: [String: Value] = [:]
    /// Rule ids or tags to keep (empty: all).
    public var select: [String] = []
    /// Rule ids or tags to leave out.
    public var ignore: [String] = []
    /// Findings below this severity are dropped.
    public var minSeverity: Severity = .praise
    /// Evaluate on several threads when the portfolio is large.
    public var parallel = true
    /// Use the evaluator's typed paths; off only in tests, to compare them with the general path.
    var typedEvaluation = true

    public init() {}

    /// True when `rule` passes `select` and `ignore`.
    public func includes(_ rule: CheckedRule) -> Bool {
        let names = [rule.id] + rule.tags
        if !select.isEmpty && !names.contains(where: select.contains) { return false }
        return !names.contains(where: ignore.contains)
    }
}
