import Foundation

// Writes EmbeddedData.swift for the EmbedData build plugin:
//   rapport-embed OUTPUT RULES_FOLDER EXAMPLE_TEAM_JSON HELP_FOLDER GIT_FOLDER
// Each text becomes a raw string literal with enough `#` that no line of it can end the literal.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 5 else {
    FileHandle.standardError.write(Data("usage: rapport-embed OUTPUT RULES_FOLDER EXAMPLE_TEAM_JSON HELP_FOLDER GIT_FOLDER\n".utf8))
    exit(2)
}
let (output, rulesFolder, examplePath, helpFolder, gitFolder) = (arguments[1], arguments[2], arguments[3], arguments[4], arguments[5])

func read(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("rapport-embed: cannot read \(path)\n".utf8))
        exit(1)
    }
    return String(decoding: data, as: UTF8.self)
}

func files(_ folder: String, ending suffix: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
}

/// `text` as a Swift raw string literal, without its trailing newlines (one kept when asked).
func literal(_ text: String, trailingNewline: Bool = false) -> String {
    var body = text
    while body.hasSuffix("\n") { body.removeLast() }
    if trailingNewline { body += "\n" }
    var hashes = "#"
    // A raw literal ends at `"""` and interpolates at `\(`, each followed by its `#`s.
    while body.contains("\"\"\"" + hashes) || body.contains("\\" + hashes) { hashes += "#" }
    return hashes + "\"\"\"\n" + body + "\n\"\"\"" + hashes
}

/// The commit a git folder's HEAD names (its first 12 hex digits), or nil outside a checkout.
func commit(gitFolder: String) -> String? {
    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: gitFolder + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }
    func hash(_ line: Substring) -> String? {
        let digits = line.prefix(40)
        return digits.count == 40 && digits.allSatisfy(\.isHexDigit) ? String(digits.prefix(12)) : nil
    }
    guard let head = text("HEAD")?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
    guard head.hasPrefix("ref: ") else { return hash(Substring(head)) }
    let ref = String(head.dropFirst(5))
    if let loose = text(ref) { return hash(Substring(loose)) }
    // A packed ref: "<hash> <ref>" lines.
    for line in (text("packed-refs") ?? "").split(separator: "\n") where line.hasSuffix(" " + ref) {
        return hash(line)
    }
    return nil
}

func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

var out = """
    // Generated at build time by the EmbedData plugin (Plugins/EmbedData) from Rules/*.rapport,
    // Examples/northwind-team.json, REPL/help/*.txt and .git's HEAD. Not committed; edit those files instead.

    /// The data files built into the binary.
    package enum EmbeddedData {
        /// The shipped rule pack: file name → text.
        package static let shippedRules: [String: String] = [

    """
for name in files(rulesFolder, ending: ".rapport") {
    out += "        \(quoted(name)): \(literal(read(rulesFolder + "/" + name))),\n"
}
out += "    ]\n\n    /// The REPL's help topics: name (the file name without its order prefix) and text, in file order.\n"
out += "    package static let helpTopics: [(name: String, text: String)] = [\n"
for name in files(helpFolder, ending: ".txt") {
    var topic = String(name.dropLast(4))
    if let dash = topic.firstIndex(of: "-"), topic[..<dash].allSatisfy(\.isNumber) { topic = String(topic[topic.index(after: dash)...]) }
    out += "        (\(quoted(topic)), \(literal(read(helpFolder + "/" + name), trailingNewline: true))),\n"
}
out += "    ]\n\n    /// The bundled example team's JSON text.\n"
out += "    package static let exampleTeam = \(literal(read(examplePath)))\n\n"
out += "    /// The commit this binary is built from (12 hex digits), nil when built outside a git checkout.\n"
out += "    package static let commit: String? = \(commit(gitFolder: gitFolder).map(quoted) ?? "nil")\n}\n"

// Written only when it changed, so an unchanged input does not recompile the module.
if FileManager.default.contents(atPath: output).map({ String(decoding: $0, as: UTF8.self) }) != out {
    do {
        try Data(out.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
        FileHandle.standardError.write(Data("rapport-embed: cannot write \(output): \(error)\n".utf8))
        exit(1)
    }
}
