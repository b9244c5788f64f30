import Foundation

/// How long each stage of a run took, in the order the stages first ran. A stage that runs
/// more than once (a portfolio per file of a batch) adds up, and says how often it ran.
public struct StageTimings: Sendable {
    /// One stage: its name (`rules: parse`), total seconds and how often it ran.
    public struct Stage: Sendable, Equatable {
        public let name: String
        public fileprivate(set) var seconds: Double
        public fileprivate(set) var runs: Int
    }

    /// The stages, in the order they first ran.
    public private(set) var stages: [Stage] = []

    public init() {}

    /// Adds `seconds` to stage `name`.
    public mutating func add(_ name: String, seconds: Double, runs: Int = 1) {
        if let index = stages.firstIndex(where: { $0.name == name }) {
            stages[index].seconds += seconds
            stages[index].runs += runs
        } else {
            stages.append(Stage(name: name, seconds: seconds, runs: runs))
        }
    }

    /// Runs `body` as stage `name`.
    public mutating func time<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try body()
    }

    /// Adds every stage of `other` (a worker's stages to the batch's).
    public mutating func merge(_ other: StageTimings) {
        for stage in other.stages { add(stage.name, seconds: stage.seconds, runs: stage.runs) }
    }

    /// The seconds of stage `name` (0 when it did not run).
    public func seconds(_ name: String) -> Double { stages.first { $0.name == name }?.seconds ?? 0 }

    /// One line per stage and a total, aligned, for standard error:
    /// `rules: parse       2.1 ms`. Stages that ran on several files at once add up the time of
    /// each, so the total can exceed the wall-clock time.
    public func render() -> String {
        guard !stages.isEmpty else { return "" }
        let width = max(stages.map { $0.name.count + ($0.runs > 1 ? " (×\($0.runs))".count : 0) }.max() ?? 0, "total".count)
        func line(_ name: String, _ seconds: Double) -> String {
            let time = Self.format(seconds)
            return name + String(repeating: " ", count: max(1, width - name.count + 12 - time.count)) + time + "\n"
        }
        var text = "timings:\n"
        for stage in stages {
            text += "  " + line(stage.name + (stage.runs > 1 ? " (×\(stage.runs))" : ""), stage.seconds)
        }
        text += "  " + line("total", stages.reduce(0) { $0 + $1.seconds })
        return text
    }

    /// `0.42 ms`, `12.3 ms`, `1.82 s`.
    package static func format(_ seconds: Double) -> String {
        if seconds < 0.01 { return String(format: "%.2f ms", seconds * 1000) }
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1000) }
        return String(format: "%.2f s", seconds)
    }
}
