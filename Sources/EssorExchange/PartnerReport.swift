import EssorCore
import EssorStore
import Foundation

/// Days planned and used per partner and cohort, with totals: what a
/// funder asks for.
public struct PartnerReport: Equatable, Sendable, Encodable {
    public struct Line: Equatable, Sendable, Encodable {
        public var partner: String
        public var cohort: String
        public var missions: Int
        public var planned: Double
        /// Days of meetings held, and days entered by hand.
        public var fromMeetings: Double
        public var entered: Double
        public var used: Double
        /// Days of meetings still to come.
        public var scheduled: Double
        public var remaining: Double
        public var overAllocated: Bool
        public var idle: Bool

        private enum CodingKeys: String, CodingKey {
            case partner, cohort, missions, planned, fromMeetings, entered, used, scheduled, remaining,
                overAllocated, idle
        }

        /// In JSON a total's partner or cohort (every one) is null, not
        /// the empty text the table leaves.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(partner.isEmpty ? nil : partner, forKey: .partner)
            try container.encode(cohort.isEmpty ? nil : cohort, forKey: .cohort)
            try container.encode(missions, forKey: .missions)
            try container.encode(planned, forKey: .planned)
            try container.encode(fromMeetings, forKey: .fromMeetings)
            try container.encode(entered, forKey: .entered)
            try container.encode(used, forKey: .used)
            try container.encode(scheduled, forKey: .scheduled)
            try container.encode(remaining, forKey: .remaining)
            try container.encode(overAllocated, forKey: .overAllocated)
            try container.encode(idle, forKey: .idle)
        }
    }

    public var lines: [Line]
    /// One line per partner, all its cohorts together.
    public var partnerTotals: [Line]
    public var total: Line

    public init(_ loads: [MissionLoad]) {
        var order: [String] = []
        var grouped: [String: Line] = [:]
        for load in loads {
            let key = "\(load.assignment.partnerID):\(load.assignment.cohortID)"
            var line =
                grouped[key]
                ?? Line(
                    partner: load.partnerName, cohort: load.cohortName, missions: 0, planned: 0,
                    fromMeetings: 0, entered: 0,
                    used: 0, scheduled: 0, remaining: 0, overAllocated: false, idle: false)
            if grouped[key] == nil { order.append(key) }
            line.missions += 1
            line.planned += load.usage.planned
            line.fromMeetings += load.usage.fromMeetings
            line.entered += load.usage.entered
            line.used += load.usage.used
            line.scheduled += load.usage.scheduled
            line.overAllocated = line.overAllocated || load.usage.isOverAllocated
            line.idle = line.idle || load.idle
            grouped[key] = line
        }
        lines = order.compactMap { grouped[$0] }.map { line in
            var line = line
            line.remaining = line.planned - line.used
            return line
        }
        var partners: [String] = []
        var byPartner: [String: Line] = [:]
        for line in lines {
            if byPartner[line.partner] == nil { partners.append(line.partner) }
            byPartner[line.partner] = Self.sum(byPartner[line.partner], line, cohort: "")
        }
        partnerTotals = partners.compactMap { byPartner[$0] }
        total =
            lines.reduce(nil) { Self.sum($0, $1, cohort: "") }.map {
                var total = $0
                total.partner = ""
                return total
            }
            ?? Line(
                partner: "", cohort: "", missions: 0, planned: 0, fromMeetings: 0, entered: 0, used: 0,
                scheduled: 0,
                remaining: 0, overAllocated: false, idle: false)
    }

    static func sum(_ a: Line?, _ b: Line, cohort: String) -> Line {
        guard var sum = a else {
            var first = b
            first.cohort = cohort
            return first
        }
        sum.missions += b.missions
        sum.planned += b.planned
        sum.fromMeetings += b.fromMeetings
        sum.entered += b.entered
        sum.used += b.used
        sum.scheduled += b.scheduled
        sum.remaining += b.remaining
        sum.overAllocated = sum.overAllocated || b.overAllocated
        sum.idle = sum.idle || b.idle
        return sum
    }

    /// The column titles, in the interface language.
    public static func titles(_ lang: Lang) -> [String] {
        lang == .fr
            ? [
                "Partenaire", "Cohorte", "Missions", "Jours prévus", "Jours en séances", "Jours saisis",
                "Jours utilisés",
                "Jours à venir", "Reste", "Dépassement",
            ]
            : [
                "Partner", "Cohort", "Missions", "Days planned", "Days in meetings", "Days entered",
                "Days used",
                "Days to come", "Remaining", "Over-allocated",
            ]
    }

    /// Every line as text cells, totals at the end.
    public func rows(_ lang: Lang, totalLabel: String) -> [[String]] {
        let number = { (value: Double) in DecimalFormat.string(value, lang: lang, maxFractionDigits: 2) }
        let yes = tr("yes", lang == .fr)
        func cells(_ line: Line) -> [String] {
            [
                line.partner, line.cohort, String(line.missions), number(line.planned),
                number(line.fromMeetings),
                number(line.entered), number(line.used), number(line.scheduled), number(line.remaining),
                line.overAllocated ? yes : "",
            ]
        }
        return (lines + totalLines(totalLabel)).map(cells)
    }

    /// The totals as lines: each partner's that works with several
    /// cohorts, then the grand total, labelled `totalLabel`.
    func totalLines(_ totalLabel: String) -> [Line] {
        var totals: [Line] = partnerTotals.filter { total in
            lines.filter { $0.partner == total.partner }.count > 1
        }.map { total in
            var line = total
            line.cohort = totalLabel
            return line
        }
        var all = total
        all.partner = totalLabel
        totals.append(all)
        return totals
    }

    /// The report as a spreadsheet's tables: one row per partner and
    /// cohort, days as numbers to the half-day; each partner's total (when
    /// it works with several cohorts) and the grand total apart.
    public func tables(_ lang: Lang, totalLabel: String) -> DataTables {
        let fr = lang == .fr
        let titles = Self.titles(lang)
        let columns: [DataTable.Column] = titles.enumerated().map { index, title in
            DataTable.Column(
                title, index < 2 ? .text : index == 2 ? .integer : index == 9 ? .text : .decimal(2))
        }
        let yes = tr("yes", fr)
        func cells(_ line: Line) -> [DataTable.Value] {
            [
                .cell(line.partner), .cell(line.cohort), .number(Double(line.missions)),
                .number(line.planned),
                .number(line.fromMeetings), .number(line.entered), .number(line.used),
                .number(line.scheduled),
                .number(line.remaining), line.overAllocated ? .text(yes) : .empty,
            ]
        }
        return DataTables(
            data: DataTable(name: tr("Partners", fr), columns: columns, rows: lines.map(cells)),
            totals: DataTable(
                name: tr("Totals", fr), columns: columns, rows: totalLines(totalLabel).map(cells)))
    }

    /// CSV as spreadsheets of the language open it (`DataTableCSV`): the
    /// lines, then the totals after an empty line.
    public func csv(_ lang: Lang, totalLabel: String) throws -> String {
        try DataTableCSV.csv(tables(lang, totalLabel: totalLabel), lang: lang)
    }

    public func xlsx(_ lang: Lang, totalLabel: String) throws -> [UInt8] {
        try SpreadsheetFile.xlsx(tables(lang, totalLabel: totalLabel))
    }
}
