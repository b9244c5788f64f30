import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// The outcome of `rapport check` on one rule set.
public struct CheckResult: Sendable {
    /// The files read, for rendering.
    public let sources: SourceMap
    /// The rule set.
    public let ruleSet: LoadedRuleSet
    /// The typed rule set (complete only when `diagnostics` has no error).
    public let checked: CheckedRuleSet
    /// Everything found, sorted by position.
    public let diagnostics: [Diagnostic]
}

/// Checks rule sets: parse, imports, names (and, later, types).
public enum RuleSetChecker {
    /// Loads and checks the rule set at `path`.
    public static func check(path: String, sources: SourceMap = SourceMap(),
                             fileSystem: any RuleFileSystem = DiskFileSystem()) -> CheckResult {
        var timings = StageTimings()
        return check(path: path, sources: sources, fileSystem: fileSystem, timings: &timings)
    }

    /// ``check(path:sources:fileSystem:)``, reusing the parses of unchanged files from
    /// `parseCache` when given, timing its stages: `rules: load` (reading files and
    /// following imports), `rules: parse`, `rules: resolve` (names, imports, fixtures) and
    /// `rules: check` (types).
    public static func check(path: String, sources: SourceMap = SourceMap(), fileSystem: any RuleFileSystem = DiskFileSystem(),
                             parseCache: ParseCache? = nil, timings: inout StageTimings) -> CheckResult {
        var loader = RuleSetLoader(sources: sources, fileSystem: fileSystem)
        loader.parseCache = parseCache
        let started = DispatchTime.now().uptimeNanoseconds
        let ruleSet = loader.load(path: path)
        let loading = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        timings.add("rules: load", seconds: max(0, loading - loader.parseSeconds))
        timings.add("rules: parse", seconds: loader.parseSeconds)
        return check(loaded: ruleSet, sources: loader.sources, checkFixtures: fileSystem is DiskFileSystem, timings: &timings)
    }

    /// Checks a rule set already loaded (the REPL adds the declarations typed at its prompt).
    public static func check(loaded ruleSet: LoadedRuleSet, sources: SourceMap, checkFixtures: Bool) -> CheckResult {
        var timings = StageTimings()
        return check(loaded: ruleSet, sources: sources, checkFixtures: checkFixtures, timings: &timings)
    }

    /// ``check(loaded:sources:checkFixtures:)``, timing `rules: resolve` and `rules: check`.
    public static func check(loaded ruleSet: LoadedRuleSet, sources: SourceMap, checkFixtures: Bool,
                             timings: inout StageTimings) -> CheckResult {
        var diagnostics = ruleSet.diagnostics + timings.time("rules: resolve") { NameCheck.run(ruleSet, checkFixtures: checkFixtures) }
        var checked = CheckedRuleSet()
        // With a file missing, every name it declares would look unknown: report the missing
        // file only.
        if !diagnostics.contains(where: { $0.code.hasPrefix("import.") || $0.code.hasPrefix("io.") }) {
            let (typed, typeDiagnostics) = timings.time("rules: check") { Checker.check(ruleSet, reportUnused: !diagnostics.hasErrors) }
            checked = typed
            diagnostics += typeDiagnostics
        }
        return CheckResult(sources: sources, ruleSet: ruleSet, checked: checked, diagnostics: diagnostics.sortedByPosition())
    }
}

extension RuleSetChecker {
    /// Checks the rule pack built into the binary (the repository's `Rules/` at build time).
    public static func checkShipped(sources: SourceMap = SourceMap()) -> CheckResult {
        var timings = StageTimings()
        return checkShipped(sources: sources, timings: &timings)
    }

    /// ``checkShipped(sources:)``, timing its stages.
    public static func checkShipped(sources: SourceMap = SourceMap(), timings: inout StageTimings) -> CheckResult {
        check(path: ShippedRules.root, sources: sources,
              fileSystem: MemoryFileSystem(root: ShippedRules.root, files: ShippedRules.files), timings: &timings)
    }
}
