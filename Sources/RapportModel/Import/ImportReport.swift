import RapportBase
import RapportSyntax

/// One thing the importer could not take as it was.
public struct ImportProblem: Sendable, Equatable {
    public let file: String
    /// The line of the row in the file (the header is line 1); 0 for the file as a whole.
    public let line: Int
    public let column: String?
    public let value: String?
    public let message: String
    /// The whole row was not imported (as opposed to one value left out).
    public let rowDropped: Bool
}

/// What one file became.
public struct ImportFileSummary: Sendable, Equatable {
    public let file: String
    public let entity: String
    public var rows = 0
    public var imported = 0
    public var notImported = 0
}

/// The outcome of an import: the portfolio (as JSON text) and everything worth saying.
public struct ImportResult: Sendable {
    /// The portfolio, already checked by the loader; nil when it could not be built.
    public let json: String?
    public let problems: [ImportProblem]
    public let files: [ImportFileSummary]
    /// Records made from references rather than rows (reps from owner names, accounts named
    /// by deals only), per entity.
    public let derived: [String: Int]
    /// Counts of the portfolio's entities.
    public let counts: [(entity: String, count: Int)]
    /// How each account's owner was found.
    public let ownersDerived: Int
    public let asOf: CalendarDate?
    /// Contacts whose level was read from their job title.
    public var levelsFromTitles = 0

    /// Problems grouped by file, column and message, with the lines (as ranges) and a few values:
    /// short enough to read, and no row left unmentioned.
    public func groupedProblems() -> [(file: String, column: String?, message: String, rowDropped: Bool, lines: [Int], values: [String])] {
        var order: [String] = []
        var groups: [String: (file: String, column: String?, message: String, rowDropped: Bool, lines: [Int], values: [String])] = [:]
        for problem in problems {
            let key = "\(problem.file)\u{0}\(problem.column ?? "")\u{0}\(problem.message)\u{0}\(problem.rowDropped)"
            if groups[key] == nil {
                order.append(key)
                groups[key] = (problem.file, problem.column, problem.message, problem.rowDropped, [], [])
            }
            groups[key]!.lines.append(problem.line)
            if let value = problem.value, !groups[key]!.values.contains(value) { groups[key]!.values.append(value) }
        }
        return order.map { groups[$0]! }
    }

    /// Every problem as a CSV record: file, line, column, value, message, row_imported.
    public func problemsCSV() -> String {
        var out = CSVWriter.row(["file", "line", "column", "value", "message", "row_imported"])
        for problem in problems {
            out += CSVWriter.row([problem.file, String(problem.line), problem.column ?? "", problem.value ?? "", problem.message,
                                  problem.rowDropped ? "no" : "yes"])
        }
        return out
    }

    /// `2, 5-9, 14` for sorted line numbers.
    public static func ranges(_ lines: [Int]) -> String {
        var runs: [(first: Int, last: Int)] = []
        for line in lines.sorted() {
            if let last = runs.last?.last, line == last + 1 {
                runs[runs.count - 1].last = line
            } else {
                runs.append((line, line))
            }
        }
        return runs.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)-\($0.last)" }.joined(separator: ", ")
    }
}
