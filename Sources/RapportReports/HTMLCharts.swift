import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// Small inline SVG charts for the HTML report: no script, no network, every label escaped.
package enum HTMLCharts {
    package static func esc(_ text: String) -> String { XMLText.escape(text, quotes: true) }

    package static let kindColors: [ActivityKind: String] = [
        .meeting: "#2f6f9f", .call: "#6aa5d6", .email: "#b8c7d6", .demo: "#8e6bbf",
        .proposal: "#d08c2e", .qbr: "#2e9e6b", .workshop: "#1f5e47", .social: "#c75d7a",
    ]

    /// Horizontal bars, one per item, largest first as given.
    package static func bars(_ items: [(label: String, value: Int)], title: String, color: String = "#2f6f9f") -> String {
        guard !items.isEmpty else { return "<p class=\"empty\">No findings to chart.</p>" }
        let rowHeight = 22
        let labelWidth = 150
        let barWidth = 260
        let height = items.count * rowHeight + 8
        let maximum = max(1, items.map(\.value).max() ?? 1)
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(labelWidth + barWidth + 50) \(height)\" width=\"\(labelWidth + barWidth + 50)\" height=\"\(height)\">"
        svg += "<title>\(esc(title))</title>"
        for (row, item) in items.enumerated() {
            let y = row * rowHeight + 4
            let width = max(2, item.value * barWidth / maximum)
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\">\(esc(item.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"\(color)\" rx=\"2\"/>"
            svg += "<text x=\"\(labelWidth + width + 5)\" y=\"\(y + 14)\">\(item.value)</text>"
        }
        return svg + "</svg>"
    }

    /// Stacked columns of activities per quarter, with a legend of the kinds that occur.
    package static func activityMix(_ mix: PortfolioDigest.Mix, quarters: [FiscalQuarter], title: String) -> String {
        let kinds = ActivityKind.allCases.filter { mix.counts[$0] != nil }
        guard !kinds.isEmpty else { return "<p class=\"empty\">No activities in the last \(quarters.count) quarters.</p>" }
        let totals = quarters.indices.map { slot in kinds.reduce(0) { $0 + (mix.counts[$1]?[slot] ?? 0) } }
        let maximum = max(1, totals.max() ?? 1)
        let plotHeight = 120
        let columnWidth = 46
        let width = quarters.count * (columnWidth + 18) + 130
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(plotHeight + 40)\" width=\"\(width)\" height=\"\(plotHeight + 40)\">"
        svg += "<title>\(esc(title))</title>"
        for (slot, quarter) in quarters.enumerated() {
            let x = 10 + slot * (columnWidth + 18)
            var top = plotHeight + 10
            for kind in kinds {
                let count = mix.counts[kind]?[slot] ?? 0
                guard count > 0 else { continue }
                let height = max(1, count * plotHeight / maximum)
                top -= height
                svg += "<rect x=\"\(x)\" y=\"\(top)\" width=\"\(columnWidth)\" height=\"\(height)\" fill=\"\(kindColors[kind]!)\">"
                svg += "<title>\(quarter): \(count) \(kind.rawValue)</title></rect>"
            }
            svg += "<text x=\"\(x + columnWidth / 2)\" y=\"\(top - 3)\" text-anchor=\"middle\">\(totals[slot])</text>"
            svg += "<text x=\"\(x + columnWidth / 2)\" y=\"\(plotHeight + 26)\" text-anchor=\"middle\">\(quarter)</text>"
        }
        let legendX = 10 + quarters.count * (columnWidth + 18) + 4
        for (row, kind) in kinds.reversed().enumerated() {
            let y = 12 + row * 15
            svg += "<rect x=\"\(legendX)\" y=\"\(y - 9)\" width=\"10\" height=\"10\" fill=\"\(kindColors[kind]!)\"/>"
            svg += "<text x=\"\(legendX + 14)\" y=\"\(y)\">\(kind.rawValue)</text>"
        }
        return svg + "</svg>"
    }

    /// A line of revenue per quarter with the first and last values labelled.
    package static func trend(_ values: [Double], quarters: [FiscalQuarter], title: String, format: (Double) -> String) -> String {
        guard values.contains(where: { $0 != 0 }) else { return "<p class=\"empty\">No key-account revenue booked in these quarters.</p>" }
        let width = 420
        let height = 130
        let left = 10
        let plotWidth = width - 2 * left
        let maximum = max(1, values.max() ?? 1)
        let step = Double(plotWidth) / Double(max(1, values.count - 1))
        func y(_ value: Double) -> Int {
            // Negative or enormous amounts stay inside the chart (and never reach Int as infinity).
            let ratio = value / maximum
            return 20 + Int((1 - (ratio.isFinite ? min(max(ratio, -1), 1) : 0)) * Double(height - 50))
        }
        let points = values.enumerated().map { "\(left + Int(Double($0) * step)),\(y($1))" }.joined(separator: " ")
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
        svg += "<title>\(esc(title))</title>"
        svg += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"#2e9e6b\" stroke-width=\"2.5\"/>"
        for (index, value) in values.enumerated() {
            let x = left + Int(Double(index) * step)
            svg += "<circle cx=\"\(x)\" cy=\"\(y(value))\" r=\"3\" fill=\"#2e9e6b\"><title>\(quarters[index]): \(esc(format(value)))</title></circle>"
        }
        let lastX = left + Int(Double(values.count - 1) * step)
        svg += "<text x=\"\(left)\" y=\"\(height - 8)\">\(quarters.first!)</text>"
        svg += "<text x=\"\(lastX)\" y=\"\(height - 8)\" text-anchor=\"end\">\(quarters.last!)</text>"
        svg += "<text x=\"\(left)\" y=\"\(max(12, y(values.first!) - 6))\">\(esc(format(values.first!)))</text>"
        svg += "<text x=\"\(lastX)\" y=\"\(max(12, y(values.last!) - 6))\" text-anchor=\"end\">\(esc(format(values.last!)))</text>"
        return svg + "</svg>"
    }
}
