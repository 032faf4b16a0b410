import EssorCore
import Foundation

/// A table of a document as a spreadsheet receives it: typed columns, the
/// data rows and, apart, the totals (a table of their own, so that a
/// pivot table over the data never counts a total twice). The one source
/// of every CSV (`DataTableCSV`) and every workbook (`SpreadsheetFile`)
/// essor writes: a column's kind decides once how its cells are written in
/// both.
public struct DataTable: Equatable, Sendable {
    /// What a column holds, and so how it is written.
    public enum Kind: Equatable, Sendable {
        /// Free text: cleaned for a file, and never read as a formula.
        case text
        /// A code made of digits that must stay text (SIRET, SIREN,
        /// postcode): its leading zeros kept, never shown as `1,23E+13`.
        case identifier
        /// A whole number.
        case integer
        /// A number with this many decimals, always.
        case decimal(Int)
        /// Euros to the cent.
        case euros
        /// Hours to the hundredth.
        case hours
        /// A share, kept as a fraction (0.25): a percentage to this many
        /// decimals in CSV (`25,0`, its title says `%`), a percent cell
        /// in a workbook.
        case percent(Int)
        /// A day: `DD/MM/YYYY` in French CSV, ISO in English, a date cell
        /// in a workbook.
        case date
        /// A month, given by its first day: `YYYY-MM` in CSV, a date cell
        /// shown `MM/YYYY` in a workbook.
        case month
    }

    public struct Column: Equatable, Sendable {
        public var title: String
        public var kind: Kind

        public init(_ title: String, _ kind: Kind) {
            self.title = title
            self.kind = kind
        }
    }

    public enum Value: Equatable, Sendable {
        case text(String)
        case number(Double)
        case date(LocalDate)
        case empty

        /// A cell of a number or a text that may be missing: nil (or an
        /// empty text) is an empty cell.
        public static func cell(_ value: Double?) -> Value { value.map { .number($0) } ?? .empty }
        public static func cell(_ value: Int?) -> Value { value.map { .number(Double($0)) } ?? .empty }
        public static func cell(_ value: String?) -> Value {
            value.flatMap { $0.isEmpty ? nil : Value.text($0) } ?? .empty
        }
    }

    /// The sheet's name in a workbook.
    public var name: String
    public var columns: [Column]
    public var rows: [[Value]]

    public init(name: String, columns: [Column], rows: [[Value]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// A document's tables: its data, and the totals apart.
public struct DataTables: Equatable, Sendable {
    public var data: DataTable
    public var totals: DataTable?

    public init(data: DataTable, totals: DataTable? = nil) {
        self.data = data
        self.totals = totals
    }

    public var all: [DataTable] { [data] + (totals.map { [$0] } ?? []) }
}
