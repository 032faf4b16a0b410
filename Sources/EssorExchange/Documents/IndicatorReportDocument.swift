import EssorCore
import Foundation

/// The programme report in each of its formats: Markdown and HTML from
/// the templates (PDF is made from the HTML), the indicator table as CSV,
/// every table as a workbook, and everything (figures and lists) as JSON.
public struct IndicatorReportDocument {
    public enum Format: String, Sendable, CaseIterable {
        case table, md, html, pdf, csv, json, xlsx
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
    /// in its own columns.
    public var indicatorTable: DataTable {
        let fr = lang == .fr
        let columns: [DataTable.Column] =
            [
                .init("Code", .text), .init(tr("Indicator", fr), .text), .init(tr("Value", fr), .decimal(2)),
                .init(tr("Amount", fr), .euros),
            ] + EnterpriseSize.allCases.map { .init($0.name(fr), .integer) } + [.init(tr("Rule", fr), .text)]
        let rows: [[DataTable.Value]] = report.indicators.map { indicator in
            [.text(indicator.code.rawValue), .text(indicator.code.title(fr)), .number(indicator.value)]
                + [.cell(indicator.amount)]
                + EnterpriseSize.allCases.map { size in
                    indicator.code == .rco01 ? .number(Double(indicator.bySize[size] ?? 0)) : .empty
                } + [.text(indicator.code.rule(fr, thresholdMinutes: report.thresholdMinutes))]
        }
        return DataTable(name: tr("Indicators", fr), columns: columns, rows: rows)
    }

    /// Every table of the report, one sheet each in a workbook: the
    /// indicators, what each counts and leaves out (enterprise by
    /// enterprise), and the figures around them.
    public var tables: [DataTable] {
        let fr = lang == .fr
        func hours(_ minutes: Int) -> DataTable.Value { .number(Double(minutes) / 60) }
        let counted = tr("yes", fr)
        let notCounted = tr("no", fr)
        var evidence: [[DataTable.Value]] = []
        for indicator in report.indicators {
            for (state, lines) in [(counted, indicator.counted), (notCounted, indicator.notCounted)] {
                for line in lines {
                    evidence.append([
                        .text(indicator.code.rawValue), .text(state), .text(line.enterprise.label),
                        .cell(line.enterprise.siren), .number(line.exclusion == nil ? line.value : 0),
                        .text(IndicatorTexts.line(line, fr)),
                    ])
                }
            }
        }
        return [
            indicatorTable,
            DataTable(
                name: tr("What each indicator counts", fr),
                columns: [
                    .init("Code", .text), .init(tr("Counted", fr), .text), .init(tr("Enterprise", fr), .text),
                    .init("SIREN", .identifier), .init(tr("Value", fr), .decimal(2)),
                    .init(tr("Evidence or reason", fr), .text),
                ], rows: evidence),
            DataTable(
                name: tr("Enterprises", fr),
                columns: [
                    .init(tr("Enterprise", fr), .text), .init("SIREN", .identifier),
                    .init(tr("Hours of support", fr), .hours), .init(tr("Meetings", fr), .integer),
                ],
                rows: report.hours.map {
                    [
                        .text($0.enterprise.label), .cell($0.enterprise.siren), hours($0.minutes),
                        .cell($0.meetings),
                    ]
                }),
            DataTable(
                name: tr("Participants", fr),
                columns: [
                    .init(tr("Person", fr), .text), .init(tr("Organisation", fr), .text),
                    .init(tr("Hours of support", fr), .hours), .init(tr("Meetings", fr), .integer),
                ],
                rows: report.people.map {
                    [.text($0.person), .cell($0.structure), hours($0.minutes), .cell($0.meetings)]
                }),
            DataTable(
                name: tr("By cohort", fr),
                columns: [
                    .init(tr("Cohort", fr), .text), .init(tr("Hours of support", fr), .hours),
                    .init(tr("Supported", fr), .integer), .init(tr("Members", fr), .integer),
                ],
                rows: report.cohorts.map {
                    [.text($0.name), hours($0.minutes), .cell($0.supported), .cell($0.members)]
                }),
            DataTable(
                name: tr("Meetings by kind", fr),
                columns: [
                    .init("Type", .text), .init(tr("Held", fr), .integer),
                    .init(tr("Length of the meetings held", fr), .hours), .init(tr("To come", fr), .integer),
                ],
                rows: report.kinds.map {
                    [
                        .text(ExportLabels(lang).kind($0.kind)), .cell($0.held), hours($0.minutesHeld),
                        .cell($0.planned),
                    ]
                }),
            DataTable(
                name: tr("Month", fr),
                columns: [.init(tr("Month", fr), .month), .init(tr("Hours of support", fr), .hours)],
                rows: report.months.map { [.date($0.month), hours($0.minutes)] }),
            DataTable(
                name: tr("Partners' days", fr),
                columns: [
                    .init(tr("Partner", fr), .text), .init(tr("Days planned", fr), .decimal(2)),
                    .init(tr("Days used", fr), .decimal(2)),
                ],
                rows: report.partners.map { [.text($0.partner), .number($0.planned), .number($0.used)] }),
        ]
    }

    /// The indicator table as CSV (`DataTableCSV`).
    public func csv() throws -> String { try DataTableCSV.csv(DataTables(data: indicatorTable), lang: lang) }

    /// Every table, one sheet each.
    public func xlsx() throws -> [UInt8] { try SpreadsheetFile.xlsx(tables) }

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
        @OrNull var siren: String?
        let structures: [Int64]
        let value: Double
        let text: String
    }

    struct IndicatorJSON: Encodable {
        let code: String
        let title: String
        let value: Double
        @OrNull var amount: Double?
        let rule: String
        @OrNull var bySize: [String: Int]?
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
        @OrNull var siren: String?
        let supportMinutes: Int
        let meetings: Int
    }

    @OrNull var scope: String?
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
                            ($0.code, indicator.bySize[$0] ?? 0)
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
            KindJSON(kind: $0.kind.code, held: $0.held, planned: $0.planned, minutesHeld: $0.minutesHeld)
        }
        months = report.months.map {
            MonthJSON(month: String($0.month.iso.prefix(7)), supportMinutes: $0.minutes)
        }
        partners = report.partners.map {
            PartnerJSON(partner: $0.partner, daysPlanned: $0.planned, daysUsed: $0.used)
        }
    }
}
