import CSV
import EssorCore
import Foundation

/// The programme report in each of its formats: Markdown and HTML from
/// the templates (PDF is made from the HTML), the indicator table as CSV,
/// and everything (figures and lists) as JSON.
public struct IndicatorReportDocument {
    public enum Format: String, Sendable, CaseIterable {
        case table, md, html, pdf, csv, json
    }

    public let report: IndicatorReport
    let programme: Programme?
    public let scopeName: String?
    let lang: Lang
    let now: Int64
    let clock: WallClock
    let templates: DocumentTemplates

    public init(
        _ report: IndicatorReport, programme: Programme?, scopeName: String?, lang: Lang, now: Int64,
        clock: WallClock = .paris, templates: DocumentTemplates = .standard
    ) {
        self.report = report
        self.programme = programme
        self.scopeName = scopeName
        self.lang = lang
        self.now = now
        self.clock = clock
        self.templates = templates
    }

    /// `rapport-2026-01-01-2026-12-31` or `rapport-<cohort>-…` (without
    /// extension).
    public var baseName: String {
        let scope = scopeName.map { "-" + ExportFiles.slug($0) } ?? ""
        return "rapport\(scope)-\(report.period.from.iso)-\(report.period.to.iso)"
    }

    var view: IndicatorReportView {
        IndicatorReportView(
            report, programme: programme, scopeName: scopeName, lang: lang, now: now, clock: clock)
    }

    public func markdown() -> String { templates.render("rapport.md", view) }

    public func html() -> String { templates.render("rapport.html", view) }

    /// The indicator table: one row per indicator, RCO01's split by size
    /// in its own columns; `;` and decimal commas in French.
    public func csv() throws -> String {
        let fr = lang == .fr
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: fr ? ";" : ",", newline: .crlf)
        try writer.write(
            row: ["code", tr("indicator", fr), tr("value", fr), tr("amount", fr)]
                + EnterpriseSize.allCases.map { $0.name(fr) } + [tr("rule", fr)])
        for indicator in report.indicators {
            let value = IndicatorTexts.value(indicator, fr)
            let amount =
                indicator.amount.map { DecimalFormat.string($0, lang: lang, maxFractionDigits: 2) } ?? ""
            let sizes = EnterpriseSize.allCases.map { size in
                indicator.code == .rco01 ? String(indicator.bySize[size] ?? 0) : ""
            }
            try writer.write(
                row: [indicator.code.rawValue, indicator.code.title(fr), value, amount] + sizes
                    + [indicator.code.rule(fr, thresholdMinutes: report.thresholdMinutes)])
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// Every figure and every list, in numbers (minutes, euros, FTE),
    /// with the texts the report prints beside them.
    public func json() -> IndicatorReportJSON {
        IndicatorReportJSON(report, scopeName: scopeName, lang: lang)
    }
}

/// The report as `--format json` writes it.
public struct IndicatorReportJSON: Encodable {
    struct Line: Encodable {
        let enterprise: String
        let siren: String?
        let structures: [Int64]
        let value: Double
        let text: String
    }

    struct IndicatorJSON: Encodable {
        let code: String
        let title: String
        let value: Double
        let amount: Double?
        let rule: String
        let bySize: [String: Int]?
        let counted: [Line]
        let notCounted: [Line]
        let unlisted: Int
    }

    struct CohortJSON: Encodable {
        let id: Int64
        let name: String
        let supportMinutes: Int
        let supported: Int
        let members: Int
    }

    struct KindJSON: Encodable {
        let kind: String
        let held: Int
        let planned: Int
        let minutesHeld: Int
    }

    struct MonthJSON: Encodable {
        let month: String
        let supportMinutes: Int
    }

    struct PartnerJSON: Encodable {
        let partner: String
        let daysPlanned: Double
        let daysUsed: Double
    }

    struct PersonJSON: Encodable {
        let person: String
        let structure: String
        let supportMinutes: Int
        let meetings: Int
    }

    struct EnterpriseJSON: Encodable {
        let enterprise: String
        let siren: String?
        let supportMinutes: Int
        let meetings: Int
    }

    let scope: String?
    let from: String
    let to: String
    let thresholdMinutes: Int
    let indicators: [IndicatorJSON]
    let enterprises: [EnterpriseJSON]
    let participants: [PersonJSON]
    let cohorts: [CohortJSON]
    let meetingsByKind: [KindJSON]
    let months: [MonthJSON]
    let partners: [PartnerJSON]

    init(_ report: IndicatorReport, scopeName: String?, lang: Lang) {
        let fr = lang == .fr
        func line(_ line: IndicatorLine) -> Line {
            Line(
                enterprise: line.enterprise.label, siren: line.enterprise.siren,
                structures: line.enterprise.structureIDs, value: line.exclusion == nil ? line.value : 0,
                text: IndicatorTexts.line(line, fr))
        }
        scope = scopeName
        from = report.period.from.iso
        to = report.period.to.iso
        thresholdMinutes = report.thresholdMinutes
        indicators = report.indicators.map { indicator in
            IndicatorJSON(
                code: indicator.code.rawValue, title: indicator.code.title(fr), value: indicator.value,
                amount: indicator.amount,
                rule: indicator.code.rule(fr, thresholdMinutes: report.thresholdMinutes),
                bySize: indicator.code == .rco01
                    ? Dictionary(
                        uniqueKeysWithValues: EnterpriseSize.allCases.map {
                            ($0.rawValue, indicator.bySize[$0] ?? 0)
                        })
                    : nil,
                counted: indicator.counted.map(line), notCounted: indicator.notCounted.map(line),
                unlisted: indicator.unlisted)
        }
        enterprises = report.hours.map {
            EnterpriseJSON(
                enterprise: $0.enterprise.label, siren: $0.enterprise.siren, supportMinutes: $0.minutes,
                meetings: $0.meetings)
        }
        participants = report.people.map {
            PersonJSON(
                person: $0.person, structure: $0.structure, supportMinutes: $0.minutes, meetings: $0.meetings)
        }
        cohorts = report.cohorts.map {
            CohortJSON(
                id: $0.cohortID, name: $0.name, supportMinutes: $0.minutes, supported: $0.supported,
                members: $0.members)
        }
        meetingsByKind = report.kinds.map {
            KindJSON(kind: $0.kind.rawValue, held: $0.held, planned: $0.planned, minutesHeld: $0.minutesHeld)
        }
        months = report.months.map {
            MonthJSON(month: String($0.month.iso.prefix(7)), supportMinutes: $0.minutes)
        }
        partners = report.partners.map {
            PartnerJSON(partner: $0.partner, daysPlanned: $0.planned, daysUsed: $0.used)
        }
    }
}
