import RapportCore

/// The evaluator on well-typed rules over generated portfolios: no trap, and the typed paths
/// give exactly what the general path gives (findings and evaluation errors alike).
enum EvaluationTargets {
    /// Small generated teams (about 40 accounts), made once.
    static let portfolios: [Portfolio] = (1...3).compactMap { seed in
        var bytes: [UInt8] = []
        var writer = JSONStreamWriter { bytes.append(contentsOf: $0) }
        var generator = PortfolioGenerator(.init(accounts: 40, seed: UInt64(seed), asOf: CalendarDate(year: 2026, month: 11, day: 27)!))
        guard (try? generator.write(to: &writer)) != nil else { return nil }
        var sources = SourceMap()
        return PortfolioLoader.load(bytes: bytes, path: "generated.json", syntax: .json, sources: &sources).portfolio
    }

    static let dates: [CalendarDate?] = [nil, CalendarDate(year: 1, month: 1, day: 1), CalendarDate(year: 9999, month: 12, day: 31),
                                         CalendarDate(year: 2024, month: 2, day: 29)]

    static func eval(_ bytes: [UInt8]) {
        guard bytes.count >= 3, !portfolios.isEmpty else { return }
        let portfolio = portfolios[Int(bytes[0]) % portfolios.count]
        let subjects: [(String, EntityType)] = [("account", .account), ("rep", .rep), ("lead", .lead), ("opportunity", .opportunity),
                                                ("contact", .contact), ("activity", .activity), ("team", .team)]
        let (keyword, entity) = subjects[Int(bytes[1]) % subjects.count]
        var generator = ExpressionGenerator(Array(bytes.dropFirst(3)), subject: ("s", entity))
        let depth = 4
        let letValue = generator.anyValue(depth)
        let condition = generator.boolean(depth)
        let hole = generator.anyValue(depth - 1)
        let rule = """
        rule fuzz
          severity warning
          for each \(keyword) s
          let v = \(letValue)
          when \(condition)
          advise "{\(hole)} / {v}"
        end

        """
        let checked = RuleSetChecker.check(path: "/fuzz/rule.rapport",
                                           fileSystem: MemoryFileSystem(root: "/fuzz", files: ["rule.rapport": rule]))
        _ = DiagnosticRenderer(sources: checked.sources).render(checked.diagnostics)
        guard !checked.diagnostics.hasErrors else {
            // The generator writes only well-typed rules: the one error allowed is a literal out of range.
            FuzzTargets.require(checked.diagnostics.allSatisfy { $0.severity != .error || $0.code == "type.out_of_range" },
                                "the generator wrote a rule the checker refuses:\n\(rule)\n"
                                + DiagnosticRenderer(sources: checked.sources).render(checked.diagnostics))
            return
        }
        var options = LintOptions()
        options.parallel = false
        options.asOf = dates[Int(bytes[2]) % dates.count]
        let typed = LintEngine.lint(checked.checked, on: portfolio, sources: checked.sources, options: options)
        options.typedEvaluation = false
        let general = LintEngine.lint(checked.checked, on: portfolio, sources: checked.sources, options: options)
        FuzzTargets.require(typed.findings.map(PortfolioTargets.Key.init) == general.findings.map(PortfolioTargets.Key.init),
                            "typed and general paths give different findings for:\n\(rule)")
        FuzzTargets.require(typed.errors.map(\.summary) == general.errors.map(\.summary),
                            "typed and general paths fail differently for:\n\(rule)\n\(typed.errors.map(\.summary))\n\(general.errors.map(\.summary))")
        _ = CoachingAgenda.render(CoachingAgenda.build(typed.findings, top: 3), team: "t", asOf: portfolio.asOf)
        // The same well-typed rule compiles to SQL for every dialect, or is named as left out.
        for dialect in SQLDialect.allCases {
            let program = SQLRuleCompiler.compile(checked.checked, dialect: dialect, asOf: options.asOf)
            FuzzTargets.require(program.queries.count + program.leftOut.count == checked.checked.rules.count, "SQL lost a rule:\n\(rule)")
        }
    }
}
