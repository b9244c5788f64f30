import Foundation
import RapportCore

/// `rapport-bench`: measures the portfolio loader (release build). Not a test: it prints figures.
///
///     rapport-bench load FILE [--runs N] [--parser rapport|foundation|decoder]
///
/// Run one file per process, so the peak RSS printed is that file's.
@main
enum Bench {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.first == "load", arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: rapport-bench load FILE [--runs N] [--parser rapport|foundation|decoder]\n".utf8))
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
                let load = PortfolioLoader.load(path: path, sources: &sources)
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
