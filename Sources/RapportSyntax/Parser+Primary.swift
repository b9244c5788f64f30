import RapportBase

extension Parser {
    /// primary ::= literal | name | call | "(" expression ")" | list | conditional | quantified
    package mutating func parsePrimary() throws(ParseAbort) -> Expr {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            if let word = current.identifier, Vocabulary.durationUnits.contains(word), let unit = DurationUnit(word: word) {
                let unitToken = advance()
                return Expr(.duration(value, unit), token.span.to(unitToken.span))
            }
            return Expr(.number(value), token.span)
        case .percent(let value):
            advance()
            return Expr(.percent(value), token.span)
        case .date(let date):
            advance()
            return Expr(.date(date), token.span)
        case .period(let year, let quarter):
            advance()
            return Expr(.period(year: year, quarter: quarter), token.span)
        case .string(let parts):
            if inTemplate, parts.contains(where: { if case .hole = $0 { true } else { false } }) {
                let template = try parseTemplate("text")
                return Expr(.template(template), template.span)
            }
            advance()
            var text = ""
            for part in parts {
                switch part {
                case .text(let chunk, _): text += chunk
                case .hole(_, let span):
                    throw fail(.error("parse.template_not_allowed", "`{…}` values are only filled in inside title, advise and because",
                                      at: span, help: ["write `\\{` for a literal brace"]))
                }
            }
            return Expr(.text(text), token.span)
        case .keyword(.true), .keyword(.false):
            advance()
            return Expr(.boolean(token.isKeyword(.true)), token.span)
        case .identifier(let name):
            // A clause word at the start of a line starts the next clause, so `when x >` followed
            // by `advise …` reports the missing value, not a stray text.
            if token.startsLine && (Vocabulary.ruleClauses.contains(name) || Vocabulary.testClauses.contains(name)) {
                throw expected("a value after \(previous.describe)", code: "parse.expected_expression")
            }
            advance()
            guard current.isSymbol(.leftParen) else { return Expr(.name(name), token.span) }
            return try parseCall(Name(name, token.span))
        case .symbol(.leftParen):
            advance()
            let inner = try bracketed()
            guard current.isSymbol(.rightParen) else {
                throw fail(Diagnostic.error("parse.unclosed_paren", "expected `)` to close the `(` opened at line \(line(of: token.span)), found \(current.describe)",
                                            at: current.span, label: "expected `)` before this")
                    .with(secondary: token.span, "opened here"))
            }
            let close = advance()
            // Keep the parentheses in the span, so messages and `explain` show what was written.
            return Expr(inner.kind, token.span.to(close.span))
        case .symbol(.leftBracket):
            return try parseList()
        case .keyword(.if):
            return try parseConditional()
        case .keyword(.any), .keyword(.all), .keyword(.no):
            return try parseQuantified()
        case .invalid:
            advance()
            throw ParseAbort()
        default:
            if token.isSymbol(.star), previous.isSymbol(.leftParen), index >= 2, tokens[index - 2].identifier == "count" {
                // SQL's `count(*)`: Rapport counts a list.
                throw fail(.error("parse.expected_expression", "`count` counts a list: write `count(accounts)`, not `count(*)`",
                                  at: token.span, label: "name the list to count", help: ["count what matches with `count(accounts where is_key)`"]))
            }
            throw expected(index > 0 ? "a value after \(previous.describe)" : "a value", code: "parse.expected_expression")
        }
    }

    /// call ::= name "(" [ expression { "," expression } ] ")"
    package mutating func parseCall(_ name: Name) throws(ParseAbort) -> Expr {
        let open = advance()
        let (arguments, close) = try parseItems(until: .rightParen, "`,` or `)` to close the call to `\(name.text)` opened at line \(line(of: open.span))")
        return try checked(Expr(.call(name, arguments), name.span.to(close.span)))
    }

    /// list ::= "[" [ expression { "," expression } ] "]"
    package mutating func parseList() throws(ParseAbort) -> Expr {
        let open = advance()
        let (items, close) = try parseItems(until: .rightBracket, "`,` or `]` to close the list opened at line \(line(of: open.span))")
        return try checked(Expr(.list(items), open.span.to(close.span)))
    }

    /// Comma-separated expressions up to and including `close`.
    package mutating func parseItems(until close: Symbol, _ what: String) throws(ParseAbort) -> ([Expr], Token) {
        var items: [Expr] = []
        if !current.isSymbol(close) {
            while true {
                items.append(try bracketed())
                guard current.isSymbol(.comma) else { break }
                advance()
            }
        }
        guard current.isSymbol(close) else { throw expected(what) }
        return (items, advance())
    }

    /// conditional ::= "if" expression "then" expression "else" expression
    package mutating func parseConditional() throws(ParseAbort) -> Expr {
        let keyword = advance()
        return try nested { parser throws(ParseAbort) in
            let condition = try parser.parseExpression()
            guard parser.current.isKeyword(.then) else { throw parser.expected("`then` after the condition of `if`") }
            parser.advance()
            let then = try parser.parseExpression()
            guard parser.current.isKeyword(.else) else { throw parser.expected("`else` and a value for when the condition is false") }
            parser.advance()
            let otherwise = try parser.parseExpression()
            return try parser.checked(Expr(.conditional(condition, then, otherwise), keyword.span.to(otherwise.span)))
        }
    }

    /// quantified ::= ("any" | "all" | "no") name "in" coalesce ":" expression
    package mutating func parseQuantified() throws(ParseAbort) -> Expr {
        let keyword = advance()
        let quantifier = Quantifier(rawValue: Parser.keywordText(keyword))!
        return try nested { parser throws(ParseAbort) in
            let binder = try parser.expectName("a name after `\(quantifier.rawValue)`, as in `\(quantifier.rawValue) c in a.contacts: …`")
            guard parser.current.isKeyword(.in) else { throw parser.expected("`in` after `\(quantifier.rawValue) \(binder.text)`") }
            parser.advance()
            let collection = try parser.parseCoalesce()
            guard parser.current.isSymbol(.colon) else {
                throw parser.expected("`:` and a condition, as in `\(quantifier.rawValue) \(binder.text) in …: \(binder.text).kind == \"meeting\"`")
            }
            parser.advance()
            let body = try parser.parseExpression()
            return try parser.checked(Expr(.quantified(quantifier, binder, collection, body), keyword.span.to(body.span)))
        }
    }

    /// template ::= string with hole ::= "{" expression [ "as" format ] "}"
    package mutating func parseTemplate(_ what: String) throws(ParseAbort) -> Template {
        guard case .string(let tokenParts) = current.kind else { throw expected(what) }
        let token = advance()
        var parts: [Template.Part] = []
        var failed = false
        for part in tokenParts {
            switch part {
            case .text(let text, let span):
                parts.append(.text(text, span))
            case .hole(let tokens, let span):
                var sub = Parser(tokens: tokens, source: source, lexicalErrors: lexicalErrors, nesting: nesting)
                sub.inTemplate = true
                do throws(ParseAbort) {
                    let (expr, format) = try sub.parseHole(span)
                    parts.append(.hole(expr, format: format, span: span))
                } catch {
                    failed = true
                }
                diagnostics += sub.diagnostics
            }
        }
        if failed { throw ParseAbort() }
        return Template(parts: parts, span: token.span)
    }

    /// The inside of one hole, whose tokens end with `.eof` standing for `}`.
    package mutating func parseHole(_ span: Span) throws(ParseAbort) -> (Expr, Name?) {
        if atEnd {
            throw fail(.error("parse.empty_hole", "`{}` holds no value", at: span,
                              help: ["put a value inside, as in `{a.name}`, or write `\\{` for a literal brace"]))
        }
        let expr = try nested { parser throws(ParseAbort) in try parser.parseExpression() }
        var format: Name?
        if current.isKeyword(.as) {
            advance()
            format = try expectWord(Vocabulary.formats, code: "parse.unknown_format",
                                    message: "a value in text is shown `as` one of \(Vocabulary.formats.commaList())")
        }
        guard atEnd else {
            throw fail(.error("parse.unexpected_token", "expected `}` or `as` after the value, found \(current.describe)",
                              at: current.span, label: "expected `}`"))
        }
        return (expr, format)
    }
}
