import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// `rapport lint --format html`: one self-contained page (inline CSS and SVG, no script, no
/// network) with a team overview and a section per rep: the agenda, the praise and charts.
/// Every value from the data is escaped.
public struct HTMLReporter: LintReporter {
    /// Corrections per rep on the agenda.
    public var top: Int

    public init(top: Int = 3) { self.top = top }

    package func esc(_ text: String) -> String { XMLText.escape(text, quotes: true) }

    public func render(_ run: LintRun) -> String {
        let title = run.reports.count == 1 ? "Coaching report: \(run.reports[0].team)" : "Coaching report: \(run.reports.count) portfolios"
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        out += "<title>\(esc(title))</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        out += "<header><h1>\(esc(title))</h1><p class=\"meta\">Rapport \(RapportVersion.current) · \(run.rules.count) rules"
        out += " · findings at or above <b>\(run.failOn.rawValue)</b> fail the run</p></header>\n<main>\n"
        for failure in run.failures {
            out += "<p class=\"notice error\"><b>\(esc(failure.path))</b> was not linted: \(esc(failure.message))</p>\n"
        }
        for (number, report) in run.reports.enumerated() { out += portfolio(report, number: number) }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    package func portfolio(_ report: LintReport, number: Int) -> String {
        let anchor = "p\(number)"
        var out = "<section class=\"portfolio\" id=\"\(anchor)\">\n<h2>\(esc(report.team))</h2>\n"
        out += "<p class=\"meta\">\(esc(report.path)) · as of \(report.asOf)"
        out += report.snoozed.isEmpty ? "" : " · \(report.snoozed.count) snoozed"
        out += "</p>\n"
        out += "<div class=\"cards\">"
        for severity in Severity.allCases.reversed() {
            let count = report.findings.filter { $0.severity == severity }.count
            out += "<div class=\"card \(severity.rawValue)\"><span class=\"count\">\(count)</span><span>\(severity.rawValue)</span></div>"
        }
        out += "</div>\n"
        if let coverage = report.coverageSummary { out += "<p class=\"notice\">\(esc(coverage))</p>\n" }
        for snooze in report.expiredSnoozes {
            out += "<p class=\"notice\">Snooze expired on \(snooze.until): <code>\(esc(snooze.rule))</code> for \(esc(snooze.subject))"
            out += " (\(esc(snooze.by)): \(esc(snooze.reason)))</p>\n"
        }
        let agendas = CoachingAgenda.build(report.findings, top: top)
        out += overview(report, agendas: agendas, anchor: anchor)
        for (index, agenda) in agendas.enumerated() {
            out += repSection(agenda, report: report, id: "\(anchor)-r\(index)")
        }
        if report.findings.isEmpty { out += "<p class=\"empty\">No rule fired: nothing to discuss.</p>\n" }
        return out + "</section>\n"
    }

    package func overview(_ report: LintReport, agendas: [RepAgenda], anchor: String) -> String {
        var out = "<h3>Team overview</h3>\n<table class=\"overview\">\n<thead><tr><th>Rep</th>"
        for severity in Severity.allCases.reversed() { out += "<th>\(severity.rawValue)</th>" }
        out += "<th>Top point</th></tr></thead>\n<tbody>\n"
        for (index, agenda) in agendas.enumerated() {
            let findings = agenda.findings
            let name = agenda.rep.map(\.name) ?? "Team meeting"
            out += "<tr><td><a href=\"#\(anchor)-r\(index)\">\(esc(name))</a></td>"
            for severity in Severity.allCases.reversed() {
                let count = findings.filter { $0.severity == severity }.count
                out += count == 0 ? "<td class=\"zero\">0</td>" : "<td class=\"\(severity.rawValue)\">\(count)</td>"
            }
            out += "<td>\(agenda.corrections.first.map { esc($0.findings[0].title + " · " + $0.subject.name) } ?? "—")</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<div class=\"charts\">\n"
        var themes: [String: Int] = [:]
        for finding in report.findings where finding.severity > .praise {
            for tag in finding.tags { themes[tag, default: 0] += 1 }
        }
        let themeItems = themes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { (label: $0.key, value: $0.value) }
        out += figure("Findings by theme", HTMLCharts.bars(themeItems, title: "Findings by theme (a finding counts under each of its tags)"))
        if let digest = report.digest {
            out += figure("Team activity mix", HTMLCharts.activityMix(digest.activityMix.last!, quarters: digest.activityQuarters,
                                                                      title: "Team activities per quarter"))
            out += figure("Key-account revenue", HTMLCharts.trend(digest.keyRevenue.last!, quarters: digest.revenueQuarters,
                                                                  title: "Revenue of key-tier accounts per quarter", format: digest.money))
        }
        return out + "</div>\n"
    }

    package func repSection(_ agenda: RepAgenda, report: LintReport, id: String) -> String {
        let heading = agenda.rep.map { "\(esc($0.name)) <span class=\"id\">\(esc($0.id))</span>" } ?? "Team meeting"
        var out = "<section class=\"rep\" id=\"\(id)\">\n<h3>\(heading)</h3>\n<div class=\"columns\">\n<div>\n"
        out += "<h4>To discuss</h4>\n"
        if agenda.corrections.isEmpty { out += "<p class=\"empty\">Nothing to correct.</p>\n" }
        out += "<ol class=\"agenda\">\n"
        let repeated = CoachingAgenda.repeatedNames(agenda)
        for point in agenda.corrections {
            out += "<li><span class=\"badge \(point.severity.rawValue)\">\(point.severity.rawValue)</span> "
            out += "<b>\(esc(CoachingAgenda.heading(point, repeated: repeated)))</b>"
            if let state = report.history?.state(of: point) { out += " <span class=\"id\">\(esc(state.label))</span>" }
            out += "\n<ul>\n"
            let rationales = Dictionary(point.findings.map { ($0.title, $0.rationale) }, uniquingKeysWith: { first, _ in first })
            for line in point.lines {
                out += "<li><b>\(esc(line.title))</b>: \(esc(line.text))"
                if let rationale = rationales[line.title] ?? nil { out += "<br><span class=\"why\">\(esc(rationale))</span>" }
                out += "</li>\n"
            }
            out += "</ul></li>\n"
        }
        out += "</ol>\n"
        if agenda.moreCorrections > 0 {
            out += "<p class=\"more\">… and \(agenda.moreCorrections) more point\(agenda.moreCorrections == 1 ? "" : "s").</p>\n"
        }
        if !agenda.praise.isEmpty {
            out += "<h4>To praise</h4>\n<ul class=\"praise\">\n"
            for point in agenda.praise {
                for line in CoachingAgenda.praiseLines(point, agenda: agenda) { out += "<li>\(esc(line))</li>\n" }
            }
            out += "</ul>\n"
        }
        out += "</div>\n<div>\n"
        if let series = report.trend[agenda.rep?.id ?? ""], !series.isEmpty {
            out += figure("Open findings per recorded 1:1", HTMLCharts.bars(series.map { ("\($0.date)", $0.open) },
                                                                             title: "Open findings of \(agenda.rep?.name ?? "the team") per recorded run"))
        }
        if let rep = agenda.rep, let digest = report.digest, Int(rep.index) < digest.reps.count {
            let slot = Int(rep.index)
            out += figure("Activity mix", HTMLCharts.activityMix(digest.activityMix[slot], quarters: digest.activityQuarters,
                                                                 title: "Activities of \(rep.name) per quarter"))
            out += figure("Key-account revenue", HTMLCharts.trend(digest.keyRevenue[slot], quarters: digest.revenueQuarters,
                                                                  title: "Revenue of \(rep.name)'s key-tier accounts", format: digest.money))
        }
        out += "</div>\n</div>\n"
        let all = agenda.findings
        if !all.isEmpty {
            out += "<details><summary>All \(all.count) finding\(all.count == 1 ? "" : "s")</summary>\n<table class=\"findings\">\n"
            out += "<thead><tr><th>Severity</th><th>Subject</th><th>Finding</th><th>Rule</th></tr></thead>\n<tbody>\n"
            for finding in all {
                out += "<tr><td><span class=\"badge \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span></td>"
                out += "<td>\(esc(finding.subject.name))</td><td><b>\(esc(finding.title))</b><br>\(esc(finding.message))</td>"
                out += "<td><code>\(esc(finding.rule))</code><br><span class=\"id\">\(esc(finding.location.file)):\(finding.location.line)</span></td></tr>\n"
            }
            out += "</tbody>\n</table>\n</details>\n"
        }
        return out + "</section>\n"
    }

    package func figure(_ caption: String, _ chart: String) -> String {
        "<figure>\(chart)<figcaption>\(esc(caption))</figcaption></figure>\n"
    }

    package static let css = """
    :root { --ink: #1d2733; --muted: #5d6b7a; --line: #d9e0e7; --critical: #b3261e; --warning: #b86e00;
      --suggestion: #2f6f9f; --info: #5d6b7a; --praise: #2e7d4f; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f5f7f9; }
    header { background: #1d2733; color: #fff; padding: 18px 32px; }
    header h1 { margin: 0; font-size: 22px; }
    header .meta { color: #c4ceda; margin: 4px 0 0; }
    main { max-width: 1100px; margin: 0 auto; padding: 8px 24px 48px; }
    section.portfolio { margin-top: 20px; }
    section.rep { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 20px 14px; margin: 16px 0; }
    h2 { margin: 12px 0 0; } h3 { margin: 18px 0 8px; } h4 { margin: 10px 0 4px; color: var(--muted); text-transform: uppercase; font-size: 12px; letter-spacing: .05em; }
    .meta, .id, .more, .empty { color: var(--muted); }
    .id { font-size: 12px; margin-left: 4px; }
    .cards { display: flex; gap: 10px; margin: 12px 0; flex-wrap: wrap; }
    .card { background: #fff; border: 1px solid var(--line); border-top: 4px solid; border-radius: 6px; padding: 6px 14px; min-width: 100px; }
    .card .count { display: block; font-size: 24px; font-weight: 600; }
    .card.critical { border-top-color: var(--critical); } .card.warning { border-top-color: var(--warning); }
    .card.suggestion { border-top-color: var(--suggestion); } .card.info { border-top-color: var(--info); } .card.praise { border-top-color: var(--praise); }
    table { border-collapse: collapse; width: 100%; background: #fff; }
    th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: 12px; color: var(--muted); text-transform: uppercase; }
    td.zero { color: #b5bfc9; }
    td.critical { color: var(--critical); font-weight: 600; } td.warning { color: var(--warning); font-weight: 600; }
    td.praise { color: var(--praise); font-weight: 600; }
    .badge { display: inline-block; font-size: 11px; padding: 1px 6px; border-radius: 9px; color: #fff; background: var(--info); }
    .badge.critical { background: var(--critical); } .badge.warning { background: var(--warning); }
    .badge.suggestion { background: var(--suggestion); } .badge.praise { background: var(--praise); }
    .charts, .columns { display: flex; gap: 18px; flex-wrap: wrap; align-items: flex-start; }
    .columns > div:first-child { flex: 1 1 460px; } .columns > div:last-child { flex: 0 1 440px; }
    figure { margin: 8px 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
    figcaption { font-size: 12px; color: var(--muted); }
    svg.chart text { font-size: 11px; fill: var(--ink); }
    ol.agenda > li { margin-bottom: 8px; } ol.agenda ul { padding-left: 18px; }
    .why { color: var(--muted); font-style: italic; }
    ul.praise li::marker { content: "★ "; color: var(--praise); }
    .notice { background: #fff4e0; border-left: 4px solid var(--warning); padding: 6px 12px; }
    .notice.error { background: #fde8e6; border-left-color: var(--critical); }
    details { margin-top: 10px; } summary { cursor: pointer; color: var(--suggestion); }
    code { font-size: 12px; }

    """
}
