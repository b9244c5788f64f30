import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports
import RapportData

/// The REPL's help: the command list, and topics whose text lives in `REPL/help/`.
public enum ReplHelp {
    /// Topic names, in order.
    public static var topicNames: [String] { EmbeddedData.helpTopics.map(\.name) }

    /// `:help` (the commands) or `:help TOPIC`.
    public static func text(_ topic: String) -> String {
        if topic.isEmpty {
            var out = "Type an expression of the rule language to evaluate it, e.g. `count(accounts where is_key and growth_plan is missing)`.\n"
            out += "`let`, `param`, `define` and `rule … end` typed here extend the session. Commands:\n"
            let width = ReplSession.commands.map(\.usage.count).max() ?? 0
            for command in ReplSession.commands {
                out += "  " + command.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + command.summary + "\n"
            }
            return out
        }
        let name = topic.hasPrefix(":") ? String(topic.dropFirst()) : topic
        if let found = EmbeddedData.helpTopics.first(where: { $0.name == name }) { return found.text }
        if let command = ReplSession.commands.first(where: { $0.name == name }) { return "\(command.usage)\n  \(command.summary)\n" }
        let hint = NameSuggester.suggest(name, from: topicNames + ReplSession.commands.map(\.name)).map { "; did you mean `\($0)`?" } ?? ""
        return "no help topic `\(name)`\(hint). Topics: \(topicNames.joined(separator: ", "))\n"
    }
}
