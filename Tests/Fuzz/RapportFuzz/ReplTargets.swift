import RapportCore

/// REPL lines on the example team: each input is a script of lines.
enum ReplTargets {
    static func repl(_ bytes: [UInt8]) {
        let (opened, _) = ReplSession.open(rulesPath: nil, portfolioPath: ExampleTeam.path, portfolioBytes: Array(ExampleTeam.json.utf8))
        guard let session = opened else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Commands that touch files or the terminal are left out.
            if line.hasPrefix(":save") || line.hasPrefix(":output") || line.hasPrefix(":load") || line.hasPrefix(":rules") { continue }
            _ = session.submit(String(line))
        }
        _ = session.finish()
    }
}
