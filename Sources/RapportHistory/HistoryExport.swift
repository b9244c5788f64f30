import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// The whole history as CSV or JSON, one row per recorded finding: to keep elsewhere, or to
/// see exactly what the file holds.
public enum HistoryExport {
    static let columns = ["as_of", "recorded_at", "command", "portfolio", "rule", "title", "severity", "subject_type",
                          "subject_id", "subject_name", "rep_id", "rep_name", "message", "snoozed"]

    private static func values(_ row: (run: RunInfo, finding: StoredFinding)) -> [String] {
        let (run, f) = row
        return [run.asOf.description, run.recordedAt, run.command, run.portfolio, f.rule, f.title, f.severity, f.subjectType,
                f.subjectID, f.subjectName, f.repID ?? "", f.repName ?? "", f.message, f.snoozed ? "true" : "false"]
    }

    /// CSV with a header row (RFC 4180; cells that a spreadsheet would run as formulas are neutralised).
    public static func csv(_ rows: [(run: RunInfo, finding: StoredFinding)]) -> String {
        CSVWriter.row(columns) + rows.map { CSVWriter.row(values($0)) }.joined()
    }

    /// A JSON array of objects, one per recorded finding.
    public static func json(_ rows: [(run: RunInfo, finding: StoredFinding)]) -> String {
        JSONValue.array(rows.map { row in
            .object(zip(columns, values(row)).map { name, value in
                (name, name == "snoozed" ? .bool(value == "true") : .string(value))
            })
        }).serialized() + "\n"
    }
}
