import RapportBase

/// The result of parsing one file: the syntax tree (always produced) and the diagnostics.
public struct ParsedFile: Sendable {
    /// The declarations that could be read; erroneous parts are left out or marked.
    public let ast: RuleFile
    /// Lexical and syntax errors, sorted by position.
    public let diagnostics: [Diagnostic]
}

/// Thrown to unwind to the nearest recovery point after an error has been reported.
package struct ParseAbort: Error {}

/// A recursive-descent parser for the rule language; see `Grammar/rapport.ebnf`.
///
/// Recovery: an error inside a clause skips to the next clause of the same rule, an error in a
/// declaration header skips to the next top-level declaration, so one bad rule never hides the
/// errors in the others and one mistake gives one message.
public struct Parser {
    package var tokens: [Token]
    package var index = 0
    package let file: FileID
    package let source: SourceFile
    package var diagnostics: [Diagnostic] = []
    /// Spans the lexer already complained about; the parser stays quiet about them.
    package var lexicalErrors: [Span]
    package var nesting: Int
    /// True while parsing the condition of `where` or the key of `by`, which end at the next `where`/`by`.
    package var inFilterOperand = false
    /// True inside a template hole, where text with holes of its own is allowed.
    package var inTemplate = false
    /// Names of params and defines whose declaration failed to parse.
    package var brokenNames: [String] = []

    /// Parentheses, lists, calls and similar nest at most this deep.
    public static let maxNesting = 64
    /// Expression trees are at most this tall (long `+` chains count too; `and`/`or` chains do not).
    public static let maxDepth = 200

    /// Top-level declaration keywords, where recovery resumes.
    package static let declarationKeywords: Set<Keyword> = [.import, .param, .field, .define, .rule, .test]

    /// Lexes and parses `source`.
    public static func parse(_ source: SourceFile) -> ParsedFile {
        let lexed = Lexer.lex(source)
        var parser = Parser(tokens: lexed.tokens, source: source, lexicalErrors: lexed.diagnostics.compactMap(\.primarySpan), nesting: 0)
        parser.diagnostics = lexed.diagnostics
        let declarations = parser.parseDeclarations()
        return ParsedFile(ast: RuleFile(file: source.id, declarations: declarations, comments: lexed.comments,
                                        brokenNames: parser.brokenNames),
                          diagnostics: parser.diagnostics.sortedByPosition())
    }

    package init(tokens: [Token], source: SourceFile, lexicalErrors: [Span], nesting: Int) {
        self.tokens = tokens
        self.source = source
        self.file = source.id
        self.lexicalErrors = lexicalErrors
        self.nesting = nesting
    }

    // MARK: Token access

    package var current: Token { tokens[index] }
    package var previous: Token { tokens[max(0, index - 1)] }
    package func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }
    package var atEnd: Bool { current.kind == .eof }

    @discardableResult
    package mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    package func line(of span: Span) -> Int { source.location(of: span.start).line }

    // MARK: Errors

    /// Records `diagnostic` unless the lexer already reported a problem at that place, and
    /// returns the error to throw.
    package mutating func fail(_ diagnostic: Diagnostic) -> ParseAbort {
        let span = diagnostic.primarySpan
        let coveredByLexer = current.kind == .invalid || lexicalErrors.contains { lexical in
            guard let span else { return false }
            return lexical.start >= span.start && lexical.start <= max(span.end, span.start)
        }
        if !coveredByLexer { diagnostics.append(diagnostic) }
        return ParseAbort()
    }

    /// An "expected X, found Y" error at the current token.
    package mutating func expected(_ what: String, code: String = "parse.unexpected_token", label: String? = nil) -> ParseAbort {
        // At the end of the file, point just after the last token rather than at an empty line.
        let span = atEnd && index > 0 ? Span(file: file, start: previous.span.end, end: previous.span.end) : current.span
        return fail(.error(code, "expected \(what), found \(current.describe)", at: span, label: label ?? ""))
    }

    package mutating func expect(_ symbol: Symbol, _ what: String) throws(ParseAbort) -> Token {
        guard current.isSymbol(symbol) else { throw expected(what) }
        return advance()
    }

    /// A name: an identifier, or a reserved word (reported) so that parsing can go on.
    package mutating func expectName(_ what: String) throws(ParseAbort) -> Name {
        switch current.kind {
        case .identifier(let text):
            let token = advance()
            return Name(text, token.span)
        case .keyword(let keyword) where !current.startsLine:
            throw fail(.error("parse.reserved_word", "`\(keyword.rawValue)` is a reserved word and cannot be used as \(what)",
                              at: current.span, label: "reserved word"))
        default:
            throw expected(what)
        }
    }

    /// A contextual keyword from `choices`, with a "did you mean" for a near miss.
    package mutating func expectWord(_ choices: [String], code: String, message: String) throws(ParseAbort) -> Name {
        guard let word = current.identifier else {
            throw fail(.error(code, message, at: current.span, label: "found \(current.describe)"))
        }
        let token = advance()
        guard choices.contains(word) else {
            throw fail(.error(code, message, at: token.span, label: "unknown")
                .suggesting(NameSuggester.suggest(word, from: choices)))
        }
        return Name(word, token.span)
    }

    /// A plain string literal (no holes), as in `import` and `given`.
    package mutating func expectPlainString(_ what: String) throws(ParseAbort) -> (String, Span) {
        guard case .string(let parts) = current.kind else { throw expected(what) }
        let token = advance()
        var text = ""
        for part in parts {
            switch part {
            case .text(let chunk, _): text += chunk
            case .hole(_, let span):
                throw fail(.error("parse.template_not_allowed", "\(what) cannot contain `{…}`", at: span,
                                  help: ["write `\\{` for a literal brace"]))
            }
        }
        return (text, token.span)
    }

    // MARK: Declarations

    package mutating func parseDeclarations() -> [Declaration] {
        var declarations: [Declaration] = []
        while !atEnd {
            let start = index
            do throws(ParseAbort) {
                if let declaration = try parseDeclaration() { declarations.append(declaration) }
            } catch {
                skipToDeclaration()
            }
            if index == start { advance() }
        }
        return declarations
    }

    package mutating func parseDeclaration() throws(ParseAbort) -> Declaration? {
        switch current.kind {
        case .keyword(.import): return .import(try parseImport())
        case .keyword(.param): return .param(try parseParam())
        case .keyword(.field): return .field(try parseField())
        case .keyword(.define): return .define(try parseDefine())
        case .keyword(.rule): return .rule(try parseRule())
        case .keyword(.test): return .test(try parseTest())
        case .keyword(.end):
            throw fail(.error("parse.stray_end", "this `end` closes nothing", at: current.span,
                              label: "no open rule or test", help: ["remove it, or check the `rule` or `test` line above"]))
        case .invalid:
            advance()
            throw ParseAbort()
        default:
            var diagnostic = Diagnostic.error("parse.expected_declaration",
                                              "expected a declaration (rule, test, define, param, field or import), found \(current.describe)",
                                              at: current.span)
            if let word = current.identifier,
               let suggestion = NameSuggester.suggest(word, from: Parser.declarationKeywords.map(\.rawValue)) {
                diagnostic = diagnostic.suggesting(suggestion)
            } else if let word = current.identifier, Vocabulary.ruleClauses.contains(word) {
                diagnostic.help.append("`\(word)` belongs inside `rule … end`")
            }
            throw fail(diagnostic)
        }
    }

    /// Skips to the next top-level declaration keyword (or the end of the file).
    package mutating func skipToDeclaration() {
        while !atEnd {
            if case .keyword(let keyword) = current.kind, Parser.declarationKeywords.contains(keyword) { return }
            advance()
        }
    }

    package mutating func parseImport() throws(ParseAbort) -> ImportDecl {
        let keyword = advance()
        let (path, span) = try expectPlainString("a file name in quotes after `import`")
        return ImportDecl(path: path, pathSpan: span, span: keyword.span.to(span))
    }

    package mutating func parseParam() throws(ParseAbort) -> ParamDecl {
        let keyword = advance()
        let name = try expectName("a parameter name")
        let value = try remembering(name.text) { parser throws(ParseAbort) in
            _ = try parser.expect(.equal, "`=` and a default value after the parameter name")
            let value = try parser.parseExpression()
            try parser.expectDeclarationEnd(after: "the parameter's default value")
            return value
        }
        return ParamDecl(name: name, value: value, span: keyword.span.to(value.span))
    }

    package mutating func parseField() throws(ParseAbort) -> FieldDecl {
        let keyword = advance()
        let entity = try parseEntityName()
        _ = try expect(.dot, "`.` and a field name, as in `field account.nps: number`")
        let name = try expectName("a field name")
        _ = try expect(.colon, "`:` and a type, as in `field account.nps: number`")
        let type = try expectWord(Vocabulary.fieldTypes, code: "parse.unknown_type",
                                  message: "a field's type must be one of \(Vocabulary.fieldTypes.commaList())")
        try expectDeclarationEnd(after: "the field's type")
        return FieldDecl(entity: entity, name: name, type: type, span: keyword.span.to(type.span))
    }

    package mutating func parseEntityName() throws(ParseAbort) -> Name {
        try expectWord(Vocabulary.entityTypes, code: "parse.unknown_entity",
                       message: "expected an entity type (\(Vocabulary.entityTypes.commaList()))")
    }

    package mutating func parseDefine() throws(ParseAbort) -> DefineDecl {
        let keyword = advance()
        if current.identifier != nil && peek().isSymbol(.dot) {
            let entity = try parseEntityName()
            advance()
            let name = try expectName("a field name")
            let body = try remembering("\(entity.text).\(name.text)") { parser throws(ParseAbort) in
                _ = try parser.expect(.equal, "`=` and the field's definition")
                let body = try parser.parseExpression()
                try parser.expectDeclarationEnd(after: "the definition")
                return body
            }
            return DefineDecl(entity: entity, name: name, parameters: nil, body: body, span: keyword.span.to(body.span))
        }
        let name = try expectName("a name after `define`")
        guard current.isSymbol(.leftParen) else {
            if current.isSymbol(.equal) {
                throw fail(.error("parse.define_shape", "`define` needs an entity or parameters",
                                  at: name.span, label: "neither `account.\(name.text)` nor `\(name.text)(…)`",
                                  help: ["write `define account.\(name.text) = …` for a computed field, `define \(name.text)(x) = …` for a function, or `param \(name.text) = …` for a constant"]))
            }
            throw expected("`(` and parameters, or `.` and a field name")
        }
        brokenNames.append(name.text)
        let open = advance()
        var parameters: [Name] = []
        if !current.isSymbol(.rightParen) {
            repeat {
                if current.isSymbol(.comma) { advance() }
                parameters.append(try expectName("a parameter name"))
            } while current.isSymbol(.comma)
        }
        guard current.isSymbol(.rightParen) else {
            throw expected("`)` to close the parameters opened at line \(line(of: open.span))")
        }
        advance()
        _ = try expect(.equal, "`=` and the function's body")
        let body = try parseExpression()
        try expectDeclarationEnd(after: "the definition")
        brokenNames.removeLast()
        return DefineDecl(entity: nil, name: name, parameters: parameters, body: body, span: keyword.span.to(body.span))
    }

    /// Runs `body`; if it fails, remembers `name` as declared-but-broken so later stages do not
    /// report every use of it as unknown.
    package mutating func remembering<T>(_ name: String, _ body: (inout Parser) throws(ParseAbort) -> T) throws(ParseAbort) -> T {
        do throws(ParseAbort) {
            return try body(&self)
        } catch {
            brokenNames.append(name)
            throw error
        }
    }

    /// After a one-line declaration the next token must start another declaration.
    package mutating func expectDeclarationEnd(after what: String) throws(ParseAbort) {
        if atEnd { return }
        if case .keyword(let keyword) = current.kind, Parser.declarationKeywords.contains(keyword) { return }
        throw fail(.error("parse.unexpected_token", "expected a new declaration after \(what), found \(current.describe)",
                          at: current.span))
    }
}

extension Parser {
    /// Parses `source` as one expression (for `--param` values and the REPL).
    public static func parseStandaloneExpression(_ source: SourceFile) -> (Expr?, [Diagnostic]) {
        let lexed = Lexer.lex(source)
        var parser = Parser(tokens: lexed.tokens, source: source, lexicalErrors: lexed.diagnostics.compactMap(\.primarySpan), nesting: 0)
        parser.diagnostics = lexed.diagnostics
        do throws(ParseAbort) {
            let expr = try parser.parseExpression()
            if !parser.atEnd {
                throw parser.fail(.error("parse.unexpected_token", "expected the end of the value, found \(parser.current.describe)",
                                         at: parser.current.span))
            }
            return (parser.diagnostics.isEmpty ? expr : nil, parser.diagnostics)
        } catch {
            return (nil, parser.diagnostics)
        }
    }
}
