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

    public let rule: String
    public let severity: Severity
    public let title: String
    public let tags: [String]
    /// The rendered advice.
    public let message: String
    /// The rendered `because`, if any.
    public let rationale: String?
    public internal(set) var subject: Subject
    /// Nil for team-level findings (coached in the team meeting).
    public let rep: Rep?
    public let location: Location
    /// The `let` values, in order, as shown to people.
    public let evidence: [(name: String, value: String)]
    /// Ranks findings of equal severity (higher first).
    public let priority: Double

    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.rule == rhs.rule && lhs.subject == rhs.subject && lhs.message == rhs.message && lhs.rep == rhs.rep
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
