import RapportBase

extension Parser {
    /// Runs `body` one nesting level deeper, refusing (with a located error) past ``maxNesting``.
    package mutating func nested<T>(_ body: (inout Parser) throws(ParseAbort) -> T) throws(ParseAbort) -> T {
        guard nesting < Parser.maxNesting else {
            throw fail(.error("parse.nested_too_deeply", "this expression is nested too deeply", at: current.span,
                              label: "more than \(Parser.maxNesting) levels", help: ["split it with `let` or `define`"]))
        }
        nesting += 1
        defer { nesting -= 1 }
        return try body(&self)
    }

    /// Refuses a tree taller than ``maxDepth`` at the point where it grows too tall.
    package mutating func checked(_ expr: Expr) throws(ParseAbort) -> Expr {
        guard expr.depth <= Parser.maxDepth else {
            throw fail(.error("parse.nested_too_deeply", "this expression is too deeply nested to check", at: previous.span,
                              label: "more than \(Parser.maxDepth) levels", help: ["split it with `let` or `define`"]))
        }
        return expr
    }

    /// expression ::= or-expr
    package mutating func parseExpression() throws(ParseAbort) -> Expr {
        try parseLogical(.or)
    }

    /// or-expr ::= and-expr { "or" and-expr } ; and-expr ::= not-expr { "and" not-expr }
    package mutating func parseLogical(_ op: LogicalOperator) throws(ParseAbort) -> Expr {
        let keyword: Keyword = op == .or ? .or : .and
        let first = op == .or ? try parseLogical(.and) : try parseNot()
        guard current.isKeyword(keyword) else { return first }
        var items = [first]
        while current.isKeyword(keyword) {
            advance()
            items.append(op == .or ? try parseLogical(.and) : try parseNot())
        }
        return try checked(Expr(.logical(op, items), first.span.to(items.last!.span)))
    }

    /// not-expr ::= "not" not-expr | comparison
    package mutating func parseNot() throws(ParseAbort) -> Expr {
        var nots: [Token] = []
        while current.isKeyword(.not) { nots.append(advance()) }
        var expr = try parseComparison()
        for token in nots.reversed() { expr = try checked(Expr(.not(expr), token.span.to(expr.span))) }
        return expr
    }

    package static let comparisonSymbols: [Symbol: BinaryOperator] = [
        .equalEqual: .equal, .bangEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
        .greater: .greater, .greaterEqual: .greaterEqual,
    ]

    package var atComparisonOperator: Bool {
        if case .symbol(let symbol) = current.kind, Parser.comparisonSymbols[symbol] != nil { return true }
        if current.isKeyword(.in) || current.isKeyword(.is) || current.isKeyword(.within) { return true }
        if current.isKeyword(.not) && peek().isKeyword(.in) { return true }
        return current.isWord("before") || current.isWord("after")
    }

    /// comparison ::= coalesce [ comparison-tail ]  (comparisons do not chain)
    package mutating func parseComparison() throws(ParseAbort) -> Expr {
        let left = try parseCoalesce()
        if current.isSymbol(.equal) {
            // `owner = "Jonas Berg"`: SQL's comparison.
            throw fail(.error("parse.single_equals", "compare with `==`: a single `=` names something (in `param`, `define`, `let`)",
                              at: current.span, label: "did you mean `==`?", fixes: [FixIt(span: current.span, replacement: "==")]))
        }
        guard atComparisonOperator else { return left }
        let expr = try parseComparisonTail(left)
        if atComparisonOperator {
            throw fail(.error("parse.chained_comparison", "comparisons cannot be chained", at: current.span,
                              label: "second comparison", help: ["combine the two comparisons with `and`"]))
        }
        return expr
    }

    package mutating func parseComparisonTail(_ left: Expr) throws(ParseAbort) -> Expr {
        let token = advance()
        switch token.kind {
        case .symbol(let symbol):
            let right = try parseCoalesce()
            return try checked(Expr(.binary(Parser.comparisonSymbols[symbol]!, left, right), left.span.to(right.span)))
        case .keyword(.in):
            let right = try parseCoalesce()
            return try checked(Expr(.binary(.in, left, right), left.span.to(right.span)))
        case .keyword(.not):
            advance()
            let right = try parseCoalesce()
            return try checked(Expr(.binary(.notIn, left, right), left.span.to(right.span)))
        case .keyword(.is):
            if current.isKeyword(.not) {
                let not = current
                if peek().isWord("missing") || peek().isWord("present") {
                    let replacement = peek().isWord("missing") ? "present" : "missing"
                    throw fail(.error("parse.is_not", "write `is \(replacement)` instead of `is not \(peek().identifier!)`",
                                      at: not.span.to(peek().span), fixes: [FixIt(span: not.span.to(peek().span), replacement: replacement)]))
                }
            }
            let word = try expectWord(["missing", "present"], code: "parse.unexpected_token",
                                      message: "`is` is followed by `missing` or `present`")
            return Expr(.isMissing(left, present: word.text == "present"), left.span.to(word.span))
        case .keyword(.within):
            let direction = try expectWord(["last", "next"], code: "parse.unexpected_token",
                                           message: "`within` is followed by `last` or `next`, as in `within last 90 days`")
            let duration = try parseCoalesce()
            return try checked(Expr(.within(left, future: direction.text == "next", duration), left.span.to(duration.span)))
        default:
            let right = try parseCoalesce()
            let op: BinaryOperator = token.isWord("before") ? .before : .after
            return try checked(Expr(.binary(op, left, right), left.span.to(right.span)))
        }
    }

    /// coalesce ::= additive { "??" additive }
    package mutating func parseCoalesce() throws(ParseAbort) -> Expr {
        var left = try parseAdditive()
        while current.isSymbol(.questionQuestion) {
            advance()
            let right = try parseAdditive()
            left = try checked(Expr(.binary(.coalesce, left, right), left.span.to(right.span)))
        }
        return left
    }

    /// additive ::= multiplicative { ("+" | "-") multiplicative }
    package mutating func parseAdditive() throws(ParseAbort) -> Expr {
        var left = try parseMultiplicative()
        while current.isSymbol(.plus) || current.isSymbol(.minus) {
            let op: BinaryOperator = advance().isSymbol(.plus) ? .add : .subtract
            let right = try parseMultiplicative()
            left = try checked(Expr(.binary(op, left, right), left.span.to(right.span)))
        }
        return left
    }

    /// multiplicative ::= unary { ("*" | "/") unary }
    package mutating func parseMultiplicative() throws(ParseAbort) -> Expr {
        var left = try parseUnary()
        while current.isSymbol(.star) || current.isSymbol(.slash) {
            let op: BinaryOperator = advance().isSymbol(.star) ? .multiply : .divide
            let right = try parseUnary()
            left = try checked(Expr(.binary(op, left, right), left.span.to(right.span)))
        }
        return left
    }

    /// unary ::= "-" unary | postfix
    package mutating func parseUnary() throws(ParseAbort) -> Expr {
        var minuses: [Token] = []
        while current.isSymbol(.minus) { minuses.append(advance()) }
        var expr = try parsePostfix()
        for token in minuses.reversed() { expr = try checked(Expr(.negate(expr), token.span.to(expr.span))) }
        return expr
    }

    /// postfix ::= primary { "." name | "where" expression | "by" expression [ "desc" | "asc" ] }
    package mutating func parsePostfix() throws(ParseAbort) -> Expr {
        var expr = try parsePrimary()
        while true {
            if current.isSymbol(.dot) {
                advance()
                let name: Name
                switch current.kind {
                case .identifier(let text): name = Name(text, advance().span)
                case .keyword(let keyword) where !current.startsLine: name = Name(keyword.rawValue, advance().span)
                default: throw expected("a field name after `.`")
                }
                expr = try checked(Expr(.member(expr, name), expr.span.to(name.span)))
            } else if !inFilterOperand && current.isKeyword(.where) {
                advance()
                let condition = try filterOperand()
                expr = try checked(Expr(.filter(expr, condition), expr.span.to(condition.span)))
            } else if !inFilterOperand && current.isKeyword(.by) {
                advance()
                let key = try filterOperand()
                var end = key.span
                var descending = false
                if current.isWord("desc") || current.isWord("asc") {
                    descending = current.isWord("desc")
                    end = advance().span
                }
                expr = try checked(Expr(.sort(expr, key: key, descending: descending), expr.span.to(end)))
            } else {
                return expr
            }
        }
    }

    /// The condition after `where` or the key after `by`: a whole expression that stops at the
    /// next `where`, `by`, `desc` or `asc`, so `accounts where is_key by lifetime desc` chains.
    package mutating func filterOperand() throws(ParseAbort) -> Expr {
        try nested { parser throws(ParseAbort) in
            let saved = parser.inFilterOperand
            parser.inFilterOperand = true
            defer { parser.inFilterOperand = saved }
            return try parser.parseExpression()
        }
    }

    /// An expression in brackets, where `where` and `by` bind again.
    package mutating func bracketed() throws(ParseAbort) -> Expr {
        try nested { parser throws(ParseAbort) in
            let saved = parser.inFilterOperand
            parser.inFilterOperand = false
            defer { parser.inFilterOperand = saved }
            return try parser.parseExpression()
        }
    }
}
