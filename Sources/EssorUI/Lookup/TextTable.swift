import EssorCore

/// An aligned plain-text table for the look-up commands: columns fit the
/// width (the least important go first, like in the panels), cells are cut
/// with an ellipsis, and text from the store is escaped.
public struct TextTable {
    public var columns: [TableColumn]
    public var rows: [[String]]

    public init(columns: [TableColumn], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as lines; `width` nil means no limit (a pipe, for scripts).
    public func lines(width: Int?) -> [String] {
        // Every cell escaped and measured once.
        let all = ([columns.map(\.title)] + rows).map { row in
            columns.indices.map { index in SafeText.escaped(index < row.count ? row[index] : "") }
        }
        let measures = all.map { $0.map(TextWidth.of) }
        let natural = columns.indices.map { index in measures.map { $0[index] }.max() ?? 0 }
        let widths: [Int?]
        if let width {
            // The panels' fitting leaves one space between columns; these
            // tables leave two, so each column asks for one more cell.
            let fitted = columns.enumerated().map { index, column in
                var c = column
                c.width = .flex(min: min(natural[index], column.minWidth) + 1, weight: max(1, natural[index]))
                return c
            }
            let room = TableView.widths(fitted, available: width)
            widths = room.enumerated().map { index, w in w.map { min(max(1, $0 - 1), natural[index]) } }
        } else {
            widths = natural.map { $0 }
        }
        func line(_ row: Int) -> String {
            var parts: [String] = []
            for (index, w) in widths.enumerated() {
                guard let w else { continue }
                var text = all[row][index]
                var used = measures[row][index]
                if used > w {
                    text = TextLayout.truncate(text, to: w)
                    used = TextWidth.of(text)
                }
                let pad = String(repeating: " ", count: max(0, w - used))
                parts.append(columns[index].alignRight ? pad + text : text + pad)
            }
            var joined = parts.joined(separator: "  ")
            while joined.last == " " { joined.removeLast() }
            return joined
        }
        return all.indices.map(line)
    }
}
