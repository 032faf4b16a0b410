import CSV
import EssorCore
import Foundation

/// Tables as CSV (RFC 4180, CRLF) that spreadsheets of the language open
/// as they are: UTF-8 with a byte-order mark (without it LibreOffice and
/// Excel read « NumÃ©rique »); in French `;` between cells and decimal
/// commas, in English `,` and points; every number of a column to the same
/// number of decimals and without thousands separators, so that it is read
/// back as a number; a share as a percentage (its title says `%`);
/// identifiers as `="…"`, which keeps them text with their leading zeros;
/// text that a spreadsheet would take for a formula after an apostrophe.
/// The totals come after an empty line, under their own header: a pivot
/// table over the data stops at the empty line.
public enum DataTableCSV {
    public static let byteOrderMark = "\u{FEFF}"

    public static func csv(_ tables: DataTables, lang: Lang) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: lang == .fr ? ";" : ",", newline: .crlf)
        for (index, table) in tables.all.enumerated() {
            if index > 0 {
                // An empty record: the sections apart.
                _ = writer.stream.write(Array("\r\n".utf8), maxLength: 2)
            }
            try writer.write(row: table.columns.map { title($0, lang) })
            for row in table.rows {
                try writer.write(
                    row: table.columns.indices.map { column in
                        cell(column < row.count ? row[column] : .empty, table.columns[column].kind, lang)
                    })
            }
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return byteOrderMark + String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// A column's title; a share's says it is a percentage.
    static func title(_ column: DataTable.Column, _ lang: Lang) -> String {
        let title = neutralised(column.title)
        guard case .percent = column.kind, !title.hasSuffix("%") else { return title }
        return title + " (%)"
    }

    static func cell(_ value: DataTable.Value, _ kind: DataTable.Kind, _ lang: Lang) -> String {
        switch (value, kind) {
        case (.empty, _): return ""
        case (.text(let text), .identifier):
            let text = OutputText.clean(text, for: .file)
            return !text.isEmpty && text.allSatisfy(\.isDigitASCII) ? "=\"" + text + "\"" : neutralised(text)
        case (.text(let text), _): return neutralised(text)
        case (.date(let day), .month): return String(day.iso.prefix(7))
        case (.date(let day), _): return lang == .fr ? day.dayMonthYear : day.iso
        case (.number(let value), .integer):
            return DecimalFormat.fixed(value, digits: 0, lang: lang)
        case (.number(let value), .decimal(let digits)):
            return DecimalFormat.fixed(value, digits: digits, lang: lang)
        case (.number(let value), .euros), (.number(let value), .hours):
            return DecimalFormat.fixed(value, digits: 2, lang: lang)
        case (.number(let value), .percent(let digits)):
            return DecimalFormat.fixed(value * 100, digits: digits, lang: lang)
        case (.number(let value), .identifier), (.number(let value), .text), (.number(let value), .date),
            (.number(let value), .month):
            return DecimalFormat.string(value, lang: lang, maxFractionDigits: 6)
        }
    }

    /// A text cell of data: cleaned for a file (`OutputText`), and with an
    /// apostrophe before what a spreadsheet would take for a formula.
    public static func neutralised(_ cell: String) -> String {
        let cell = OutputText.clean(cell, for: .file)
        guard let first = cell.first, "=+-@\t\r".contains(first) else { return cell }
        return "'" + cell
    }

    /// A cell as `csv` wrote it, back to its text: the identifier's `="…"`
    /// and the formula guard's apostrophe removed (what `import` reads).
    public static func unwrapped(_ cell: String) -> String {
        if cell.hasPrefix("=\""), cell.hasSuffix("\""), cell.count >= 3 {
            return String(cell.dropFirst(2).dropLast())
        }
        if cell.hasPrefix("'"), let second = cell.dropFirst().first, "=+-@".contains(second) {
            return String(cell.dropFirst())
        }
        return cell
    }
}
