import ArgumentParser
import Foundation
import RapportCore

struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Ask questions of a portfolio in the rule language, and get 1:1 agendas (`:help` inside).",
        discussion: """
        Without a portfolio, the bundled example team opens. On a terminal, lines are edited with \
        GNU readline (TAB completes, history in $XDG_STATE_HOME/rapport/history or \
        $RAPPORT_HISTORY). When standard input or output is not a terminal, lines are read plainly \
        with no prompt, so `rapport repl team.json < questions.txt` runs as a script; it then \
        exits 1 if any line failed.
        """
    )

    @Argument(help: "A portfolio file (.json, .yaml); default: the bundled example team.", completion: ShellCompletions.portfolio)
    var portfolio: String?

    @Option(help: "A rule file or folder (default: the shipped pack).", completion: ShellCompletions.ruleFiles)
    var rules: String?

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "When the session ends, print the time of each stage it ran (rules, portfolio, evaluate) on standard error.")
    var timings = false

    func run() throws {
        let frontend = Frontend(color: color, timings: timings)
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let path = portfolio ?? ExampleTeam.path
        let bytes = ExampleTeam.bundledBytes(given: portfolio)
        let (opened, problems, sources) = ReplSession.open(rulesPath: rules, portfolioPath: path, portfolioBytes: bytes,
                                                           pipeline: &frontend.pipeline)
        guard let session = opened else { throw frontend.failure(problems, sources: sources, summary: "the REPL could not start") }
        session.colored = color.enabledForStderr
        if interactive { session.width = Terminal.width() }
        defer {
            frontend.pipeline = session.pipeline
            frontend.finish()
        }
        let editor: LineEditor = interactive
            ? ReadlineEditor(history: HistoryFile(path: HistoryFile.defaultPath()), completer: ReplCompleter(session: session))
            : PlainLineEditor()
        if interactive {
            // While the manager reads the banner and types, the other core computes is_key & co.
            session.warmUp()
            Terminal.out(session.banner)
        }
        var failed = false
        var block: [String] = []
        loop: while true {
            let prompt = session.isContinuing ? "   ...> " : "rapport> "
            switch editor.read(prompt: prompt) {
            case .end:
                if let unfinished = session.finish() {
                    failed = true
                    Terminal.err(unfinished.output)
                }
                break loop
            case .interrupted:
                session.cancelPending()
                block = []
            case .line(let line):
                block.append(line)
                let reply = session.submit(line)
                if reply.needsMore { continue }
                editor.remember(block.joined(separator: "\n"))
                block = []
                if reply.isError {
                    failed = true
                    Terminal.err(reply.output)
                } else {
                    Pager.show(reply.output, enabled: interactive && session.pager)
                }
                if reply.quit { break loop }
            }
        }
        if !interactive && failed { throw ExitCode(1) }
    }
}
