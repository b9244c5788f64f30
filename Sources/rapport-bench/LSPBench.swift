import Foundation
import RapportCore

/// `rapport-bench lsp [--rules 1000] [--files 10] [--keystrokes 200]`: a workspace of generated
/// rules (one folder, `--files` files importing a shared file), one file open in the language
/// server, and a keystroke typed into it again and again: each is an incremental change and the
/// diagnostics published after it (the whole rule set checked again), timed from the change
/// to the diagnostics. Prints the median, 90th percentile and worst time;
/// RAPPORT_BENCH_STAGES=1 also prints the stages of one whole check without the parse cache.
func lspBench(_ options: [String]) {
    var rules = 1_000, files = 10, keystrokes = 200
    var index = 0
    while index + 1 < options.count {
        let value = Int(options[index + 1]) ?? 0
        switch options[index] {
        case "--rules": rules = value
        case "--files": files = value
        case "--keystrokes": keystrokes = value
        default: break
        }
        index += 2
    }
    let folder = NSTemporaryDirectory() + "rapport-lsp-bench-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let common = """
        param dark_after = 90 days
        param big_potential = 250000

        define account.last_touch = max(activities.date)
        define account.is_big = potential >= big_potential
        define share(part, whole) = if whole == 0 then 0 else part / whole

        """
    try? common.write(toFile: folder + "/common.rapport", atomically: true, encoding: .utf8)
    let perFile = max(1, rules / max(1, files))
    var texts: [String] = []
    for file in 0..<files {
        var text = "import \"common\"\n\n"
        for rule in 0..<perFile {
            let n = file * perFile + rule
            text += n % 2 == 0 ? """
                rule account_rule_\(n)
                  title    "Account rule \(n)"
                  severity \(["info", "suggestion", "warning"][n % 3])
                  tags     bench
                  for each account a
                  let last = a.last_touch
                  when     a.tier == "key" and a.potential > \(n * 10) and (last is missing or last before today - dark_after)
                  advise   "{a.name} ({a.potential as money}) has had no contact since {last as date}: rule \(n)."
                  because  "Generated for the language server benchmark."
                end


                """ : """
                rule rep_rule_\(n)
                  severity suggestion
                  for each rep r
                  let key = r.accounts where tier == "key" and is_big
                  when     count(key) > \(n) and share(count(key), count(r.accounts)) > 0.5
                  advise   "{r.name} holds {count(key)} big key accounts: rule \(n)."
                end


                """
        }
        texts.append(text)
        try? text.write(toFile: folder + "/rules_\(file).rapport", atomically: true, encoding: .utf8)
    }
    let server = LanguageServer()
    server.defersDiagnostics = true
    let uri = URL(fileURLWithPath: folder + "/rules_0.rapport").absoluteString
    func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }
    _ = server.handle(["jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["rootUri": URL(fileURLWithPath: folder).absoluteString]])
    var started = now()
    _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                       "params": ["textDocument": ["uri": uri, "languageId": "rapport", "version": 1, "text": texts[0]]]])
    let opened = server.publishStaleDiagnostics()
    let openTime = now() - started
    let clean = ((opened.first?["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == true
    // Type into the first rule's advice, one character at a time (line 9, after "rule 0").
    let line = 8
    let column = texts[0].split(separator: "\n", omittingEmptySubsequences: false)[line].utf16.count - 2
    var times: [Double] = []
    for stroke in 0..<keystrokes {
        let position: [String: Any] = ["line": line, "character": column + stroke]
        started = now()
        _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": uri, "version": stroke + 2],
            "contentChanges": [["range": ["start": position, "end": position], "text": "x"]],
        ]])
        let published = server.publishStaleDiagnostics()
        times.append(now() - started)
        if published.isEmpty { say("no diagnostics published after keystroke \(stroke)") }
    }
    times.sort()
    if ProcessInfo.processInfo.environment["RAPPORT_BENCH_STAGES"] != nil {
        var files: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            files[name] = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        var timings = StageTimings()
        let result = RuleSetChecker.check(path: folder, fileSystem: MemoryFileSystem(root: folder, files: files), timings: &timings)
        say(timings.stages.map { "\($0.name) \(String(format: "%.1f", $0.seconds * 1000)) ms" }.joined(separator: ", "))
        say(result.diagnostics.prefix(3).map(\.message).joined(separator: "\n"))
    }
    func ms(_ value: Double) -> String { String(format: "%.1f ms", value) }
    say("\(rules) rules in \(files) files (+ common.rapport), \(keystrokes) keystrokes into rules_0.rapport")
    say("open: \(ms(openTime)) (diagnostics \(clean ? "clean" : "NOT clean"))")
    say("keystroke to diagnostics: median \(ms(times[times.count / 2])), p90 \(ms(times[times.count * 9 / 10])), worst \(ms(times.last ?? 0))")
    say("peak RSS: \(peakRSSKilobytes() / 1024) MB")
}
