import ArgumentParser
import Foundation
import RapportCore

/// The `rapport` command: a thin shell over RapportCore that parses options, calls the library,
/// prints, and chooses the exit code (0 clean, 1 findings or errors in rules, 2 usage or input error).
@main
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Coaching assistant for relationship selling: rules, portfolios, coaching agendas.",
        discussion: """
        Trainers write coaching rules in the Rapport rule language (.rapport files); managers and \
        operations run them over a team's portfolio. Start with `rapport coach` (the example team built into rapport) or `rapport repl`.
        """,
        version: RapportVersion.described,
        subcommands: [Coach.self, Repl.self, Lint.self, History.self, SnoozeCommand.self, Import.self, Explain.self, Check.self, Test.self, Fmt.self,
                      Inspect.self, Generate.self, SchemaCommand.self, SQLCommand.self, Export.self, Load.self, LSP.self]
    )

    /// Runs the command, mapping usage errors to exit code 2 (argument parser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as AtomicFile.Failure {
            // Input and output problems are exit 2, like unreadable input.
            Frontend().show([Diagnostic(.error, code: "io.write_failed", message: failure.description)])
            Foundation.exit(2)
        } catch let failure as FileReader.Failure {
            Frontend().show([Diagnostic(.error, code: "io.unreadable", message: "cannot read a file: \(failure.reason)")])
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                FileHandle.standardError.write(Data("Run `rapport --help` for usage.\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
