import EssorCore
import EssorStore
import Foundation

/// A cohort's finances for France Active and the funders: each
/// structure's latest ratios and flags, what the collective project does to
/// it, the suggested and the chosen financing. Markdown, CSV, a workbook or
/// JSON.
public struct FinanceExport: Equatable, Sendable, Encodable {
    public struct Line: Equatable, Sendable, Encodable {
        public var siret: String
        public var name: String
        @OrNull public var year: Int?
        /// Every figure of the accounts by its column (null: not given).
        public var figures: [String: Double?]
        public var ratios: [String: Double?]
        public var flags: [String: String?]
        public var state: String
        @OrNull public var atRiskYear: Int?
        public var effects: [Effect]
        /// Each project's lowest cash at a month's end of its first year,
        /// by the monthly cash plan.
        public var lowestMonths: [LowestMonth]
        public var suggestions: [Suggestion]
        public var financing: [Chosen]
    }

    public struct Effect: Equatable, Sendable, Encodable {
        public var cohort: String
        public var year: Int
        public var resultChange: Double
        @OrNull public var cash: Double?
        @OrNull public var cashDays: Double?
        @OrNull public var equity: Double?
    }

    public struct LowestMonth: Equatable, Sendable, Encodable {
        public var cohort: String
        public var year: Int
        /// 1 (January) to 12.
        public var month: Int
        public var cash: Double
    }

    public struct Suggestion: Equatable, Sendable, Encodable {
        public var rule: String
        public var instruments: [String]
        /// The gap the rule estimates.
        public var amount: Double
        /// What each instrument brings, within its terms.
        public var parts: [Part]
        /// What the instruments leave uncovered.
        public var uncovered: Double
    }

    public struct Part: Equatable, Sendable, Encodable {
        public var instrument: String
        public var amount: Double
    }

    public struct Chosen: Equatable, Sendable, Encodable {
        public var instrument: String
        public var amount: Double
        public var status: String
        @OrNull public var partner: String?
        /// The day it reached each stage it went through (status → ISO
        /// day).
        public var stages: [String: String]
    }

    public var title: String
    public var lines: [Line]

    public init(title: String, details: [FinanceDetail]) {
        self.title = title
        lines = details.map { d in
            let latest = d.years.last
            let ratios = latest.map(d.ratios) ?? []
            var figures: [String: Double?] = [:]
            for figure in FinancialYear.Figure.allCases { figures[figure.column] = latest?[figure] }
            return Line(
                siret: d.structure.siret, name: d.structure.name, year: latest?.year, figures: figures,
                ratios: Dictionary(uniqueKeysWithValues: ratios.map { ($0.kind.rawValue, $0.value) }),
                flags: Dictionary(uniqueKeysWithValues: ratios.map { ($0.kind.rawValue, $0.flag.rawValue) }),
                state: ratios.isEmpty
                    ? FinanceFlag.unknown.rawValue : FinancialRatios.overall(ratios).rawValue,
                atRiskYear: d.projects.compactMap(\.effects.atRiskYear).min(),
                effects: d.projects.flatMap { p in
                    p.effects.years.map {
                        Effect(
                            cohort: p.cohortName, year: $0.year, resultChange: $0.resultChange, cash: $0.cash,
                            cashDays: $0.cashDays, equity: $0.equity)
                    }
                },
                lowestMonths: d.projects.compactMap { p in
                    p.effects.lowestMonth.map {
                        LowestMonth(
                            cohort: p.cohortName, year: p.model.startYear, month: $0.month, cash: $0.cash)
                    }
                },
                suggestions: d.projects.flatMap { p in
                    p.suggestions.map {
                        Suggestion(
                            rule: $0.rule.rawValue, instruments: $0.instruments.map(\.rawValue),
                            amount: $0.amount,
                            parts: $0.parts.map {
                                Part(instrument: $0.instrument.rawValue, amount: $0.amount)
                            },
                            uncovered: $0.uncovered)
                    }
                },
                financing: d.financings.map { financing in
                    Chosen(
                        instrument: financing.instrument.rawValue, amount: financing.amount,
                        status: financing.status.rawValue,
                        partner: financing.partnerID.flatMap { d.partnerNames[$0] },
                        stages: Dictionary(
                            uniqueKeysWithValues: FinancingStatus.allCases.compactMap { stage in
                                financing.day(of: stage).map { (stage.rawValue, $0.iso) }
                            }))
                })
        }
    }

    static func number(_ value: Double?, _ lang: Lang, digits: Int = 1) -> String {
        value.map { DecimalFormat.string($0, lang: lang, maxFractionDigits: digits) }
            ?? DecimalFormat.unavailable(lang)
    }

    /// `12 345 €` (`€12,345` in English).
    static func euros(_ value: Double?, _ lang: Lang) -> String {
        guard let value else { return DecimalFormat.unavailable(lang) }
        return lang == .fr
            ? DecimalFormat.grouped(value, separator: " ") + " €"
            : (value < 0 ? "-€" : "€") + DecimalFormat.grouped(abs(value), separator: ",")
    }

    public func markdown(_ lang: Lang) -> String {
        let fr = lang == .fr
        var out = "# \(Self.cell(title))\n\n"
        out +=
            tr(
                "| Organisation | Year | Grants | Cash (days) | Equity ratio | CAF | Working capital | Net cash | State | At risk |\n",
                fr)
        out += "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n"
        for line in lines {
            func ratio(_ kind: RatioKind) -> Double? { line.ratios[kind.rawValue] ?? nil }
            out += "| \(Self.cell(line.name)) | \(line.year.map(String.init) ?? "—") | "
            out += (ratio(.subsidyDependency).map { Self.number($0 * 100, lang) + " %" } ?? "—") + " | "
            out += Self.number(ratio(.cashDays), lang) + " | "
            out += (ratio(.equityRatio).map { Self.number($0 * 100, lang) + " %" } ?? "—") + " | "
            out += Self.euros(ratio(.selfFinancing), lang) + " | "
            out += Self.euros(ratio(.workingCapital), lang) + " | " + Self.euros(ratio(.netCash), lang)
            out += " | \(line.state) | "
            out += (line.atRiskYear.map(String.init) ?? "—") + " |\n"
        }
        for line in lines where !line.effects.isEmpty || !line.financing.isEmpty {
            out += "\n## \(Self.cell(line.name))\n\n"
            for effect in line.effects {
                out +=
                    tr(
                        "- %1$s (%2$s): result %3$s, cash %4$s (%5$s days), equity %6$s\n", fr, effect.year,
                        Self.cell(effect.cohort), Self.euros(effect.resultChange, lang),
                        Self.euros(effect.cash, lang), Self.number(effect.cashDays, lang),
                        Self.euros(effect.equity, lang))
            }
            for low in line.lowestMonths {
                out += tr(
                    "- Lowest cash in %1$s (%2$s, monthly cash plan): %3$s at the end of %4$s%5$s\n", fr,
                    String(low.year),
                    Self.cell(low.cohort), Self.euros(low.cash, lang), CalendarNames.month(low.month, fr),
                    low.cash < 0 ? tr(", below zero", fr) : "")
            }
            for s in line.suggestions {
                out +=
                    (tr("- Suggestion (rule %s): ", fr, s.rule))
                    + s.parts.map { Self.instrument($0.instrument, fr) + " " + Self.euros($0.amount, lang) }
                    .joined(separator: " + ")
                    + tr(", for a gap of %s", fr, Self.euros(s.amount, lang))
                    + (s.uncovered > 0 ? tr("; %s left to find", fr, Self.euros(s.uncovered, lang)) : "")
                    + "\n"
            }
            for c in line.financing {
                out +=
                    (tr("- Chosen: ", fr))
                    + "\(Self.instrument(c.instrument, fr)), \(Self.euros(c.amount, lang)), "
                    + (FinancingStatus(rawValue: c.status)?.name(fr) ?? c.status)
                    + (c.stages[c.status].flatMap(LocalDate.parseISO).map { " " + $0.dayMonthYear } ?? "")
                    + (c.partner.map { ", \(Self.cell($0))" } ?? "") + "\n"
            }
        }
        return out
    }

    /// An instrument's name in words (the JSON keeps its code).
    static func instrument(_ code: String, _ fr: Bool) -> String {
        FinancingInstrument(rawValue: code)?.name(fr) ?? code
    }

    /// How each ratio is written: shares as percentages, days to the
    /// unit's tenth, the rest in euros.
    static func kind(_ ratio: RatioKind) -> DataTable.Kind {
        switch ratio {
        case .subsidyDependency, .equityRatio: .percent(1)
        case .cashDays: .decimal(1)
        case .selfFinancing, .resultTrend, .workingCapital, .workingCapitalNeed, .netCash: .euros
        }
    }

    /// One row per organisation: the latest year's figures as they were
    /// entered (the header `essor import finances` reads), then the ratios,
    /// the state and the year the project puts it at risk, which the
    /// import ignores.
    public func tables(_ lang: Lang) -> DataTables {
        let figures = FinancialYear.Figure.allCases
        let columns: [DataTable.Column] =
            [.init("siret", .identifier), .init("nom", .text), .init("annee", .integer)]
            + figures.map { .init($0.column, $0 == .fte ? .decimal(2) : .euros) }
            + RatioKind.allCases.map { .init($0.rawValue, Self.kind($0)) }
            + [.init("etat", .text), .init("risque_des", .integer)]
        let rows: [[DataTable.Value]] = lines.map { line in
            [.cell(line.siret), .cell(line.name), .cell(line.year)]
                + figures.map { .cell(line.figures[$0.column] ?? nil) }
                + RatioKind.allCases.map { .cell(line.ratios[$0.rawValue] ?? nil) }
                + [.cell(line.state), .cell(line.atRiskYear)]
        }
        return DataTables(data: DataTable(name: "Finances", columns: columns, rows: rows))
    }

    public func csv(_ lang: Lang) throws -> String { try DataTableCSV.csv(tables(lang), lang: lang) }

    public func xlsx(_ lang: Lang) throws -> [UInt8] { try SpreadsheetFile.xlsx(tables(lang)) }

    /// The export in essor's JSON (`schema/finances.schema.json`): the
    /// same lines, with every key and enumeration as its code.
    public func json() throws -> String { try JSONDocument("finances", coded).text() }

    var coded: FinanceExport {
        func keys<T: ExchangeCode & RawRepresentable, V>(_ values: [String: V], _ type: T.Type) -> [String: V]
        where T.RawValue == String {
            Dictionary(values.map { (T.code(ofStored: $0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        }
        var copy = self
        copy.lines = lines.map { line in
            var line = line
            // Every key, null when not known (no accounts, a figure missing).
            line.figures = Dictionary(
                uniqueKeysWithValues: FinancialYear.Figure.allCases.map {
                    ($0.code, line.figures[$0.column] ?? nil)
                })
            line.ratios = Dictionary(
                uniqueKeysWithValues: RatioKind.allCases.map { ($0.code, line.ratios[$0.rawValue] ?? nil) })
            line.flags = Dictionary(
                uniqueKeysWithValues: RatioKind.allCases.map { kind in
                    (kind.code, (line.flags[kind.rawValue] ?? nil).map(FinanceFlag.code(ofStored:)))
                })
            line.state = FinanceFlag.code(ofStored: line.state)
            line.suggestions = line.suggestions.map { s in
                var s = s
                s.rule = FinancingRule.code(ofStored: s.rule)
                s.instruments = s.instruments.map(FinancingInstrument.code(ofStored:))
                s.parts = s.parts.map {
                    Part(instrument: FinancingInstrument.code(ofStored: $0.instrument), amount: $0.amount)
                }
                return s
            }
            line.financing = line.financing.map { f in
                var f = f
                f.instrument = FinancingInstrument.code(ofStored: f.instrument)
                f.status = FinancingStatus.code(ofStored: f.status)
                f.stages = keys(f.stages, FinancingStatus.self)
                return f
            }
            return line
        }
        return copy
    }

    /// A Markdown table cell, as the attendance sheet writes them.
    static func cell(_ text: String) -> String { AttendanceSheetExport.cell(text) }
}
