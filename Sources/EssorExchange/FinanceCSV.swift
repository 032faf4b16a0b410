import CSV
import EssorCore
import Foundation

/// Accounts from a spreadsheet, in the French dialect France Active's files
/// come in: `;` between cells, UTF-8 (with or without BOM) or Windows-1252,
/// decimal commas and spaces between thousands (`1 234,56`).
///
/// Header: `siret;annee;produits;subventions;charges;masse_salariale;
/// resultat;fonds_propres;total_bilan;tresorerie;dettes_financieres;
/// amortissements;ressources_stables;actif_immobilise;actif_circulant;
/// dettes_exploitation;etp` (`nom` may replace `siret`; figure columns may be
/// left out; accents and case do not matter).
public enum FinanceCSV {
    /// Whom a row is about, as the file says it.
    public enum Key: Equatable, Sendable {
        case siret(String)
        case name(String)
    }

    public struct Row: Equatable, Sendable {
        /// The line in the file (the header is line 1).
        public var line: Int
        public var key: Key
        public var year: Int
        /// The cells that hold a figure (an empty cell is not there).
        public var values: [FinancialYear.Figure: Double]
        /// The figure columns of the file, filled or not on this row.
        public var columns: Set<FinancialYear.Figure>

        /// The row as an update of the structure's year: merged by column.
        public func update(of structure: StructureID, clearingEmpty: Bool) -> FinancialYearUpdate {
            FinancialYearUpdate(
                structureID: structure, year: year, values: values, columns: columns,
                clearsEmpty: clearingEmpty)
        }
    }

    public enum Problem: Equatable, Sendable, Error {
        case empty
        case unreadable(String)
        case missingColumn(String)
        case unknownColumn(String)
        case wrongCellCount(line: Int, expected: Int, found: Int)
        case missingKey(line: Int)
        case badYear(line: Int, text: String)
        case badNumber(line: Int, column: String, text: String)
        case numberOutOfRange(line: Int, column: String, text: String, range: ClosedRange<Double>)
        /// An amount finer than the cent (`1 234,567`, or `1.234`, which
        /// a French file means as thousands): refused, never rounded.
        case finerThanCent(line: Int, column: String, text: String)
        case duplicate(line: Int, firstLine: Int)
        /// A header and no row of accounts.
        case noRows
        /// A name or SIRET longer than any structure's.
        case keyTooLong(line: Int)
        /// A quote opened at this line is never closed: the rest of the
        /// file would be one cell.
        case unterminatedQuote(line: Int)
    }

    /// The file's text (`LegacyText`).
    public static func text(_ data: Data) -> String { LegacyText.decode(data).text }

    /// Every row, or every problem (with its line) when there is one.
    public static func parse(_ data: Data) -> Result<[Row], ProblemList> {
        let source = text(data)
        guard !source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(ProblemList([.empty]))
        }
        if let line = unterminatedQuote(source) {
            return .failure(ProblemList([.unterminatedQuote(line: line)]))
        }
        let reader: CSVReader
        do {
            // `;` as French spreadsheets write; `,` when the header has no `;`
            // (an English export).
            let header = source.prefix { $0 != "\n" && $0 != "\r\n" }
            let delimiter: UnicodeScalar = !header.contains(";") && header.contains(",") ? "," : ";"
            reader = try CSVReader(
                string: source, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
        } catch {
            return .failure(ProblemList([.unreadable(String(describing: error))]))
        }
        guard let header = reader.next() else { return .failure(ProblemList([.empty])) }
        var nameColumn: Int?
        var problems: [Problem] = []
        var columns: [Int: FinancialYear.Figure] = [:]
        var keyColumn: (index: Int, isSiret: Bool)?
        var yearColumn: Int?
        for (index, raw) in header.enumerated() {
            // An export's share says it is a percentage: `autonomie_financiere (%)`.
            var title = raw.trimmingSpaces
            if title.hasSuffix("(%)") { title = String(title.dropLast(3)).trimmingSpaces }
            let name = SearchFolding.fold(title).replacingOccurrences(of: " ", with: "_")
                .replacingOccurrences(of: "-", with: "_")
            switch name {
            case "siret": keyColumn = (index, true)
            case "nom":
                nameColumn = index
                if keyColumn == nil { keyColumn = (index, false) }
            case "annee", "exercice": yearColumn = index
            // What `essor export finances --format csv` computes: read back
            // as the figures it comes from, the rest ignored.
            case _ where Self.computedColumns.contains(name): continue
            case "": continue
            default:
                if let figure = FinancialYear.Figure(rawValue: name) {
                    columns[index] = figure
                } else {
                    problems.append(.unknownColumn(raw))
                }
            }
        }
        if keyColumn == nil { problems.append(.missingColumn("siret")) }
        if yearColumn == nil { problems.append(.missingColumn("annee")) }
        guard let keyColumn, let yearColumn, problems.isEmpty else { return .failure(ProblemList(problems)) }
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        // Lines of the file, not records: a quoted cell may hold newlines.
        var next = 1 + newlines(in: header)
        while let cells = reader.next() {
            let line = next + 1
            next = line + newlines(in: cells)
            if cells.allSatisfy({ $0.isEmpty }) { continue }
            guard cells.count == header.count else {
                problems.append(.wrongCellCount(line: line, expected: header.count, found: cells.count))
                continue
            }
            // An export's SIRET is `="…"` (so that it stays text), its name
            // may start with the apostrophe that keeps it from being a formula.
            var keyText = DataTableCSV.unwrapped(cells[keyColumn.index])
            var byName = !keyColumn.isSiret
            // A row without SIRET but with a name (an export's row) is found by name.
            if keyText.isEmpty, let nameColumn, !cells[nameColumn].isEmpty {
                keyText = DataTableCSV.unwrapped(cells[nameColumn])
                byName = true
            }
            guard !keyText.isEmpty else {
                problems.append(.missingKey(line: line))
                continue
            }
            guard keyText.count <= TextLimit.name else {
                problems.append(.keyTooLong(line: line))
                continue
            }
            // An export's line for a structure without accounts: no year and
            // no figure, nothing to import (a figure without a year is refused).
            if cells[yearColumn].trimmingCharacters(in: .whitespaces).isEmpty,
                columns.keys.allSatisfy({ cells[$0].trimmingCharacters(in: .whitespaces).isEmpty })
            {
                continue
            }
            guard let year = NumberReader.whole(cells[yearColumn], as: .year) else {
                problems.append(.badYear(line: line, text: cells[yearColumn]))
                continue
            }
            var values: [FinancialYear.Figure: Double] = [:]
            for (index, figure) in columns.sorted(by: { $0.key < $1.key }) {
                let cell = cells[index]
                // The line the cell is on, after the line breaks of the cells before it.
                let line = line + newlines(in: Array(cells[..<index]))
                if cell.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                switch NumberReader.read(cell, as: figure == .fte ? .fte : .amount) {
                case .success(let value): values[figure] = value
                case .failure(.outOfRange(let range)):
                    problems.append(
                        .numberOutOfRange(line: line, column: header[index], text: cell, range: range))
                case .failure(.finerThanCent):
                    problems.append(.finerThanCent(line: line, column: header[index], text: cell))
                case .failure:
                    problems.append(.badNumber(line: line, column: header[index], text: cell))
                }
            }
            let key: Key = byName ? .name(keyText) : .siret(Siret.normalize(keyText))
            let identity = "\(key)|\(year)"
            if let first = seen[identity] {
                problems.append(.duplicate(line: line, firstLine: first))
                continue
            }
            seen[identity] = line
            rows.append(Row(line: line, key: key, year: year, values: values, columns: Set(columns.values)))
        }
        if let error = reader.error { problems.append(.unreadable(String(describing: error))) }
        if problems.isEmpty && rows.isEmpty { problems.append(.noRows) }
        return problems.isEmpty ? .success(rows) : .failure(ProblemList(problems))
    }

    /// Columns an export writes that are computed, not figures.
    static let computedColumns: Set<String> =
        Set(RatioKind.allCases.map(\.rawValue) + ["etat", "risque_des"]).union(
            RatioKind.allCases.map { SearchFolding.fold($0.rawValue) })

    /// The line of a quote that is never closed, if any (`""` inside a
    /// quoted cell is a quote, as in every spreadsheet).
    static func unterminatedQuote(_ text: String) -> Int? {
        var line = 1
        var opened = 0
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1 }
            if scalar == "\"" {
                inQuotes.toggle()
                if inQuotes { opened = line }
            }
        }
        return inQuotes ? opened : nil
    }

    /// How many line breaks the cells of a record hold (`\r\n` is one).
    static func newlines(in cells: [String]) -> Int {
        var count = 0
        for cell in cells {
            var afterCR = false
            for scalar in cell.unicodeScalars {
                if scalar == "\r" {
                    count += 1
                    afterCR = true
                } else {
                    if scalar == "\n" && !afterCR { count += 1 }
                    afterCR = false
                }
            }
        }
        return count
    }
}

/// Problems found in a file, all of them (an Error, for `Result`).
public struct ProblemList: Error, Equatable, Sendable {
    public var problems: [FinanceCSV.Problem]
    public init(_ problems: [FinanceCSV.Problem]) { self.problems = problems }
}
