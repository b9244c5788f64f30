/// Every diagnostic code Rapport emits, declared once with what it means. `docs/diagnostics.md`
/// is generated from this table, and a test fails when the sources emit a code it lacks or it
/// lists a code nothing emits. Codes are stable: tools and CI configurations match on them.
public enum DiagnosticCatalogue {
    /// One code and its one-line description.
    public struct Entry: Sendable {
        /// `area.name`, as in `parse.missing_end`.
        public let code: String
        /// What the diagnostic says went wrong, for the catalogue.
        public let summary: String
    }

    /// The areas, in pipeline order, with what each covers.
    public static let areas: [(area: String, covers: String)] = [
        ("io", "reading and writing files"),
        ("lex", "characters and tokens of a rule file"),
        ("parse", "the structure of a rule file"),
        ("import", "imports between rule files"),
        ("name", "names: declarations and references"),
        ("type", "types of expressions, fields and values"),
        ("call", "calls of builtin and defined functions"),
        ("check", "warnings about rules that are legal but likely wrong"),
        ("param", "params set on the command line or in the REPL"),
        ("test", "`test` blocks and their fixtures"),
        ("load", "reading a portfolio (JSON or YAML)"),
        ("mapping", "import mapping files"),
        ("csv", "CSV exports read by `rapport import`"),
        ("snooze", "snooze files"),
        ("eval", "evaluating a rule on a portfolio"),
        ("lookup", "rules, reps and subjects named on the command line or in the REPL"),
        ("history", "the coaching history file (`--record`, `rapport history`)"),
        ("sql", "rules compiled to SQL (`rapport sql`)"),
        ("warehouse", "portfolios in a database (`rapport load`, `--engine`)"),
        ("repl", "the REPL's own syntax"),
    ]

    /// Every code, grouped by area in pipeline order.
    public static let entries: [Entry] = [
        e("io.not_found", "a rule file or folder given does not exist"),
        e("io.unreadable", "a file exists but cannot be read (permissions, not a regular file, too large)"),
        e("io.empty_rule_set", "a rule folder holds no `.rapport` files"),
        e("io.link_outside", "a link in a rule folder points outside it and is skipped (warning)"),
        e("io.output_is_input", "an output file that is one of the command's inputs (nothing is written over an input)"),
        e("io.not_a_portfolio", "a file of a folder given to `lint` that is not a portfolio (an import mapping, say): skipped (note)"),
        e("io.write_failed", "an output file that cannot be written (nothing is left half-written)"),

        e("lex.unexpected_character", "a character that starts no token of the language"),
        e("lex.unknown_operator", "an operator borrowed from other languages (`!`, `&&`, `||`, `?`), with the word Rapport uses"),
        e("lex.unterminated_string", "a text literal that is never closed"),
        e("lex.unterminated_hole", "a `{` value in a template that is never closed"),
        e("lex.nested_too_deeply", "template holes nested beyond the limit"),
        e("lex.bad_escape", "an escape in text other than `\\\"`, `\\\\`, `\\n`, `\\t`, `\\{`, `\\}`"),
        e("lex.control_character", "a control character inside a text literal"),
        e("lex.curly_quote", "text written in curly quotes instead of straight double quotes"),
        e("lex.single_quote", "text written in single quotes instead of double quotes"),
        e("lex.bad_number", "a misplaced `_` in a number"),
        e("lex.number_too_large", "a number literal beyond what a double holds"),
        e("lex.stray_percent", "a `%` not right after its number"),
        e("lex.bad_date", "a date literal that is not a calendar date from 0001-01-01 to 9999-12-31"),
        e("lex.bad_period", "a quarter literal that is not a fiscal quarter (`2026-Q3`)"),
        e("lex.not_snake_case", "a name not written in lower case with underscores"),
        e("lex.too_many_errors", "the lexer stopped after many errors in one file"),

        e("parse.expected_declaration", "something other than `import`, `param`, `define`, `rule` or `test` at the top level"),
        e("parse.expected_expression", "a value is missing where an expression is expected"),
        e("parse.unexpected_token", "a token where another was expected (the message says which)"),
        e("parse.unknown_clause", "a word that is not a clause of a rule or test"),
        e("parse.duplicate_clause", "a clause given twice in one rule or test"),
        e("parse.missing_clause", "a rule or test without a clause it needs"),
        e("parse.missing_end", "a rule or test without its `end`"),
        e("parse.stray_end", "an `end` that closes nothing"),
        e("parse.unclosed_paren", "a `(` or `[` that is never closed"),
        e("parse.nested_too_deeply", "an expression nested beyond the limit"),
        e("parse.chained_comparison", "comparisons chained as in `a < b < c`"),
        e("parse.single_equals", "`=` written to compare (SQL's way); Rapport compares with `==`"),
        e("parse.is_not", "`is not missing` written for `is present` (and the reverse)"),
        e("parse.bad_severity", "a severity other than praise, info, suggestion, warning, critical"),
        e("parse.bad_count", "an expected number of findings that is not a whole number"),
        e("parse.unknown_subject", "a `for each` subject that is not an entity type"),
        e("parse.unknown_entity", "a `define` on something that is not an entity type"),
        e("parse.unknown_type", "a custom field type other than number, text, boolean, date"),
        e("parse.unknown_format", "an `as` format other than money, percent, number, date, list"),
        e("parse.define_shape", "a `define` with neither an entity nor parameters"),
        e("parse.reserved_word", "a keyword used as a name"),
        e("parse.empty_hole", "a `{}` template hole with no value"),
        e("parse.template_not_allowed", "a `{…}` value in text outside title, advise and because"),

        e("import.not_found", "an imported rule file that does not exist"),
        e("import.outside_root", "an import that leaves the rule set's folder"),
        e("import.circular", "rule files that import each other in a cycle"),

        e("name.unknown", "a name that is not a field, let, param, define or binder in scope"),
        e("name.unknown_function", "a call of a function that does not exist"),
        e("name.unknown_rule", "a test of a rule that does not exist"),
        e("name.duplicate", "a rule id, param, define or field declared twice in one rule set"),
        e("name.field_exists", "a define that would hide a field of the entity"),
        e("name.shadows_builtin", "a define named like a builtin function"),
        e("name.shadows_subject", "a `let` named like the rule's subject"),
        e("name.function_as_value", "a function used as a value, without its arguments"),
        e("name.it_outside", "`it` outside `where`, `by` or `define`"),

        e("type.mismatch", "a value of the wrong type (the message gives both)"),
        e("type.operator", "an operator applied to operands it does not take"),
        e("type.not_boolean", "a condition that is not yes/no"),
        e("type.not_list", "a list expected, something else given"),
        e("type.not_ordered", "`by` on something that cannot be ordered"),
        e("type.no_fields", "a `.field` on a value that has no fields"),
        e("type.unknown_field", "a field the entity does not have"),
        e("type.custom_field_entity", "a custom field on an entity other than accounts"),
        e("type.unknown_enum_value", "a text compared with an enumeration that has no such value"),
        e("type.argument", "an argument of the wrong type to a builtin"),
        e("type.format", "an `as` format applied to a value it does not fit"),
        e("type.param_not_constant", "a param default that is not a fixed value"),
        e("type.recursion", "a define or function that depends on itself"),
        e("type.out_of_range", "a constant value out of range (a date past 9999, an overflowing duration)"),

        e("call.arity", "a call with the wrong number of arguments"),

        e("check.missing_dropped", "a `where` comparing an aggregate that is missing for an empty list: those elements are left out (warning)"),
        e("check.unused_param", "a param nothing uses (warning)"),
        e("check.unused_define", "a define nothing uses (warning)"),
        e("check.unused_let", "a `let` nothing uses (warning)"),
        e("check.duplicate_condition", "two rules with the same subject and condition (warning)"),
        e("check.never_true", "a condition that can never hold (warning)"),
        e("check.quadratic", "a scan of a whole collection per subject: cost grows with the square of the team (warning)"),

        e("param.syntax", "a `--param` not written as name=value"),
        e("param.unknown", "a param the rules do not declare"),
        e("param.type", "a param value of the wrong type"),
        e("param.out_of_range", "a param value out of range"),

        e("test.fixture_not_found", "a test's fixture file that does not exist"),

        e("load.syntax", "a portfolio that is not valid JSON or YAML"),
        e("load.unknown_format", "a portfolio whose `format` is not one Rapport reads"),
        e("load.missing_field", "a required field missing from an entity"),
        e("load.unknown_field", "a field the portfolio format does not have"),
        e("load.wrong_type", "a value of the wrong JSON/YAML type"),
        e("load.unknown_value", "a value outside an enumeration (tier, stage, kind …)"),
        e("load.out_of_range", "a number out of range (a negative amount, say)"),
        e("load.bad_date", "a value that is not a date YYYY-MM-DD"),
        e("load.bad_period", "a value that is not a quarter YYYY-Qn"),
        e("load.bad_reference", "an id that refers to no rep, account or contact"),
        e("load.duplicate_id", "two entities of one kind with the same id"),
        e("load.duplicate_key", "a key given twice in one object"),
        e("load.too_many_errors", "loading stopped after many errors"),

        e("mapping.empty", "an import mapping file that is empty"),
        e("mapping.invalid", "an import mapping entry that cannot be used (the message says why)"),

        e("csv.malformed", "a CSV file that cannot be read as CSV (an unclosed quote, say)"),
        e("csv.unmatched", "a CSV file that no entry of the mapping or preset fits"),

        e("snooze.read", "a snooze file that cannot be read"),
        e("snooze.shape", "a snooze file that is not a list of entries"),
        e("snooze.key", "an unknown key in a snooze entry"),
        e("snooze.missing", "a snooze entry without a key it needs"),
        e("snooze.value", "a snooze key without a value"),
        e("snooze.date", "a snooze `until` that is not a date"),
        e("snooze.rule", "a snooze of a rule the rule set does not have"),
        e("snooze.past", "`snooze add --until` a date before the portfolio's as_of"),
        e("snooze.duplicate", "`snooze add` of a snooze the file already holds until that date or later"),

        e("eval.out_of_range", "a value out of range while evaluating a rule for one subject"),
        e("eval.failed", "subjects whose evaluation failed (each is listed; exit 2 after the report)"),

        e("lookup.unknown_rule", "a rule (or tag) named that the rule set does not have"),
        e("lookup.unknown_rep", "a rep named that the portfolio (or the findings) do not have"),
        e("lookup.unknown_subject", "a subject named that the portfolio does not have"),

        e("history.unusable", "a history file that cannot be used: not Rapport's, from a newer Rapport, damaged, or not writable (left as it is)"),

        e("sql.unsupported", "a rule using a construct that has no SQL form yet for the dialect: left out of `rapport sql`, named with the construct; with `--engine` it stops the run (`--ignore` the rule)"),

        e("warehouse.load_failed", "`rapport load` refused by PostgreSQL or without psql (nothing is changed: one transaction)"),
        e("warehouse.unknown_engine", "`--engine` names neither a `postgres://` URL nor `spark`"),
        e("warehouse.bad_url", "a PostgreSQL URL that cannot be read (a setting Rapport does not know, a port that is not one)"),
        e("warehouse.connect_failed", "the server cannot be reached or refuses the login, or `spark-sql` cannot be started"),
        e("warehouse.query_failed", "the engine refused or could not finish a query (a missing table, say), in its own words"),
        e("warehouse.missing_table", "`--spark-tables DIR` lacks a table's CSV file"),
        e("warehouse.no_spark", "no `spark-sql`: neither `SPARK_HOME`, nor the `PATH`, nor the pyspark package"),
        e("warehouse.bad_portfolio_row", "the `portfolio` table does not hold exactly one row with a date `as_of` and a month `fiscal_year_start`"),
        e("warehouse.bad_row", "a row the engine sent that cannot be read, or a rep without an id"),
        e("warehouse.unknown_rep", "findings coach rep ids the reps table lacks: they are listed with the team (warning)"),
        e("warehouse.io", "a scratch file for `spark-sql` that cannot be written"),

        e("repl.show_needs_list", "`show` after something that is not a list"),
    ]

    private static func e(_ code: String, _ summary: String) -> Entry { Entry(code: code, summary: summary) }

    /// The catalogue as Markdown (`docs/diagnostics.md`).
    public static func markdown() -> String {
        var text = """
            # Diagnostic codes

            Every error and warning Rapport reports carries a stable code, `area.name`
            (`error[parse.missing_end]` on a terminal, `"code"` in `rapport check --format json`).
            This page is generated from `DiagnosticCatalogue` (`Sources/RapportBase/Diagnostics`);
            a test fails when the sources emit a code that is not listed here.

            """
        for (area, covers) in areas {
            text += "\n## `\(area)`: \(covers)\n\n| code | meaning |\n|---|---|\n"
            for entry in entries where entry.code.hasPrefix(area + ".") {
                text += "| `\(entry.code)` | \(entry.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
        }
        return text
    }
}
