import Foundation
import RapportCore

/// `rapport-bench`: measures the portfolio loader (release build). Not a test: it prints figures.
///
///     swift run -c release rapport-bench loader [--sizes 10000,100000] [--runs 3]
///         generates portfolios (seed 1) and loads each in its own process, also with
///         Foundation's JSONSerialization and JSONDecoder on the smallest size for comparison
///     rapport-bench load FILE [--runs N] [--parser rapport|foundation|decoder]
///         loads one file; the peak RSS printed is that process's
///     rapport-bench lsp [--rules 1000] [--files 10] [--keystrokes 200]
///         the language server's time from a keystroke to diagnostics in a generated workspace
@main
enum Bench {
    static let usage = """
        usage: rapport-bench loader [--sizes 10000,100000] [--runs N]
               rapport-bench lint FILE [RULE...]
               rapport-bench stream FILE [RULE...]
               rapport-bench report FILE [--runs N]
               rapport-bench load FILE [--runs N] [--parser rapport|foundation|decoder]
               rapport-bench lsp [--rules 1000] [--files 10] [--keystrokes 200]

        """

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "loader" {
            loaderSuite(Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "lsp" {
            lspBench(Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "stream", arguments.count >= 2 {
            streamOnce(arguments[1], select: Array(arguments.dropFirst(2)))
            return
        }
        if arguments.first == "report", arguments.count >= 2 {
            reportRuns(arguments[1], runs: arguments.count >= 4 && arguments[2] == "--runs" ? Int(arguments[3]) ?? 3 : 3)
            return
        }
        if arguments.first == "lint", arguments.count >= 2 {
            lintOnce(arguments[1], select: Array(arguments.dropFirst(2)))
            return
        }
        guard arguments.first == "load", arguments.count >= 2 else {
            FileHandle.standardError.write(Data(usage.utf8))
            exit(2)
        }
        arguments.removeFirst()
        let path = arguments.removeFirst()
        var runs = 3
        var parser = "rapport"
        while let option = arguments.first {
            arguments.removeFirst()
            switch option {
            case "--runs": runs = Int(arguments.removeFirst()) ?? 3
            case "--parser": parser = arguments.removeFirst()
            default: FileHandle.standardError.write(Data("unknown option \(option)\n".utf8)); exit(2)
            }
        }
        let baselineKB = peakRSSKilobytes()
        var times: [Double] = []
        var size = 0
        var detail = ""
        var peakAfterFirstRun = 0
        for run in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            switch parser {
            case "foundation":
                let data = FileManager.default.contents(atPath: path)!
                size = data.count
                let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
                detail = "\((object["accounts"] as! [Any]).count) accounts (untyped tree, no validation)"
            case "decoder":
                let data = FileManager.default.contents(atPath: path)!
                size = data.count
                let decoded = try! JSONDecoder().decode(MinimalPortfolio.self, from: data)
                detail = "\(decoded.accounts.count) accounts (partial Codable model, no validation)"
            default:
                var sources = SourceMap()
                var pipeline = Pipeline()
                let load = pipeline.portfolio(at: path, sources: &sources)
                size = load.byteCount
                guard let portfolio = load.portfolio else {
                    FileHandle.standardError.write(Data("\(path) did not load: \(load.diagnostics.count) diagnostics\n".utf8))
                    exit(1)
                }
                detail = "\(portfolio.accounts.count) accounts, \(portfolio.activities.count) activities (validated, navigable)"
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            // Later runs can only add allocator slack; the first run's peak is the load's.
            if run == 0 { peakAfterFirstRun = peakRSSKilobytes() }
        }
        let peakMB = Double(peakAfterFirstRun) / 1024
        let sizeMB = Double(size) / 1_048_576
        let median = times.sorted()[times.count / 2]
        let baselineMB = Double(baselineKB) / 1024
        let line = String(format: "%@  parser=%@  size=%.1f MB  median=%.3f s  best=%.3f s  %.0f MB/s  peak RSS=%.0f MB (%.2f x file; %.2f x without the %.0f MB runtime baseline)  %@\n",
                          (path as NSString).lastPathComponent, parser, sizeMB, median, times.min()!, sizeMB / median,
                          peakMB, peakMB / sizeMB, (peakMB - baselineMB) / sizeMB, baselineMB, detail)
        FileHandle.standardOutput.write(Data(line.utf8))
    }
}

/// The process's peak resident set size so far.
func peakRSSKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

/// Enough of the format for JSONDecoder to walk every account and activity.
struct MinimalPortfolio: Decodable {
    struct Account: Decodable {
        let id: String
        let name: String
        let owner: String
        let activities: [Activity]?
        let contacts: [Contact]?
    }
    struct Activity: Decodable {
        let id: String
        let date: String
        let kind: String
    }
    struct Contact: Decodable {
        let id: String
        let name: String
    }
    let accounts: [Account]
}

/// Prints a line at once (the children print in between).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Generates portfolios of each size and loads each in a child process.
func loaderSuite(_ options: [String]) {
    var sizes = [10_000, 100_000]
    var runs = "5"
    var index = 0
    while index < options.count {
        switch options[index] {
        case "--sizes": sizes = options[index + 1].split(separator: ",").compactMap { Int($0) }
        case "--runs": runs = options[index + 1]
        default:
            FileHandle.standardError.write(Data(Bench.usage.utf8))
            exit(2)
        }
        index += 2
    }
    let folder = NSTemporaryDirectory() + "rapport-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).path
    say("Portfolio loader benchmark (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores); generated with seed 1")
    for size in sizes {
        let path = folder + "/portfolio-\(size).json"
        let start = DispatchTime.now().uptimeNanoseconds
        var generator = PortfolioGenerator(.init(accounts: size, seed: 1, asOf: CalendarDate(year: 2026, month: 11, day: 27)!))
        let file = try! AtomicFile(path: path)
        var writer = JSONStreamWriter { try file.write($0) }
        try! generator.write(to: &writer)
        try! file.commit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        say(String(format: "generated %d accounts in %.2f s", size, seconds))
        let parsers = size == sizes.min() ? ["rapport", "decoder", "foundation"] : ["rapport"]
        for parser in parsers {
            // posix_spawn and waitpid: Foundation's Process keeps a thread busy while waiting,
            // which would compete with the measured child on a small machine.
            let arguments = [me, "load", path, "--runs", runs, "--parser", parser]
            var argv = arguments.map { strdup($0) } + [nil]
            var pid: pid_t = 0
            guard posix_spawn(&pid, me, nil, nil, &argv, environ) == 0 else { fatalError("cannot start \(me)") }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            argv.forEach { free($0) }
        }
    }
}

/// Loads FILE, checks the shipped pack and evaluates it (optionally only some rules), printing
/// each phase's time, findings per second and the peak RSS.
func lintOnce(_ path: String, select: [String]) {
    func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    let start = now()
    var pipeline = Pipeline()
    var sources = SourceMap()
    let load = pipeline.portfolio(at: path, sources: &sources)
    guard let portfolio = load.portfolio else { fatalError("\(path) did not load") }
    let loaded = now()
    let rules = pipeline.rules(at: nil)
    let checked = now()
    var options = LintOptions()
    options.select = select
    // RAPPORT_BENCH_REPEAT evaluates several times (for profiling the evaluator, and because one
    // run on a shared machine varies by ±20%); the time in the summary line is the median.
    let repeats = max(1, Int(ProcessInfo.processInfo.environment["RAPPORT_BENCH_REPEAT"] ?? "1") ?? 1)
    var findings: [Finding] = []
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<repeats {
        // The previous run's findings are freed here, outside the timed evaluation.
        findings = []
        let start = now()
        let cpuStart = cpuSeconds()
        findings = pipeline.evaluate(rules, on: portfolio, options: options).findings
        walls.append(now() - start)
        cpus.append(cpuSeconds() - cpuStart)
    }
    let evaluation = walls.sorted()[walls.count / 2]
    // CPU time (both threads) varies less than wall time on a shared machine.
    say(String(format: "evaluation over %d runs: wall min %.2f s, median %.2f s; CPU (user + system, all threads) min %.2f s, median %.2f s",
               repeats, walls.min()!, evaluation, cpus.min()!, cpus.sorted()[cpus.count / 2]))
    // RAPPORT_BENCH_PER_RULE=1 also times each rule within one run of the selection (rules share
    // computed fields, so the first rule to use `is_key` carries its cost), slowest first.
    if ProcessInfo.processInfo.environment["RAPPORT_BENCH_PER_RULE"] == "1" {
        let times = LintEngine.profile(rules.checked, on: portfolio, sources: rules.sources, options: options)
        for (id, seconds, count) in times.sorted(by: { $0.seconds > $1.seconds }) {
            say(String(format: "  %7.1f ms  %7d findings  %@", seconds * 1000, count, id))
        }
    }
    let size = Double(load.byteCount) / 1_048_576
    say(String(format: "%@: %.0f MB, %d accounts; load %.2f s (%.0f MB/s), check %.3f s, evaluate %d rules %.2f s (%.0f findings/s, %d findings); total %.2f s; peak RSS %.0f MB",
               (path as NSString).lastPathComponent, size, portfolio.accounts.count, loaded - start, size / (loaded - start),
               checked - loaded, rules.checked.rules.filter { options.includes($0) }.count, evaluation,
               Double(findings.count) / evaluation, findings.count, checked - start + walls.reduce(0, +),
               Double(peakRSSKilobytes()) / 1024))
}

/// Lints `path` read in parts (``StreamingLint``), printing each phase's time and the peak RSS so far.
func streamOnce(_ path: String, select: [String]) {
    func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    var pipeline = Pipeline()
    let rules = pipeline.rules(at: nil)
    var options = LintOptions()
    options.select = select
    let start = now()
    var last = start
    var lastCPU = cpuSeconds()
    // CPU seconds per step too: on a shared machine they vary less than wall time.
    let result = pipeline.evaluateInParts(path: path, rules: rules, options: options) { phase in
        let time = now(), cpu = cpuSeconds()
        say(String(format: "  %6.2f s  %@ (CPU %.2f s; peak RSS so far %.0f MB)", time - last, phase, cpu - lastCPU,
                   Double(peakRSSKilobytes()) / 1024))
        last = time
        lastCPU = cpu
    }
    guard let result else { fatalError("\(path) cannot be streamed") }
    let linted = now()
    // What `rapport lint --format json -o /dev/null` does after the lint.
    let report = LintReport(path: path, team: result.team, asOf: result.asOf, findings: result.findings, snoozes: [],
                            failOn: .warning, rulesRun: rules.checked.rules.count)
    let reported = now()
    say(String(format: "  %6.2f s  report", reported - linted))
    let reportCPU = cpuSeconds()
    let run = LintRun(reports: [report], rules: RuleInfo.list(rules.checked.rules, sources: rules.sources), failOn: .warning)
    var bytes = 0
    JSONReporter().write(run) { bytes += $0.count }
    say(String(format: "  %6.2f s  JSON (%.0f MB; CPU %.2f s)", now() - reported, Double(bytes) / 1_048_576, cpuSeconds() - reportCPU))
    let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
    say(String(format: "%@: %.0f MB read in %d parts; %d findings; total %.2f s (%.0f MB/s); CPU %.2f s; peak RSS %.0f MB",
               (path as NSString).lastPathComponent, size, result.parts, result.findings.count, now() - start,
               size / (now() - start), cpuSeconds(), Double(peakRSSKilobytes()) / 1024))
}

/// Lints `path` once (streamed), then times the JSON report of the findings `runs` times.
func reportRuns(_ path: String, runs: Int) {
    func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    var pipeline = Pipeline()
    let rules = pipeline.rules(at: nil)
    guard let result = pipeline.evaluateInParts(path: path, rules: rules, options: LintOptions()) else {
        fatalError("\(path) cannot be streamed")
    }
    let report = LintReport(path: path, team: result.team, asOf: result.asOf, findings: result.findings, snoozes: [],
                            failOn: .warning, rulesRun: rules.checked.rules.count)
    let run = LintRun(reports: [report], rules: RuleInfo.list(rules.checked.rules, sources: rules.sources), failOn: .warning)
    for _ in 0..<runs {
        let start = now(), cpu = cpuSeconds()
        var bytes = 0
        JSONReporter().write(run) { bytes += $0.count }
        say(String(format: "JSON report of %d findings: %.0f MB in %.2f s (CPU %.2f s)", result.findings.count,
                   Double(bytes) / 1_048_576, now() - start, cpuSeconds() - cpu))
    }
}

/// User plus system CPU time of this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
