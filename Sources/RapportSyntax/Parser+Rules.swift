import RapportBase

extension Parser {
    /// True when the current token can start a clause of a `rule` (or a `test` when `test` is set).
    package func atClauseStart(test: Bool) -> Bool {
        switch current.kind {
        case .keyword(.for), .keyword(.let), .keyword(.when): !test
        case .identifier(let word): (test ? Vocabulary.testClauses : Vocabulary.ruleClauses).contains(word)
        default: false
        }
    }

    package var atDeclarationOrEnd: Bool {
        if atEnd { return true }
        if case .keyword(let keyword) = current.kind { return keyword == .end || Parser.declarationKeywords.contains(keyword) }
        return false
    }

    /// Skips past a broken clause to the next clause that starts a line, `end`, or a declaration.
    package mutating func skipToClause(test: Bool) {
        advance()
        while !atDeclarationOrEnd && !(current.startsLine && atClauseStart(test: test)) { advance() }
    }

    /// Parses `rule ID … end`.
    package mutating func parseRule() throws(ParseAbort) -> RuleDecl {
        let keyword = advance()
        let id = try expectName("a rule id after `rule`")
        var rule = RuleDecl(id: id, span: keyword.span.to(id.span))
        var hasErrors = false
        parseBlock(kind: "rule", name: id, opener: keyword, test: false, hasErrors: &hasErrors) { parser, word throws(ParseAbort) in
            try parser.parseRuleClause(word, into: &rule)
        }
        rule.hasErrors = hasErrors
        rule.span = keyword.span.to(previous.span)
        if !rule.hasErrors { checkRequiredClauses(of: rule) }
        return rule
    }

    /// Parses `test RULE … end`.
    package mutating func parseTest() throws(ParseAbort) -> TestDecl {
        let keyword = advance()
        let rule = try expectName("the id of the rule under test after `test`")
        var test = TestDecl(rule: rule, span: keyword.span.to(rule.span))
        var hasErrors = false
        parseBlock(kind: "test", name: rule, opener: keyword, test: true, hasErrors: &hasErrors) { parser, word throws(ParseAbort) in
            try parser.parseTestClause(word, into: &test)
        }
        test.hasErrors = hasErrors
        test.span = keyword.span.to(previous.span)
        if !test.hasErrors && test.fixture == nil {
            diagnostics.append(.error("parse.missing_clause", "test of `\(rule.text)` has no `given` fixture", at: rule.span,
                                      help: ["add `given \"fixtures/example.json\"` (relative to this file)"]))
        }
        return test
    }

    /// The clause loop shared by rules and tests, up to and including `end`.
    package mutating func parseBlock(
        kind: String, name: Name, opener: Token, test: Bool, hasErrors: inout Bool,
        clause: (inout Parser, Name) throws(ParseAbort) -> Void
    ) {
        while true {
            if current.isKeyword(.end) {
                advance()
                return
            }
            if atDeclarationOrEnd {
                let found = atEnd ? "the file ends" : "\(current.describe) starts a new declaration"
                diagnostics.append(Diagnostic.error(
                    "parse.missing_end", "expected `end` to close \(kind) `\(name.text)` (opened at line \(line(of: opener.span)))",
                    at: current.span, label: "\(found) here").with(secondary: opener.span.to(name.span), "\(kind) opened here"))
                return
            }
            guard atClauseStart(test: test) else {
                hasErrors = true
                reportUnknownClause(kind: kind, test: test)
                skipToClause(test: test)
                continue
            }
            let wordToken = advance()
            let word = Name(wordToken.identifier ?? Parser.keywordText(wordToken), wordToken.span)
            do throws(ParseAbort) {
                try clause(&self, word)
                guard atDeclarationOrEnd || atClauseStart(test: test) else {
                    throw fail(.error("parse.unexpected_token", "expected the next clause or `end` after the `\(word.text)` clause, found \(current.describe)",
                                      at: current.span))
                }
            } catch {
                hasErrors = true
                if !atDeclarationOrEnd && !(current.startsLine && atClauseStart(test: test)) { skipToClause(test: test) }
            }
        }
    }

    package static func keywordText(_ token: Token) -> String {
        if case .keyword(let keyword) = token.kind { return keyword.rawValue }
        return ""
    }

    package mutating func reportUnknownClause(kind: String, test: Bool) {
        let clauses = test ? Vocabulary.testClauses : Vocabulary.ruleClauses
        var diagnostic = Diagnostic.error(
            "parse.unknown_clause", "expected a \(kind) clause (\(clauses.commaList())) or `end`, found \(current.describe)",
            at: current.span, label: "not a clause")
        if let word = current.identifier {
            diagnostic = diagnostic.suggesting(NameSuggester.suggest(word, from: clauses))
        }
        _ = fail(diagnostic)
    }

    package mutating func parseRuleClause(_ word: Name, into rule: inout RuleDecl) throws(ParseAbort) {
        let repeatable = word.text == "let" || word.text == "tags"
        if !repeatable, let first = rule.clauseSpans.first(where: { $0.keyword == word.text }) {
            throw fail(Diagnostic.error("parse.duplicate_clause", "rule `\(rule.id.text)` has a second `\(word.text)` clause",
                                        at: word.span, label: "second `\(word.text)`")
                .with(secondary: first.span, "first `\(word.text)` here"))
        }
        rule.clauseSpans.append((word.text, word.span))
        switch word.text {
        case "title": rule.title = try parseTemplate("the title in quotes")
        case "severity":
            rule.severity = try expectWord(
                Vocabulary.severities, code: "parse.bad_severity",
                message: "`severity` must be one of \(Vocabulary.severities.commaList())")
        case "tags":
            repeat {
                if current.isSymbol(.comma) { advance() }
                rule.tags.append(try expectName("a tag"))
            } while current.isSymbol(.comma)
        case "for":
            guard current.isWord("each") else { throw expected("`each` after `for`, as in `for each account a`") }
            let each = advance()
            let type = try expectWord(Vocabulary.subjectTypes, code: "parse.unknown_subject",
                                      message: "a rule is written for each \(Vocabulary.subjectTypes.commaList())")
            let variable = try expectName("a name for each \(type.text), as in `for each \(type.text) \(type.text.prefix(1))`")
            rule.subject = SubjectClause(type: type, variable: variable, span: word.span.to(each.span).to(variable.span))
        case "let":
            let name = try expectName("a name after `let`")
            _ = try expect(.equal, "`=` after `let \(name.text)`")
            let value = try parseExpression()
            rule.lets.append(LetClause(name: name, value: value, span: word.span.to(value.span)))
        case "when": rule.condition = try parseExpression()
        case "advise": rule.advice = try parseTemplate("the advice in quotes")
        case "because": rule.rationale = try parseTemplate("the reason in quotes")
        case "to": rule.coached = try parseExpression()
        case "priority": rule.priority = try parseExpression()
        default: break
        }
    }

    package mutating func checkRequiredClauses(of rule: RuleDecl) {
        let examples = [
            ("severity", "add `severity warning` (one of \(Vocabulary.severities.commaList()))"),
            ("for", "add `for each account a` to say what the rule looks at"),
            ("advise", "add `advise \"…\"` with what the manager should say"),
        ]
        for (clause, help) in examples where !rule.clauseSpans.contains(where: { $0.keyword == clause }) {
            let shown = clause == "for" ? "for each" : clause
            diagnostics.append(.error("parse.missing_clause", "rule `\(rule.id.text)` has no `\(shown)` clause",
                                      at: rule.id.span, label: "missing `\(shown)`", help: [help]))
        }
    }

    package mutating func parseTestClause(_ word: Name, into test: inout TestDecl) throws(ParseAbort) {
        switch word.text {
        case "given":
            if let first = test.fixture {
                throw fail(Diagnostic.error("parse.duplicate_clause", "a test has one `given` fixture", at: word.span,
                                            label: "second `given`").with(secondary: first.span, "first fixture here"))
            }
            let (path, span) = try expectPlainString("a fixture path in quotes after `given`")
            test.fixture = (path, span)
        default:
            test.expectations.append(try parseExpectation(word))
        }
    }

    /// `expect finding on "id"`, `expect no finding on "id"`, `expect N findings`.
    package mutating func parseExpectation(_ word: Name) throws(ParseAbort) -> Expectation {
        if case .number(let value) = current.kind {
            let count = advance()
            guard value >= 0, value == value.rounded(), value < 1_000_000_000 else {
                throw fail(.error("parse.bad_count", "a number of findings is a whole number", at: count.span))
            }
            guard current.isWord("findings") || current.isWord("finding") else {
                throw expected("`findings` after the number, as in `expect \(Int(value)) findings`")
            }
            let end = advance()
            return .count(Int(value), word.span.to(end.span))
        }
        let negated = current.isKeyword(.no)
        if negated { advance() }
        guard current.isWord("finding") else {
            throw expected(negated ? "`finding` after `expect no`" : "`finding`, `no finding` or a number of findings after `expect`")
        }
        advance()
        guard current.isWord("on") else { throw expected("`on` and a subject id, as in `finding on \"a-1\"`") }
        advance()
        let (id, span) = try expectPlainString("a subject id in quotes")
        return negated ? .noFinding(on: id, word.span.to(span)) : .finding(on: id, word.span.to(span))
    }
}
