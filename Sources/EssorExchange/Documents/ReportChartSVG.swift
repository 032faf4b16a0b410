import EssorCore

/// Bar charts as inline SVG for the report's HTML and PDF: one bar (or a
/// pair, planned and used) per label, the value printed beside it, so
/// that the printed page reads without colour.
enum ReportChartSVG {
    struct Bar {
        var label: String
        var values: [Double]
        var texts: [String]
    }

    static let colours = ["#003399", "#f2a900"]

    /// Horizontal bars, one row per label; `legend` names each series.
    static func horizontal(_ bars: [Bar], legend: [String] = [], title: String) -> String {
        let rowHeight = 7.0 * Double(max(1, bars.first?.values.count ?? 1)) + 4
        let labelWidth = 150.0
        let barWidth = 330.0
        let legendHeight = legend.count > 1 ? 16.0 : 0
        let height = Double(bars.count) * rowHeight + 6 + legendHeight
        let top = bars.flatMap(\.values).max() ?? 0
        let scale = top > 0 ? barWidth / top : 0
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" width="180mm" viewBox="0 0 560 \(fmt(height))" \
            font-family="DejaVu Sans, Arial, sans-serif" font-size="9"><title>\(escape(title))</title>
            """
        if legend.count > 1 {
            for (index, name) in legend.enumerated() {
                let x = labelWidth + Double(index) * 120
                out +=
                    "<rect x=\"\(fmt(x))\" y=\"2\" width=\"10\" height=\"8\" fill=\"\(colours[index % 2])\"/>"
                out += "<text x=\"\(fmt(x + 14))\" y=\"9\">\(escape(name))</text>"
            }
        }
        for (row, bar) in bars.enumerated() {
            let y = legendHeight + Double(row) * rowHeight + 3
            out += "<text x=\"\(fmt(labelWidth - 4))\" y=\"\(fmt(y + rowHeight / 2))\" text-anchor=\"end\">"
            out += "\(escape(shortened(bar.label)))</text>"
            for (series, value) in bar.values.enumerated() {
                let by = y + Double(series) * 7
                let width = max(0, value * scale)
                out += "<rect x=\"\(fmt(labelWidth))\" y=\"\(fmt(by))\" width=\"\(fmt(width))\" height=\"6\" "
                out += "fill=\"\(colours[series % 2])\"/>"
                let text = series < bar.texts.count ? bar.texts[series] : ""
                out +=
                    "<text x=\"\(fmt(labelWidth + width + 3))\" y=\"\(fmt(by + 5.5))\">\(escape(text))</text>"
            }
        }
        return out + "</svg>"
    }

    static func shortened(_ text: String) -> String {
        text.count <= 28 ? text : String(text.prefix(27)) + "…"
    }

    static func fmt(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func escape(_ text: String) -> String { OutputText.clean(text, for: .markup) }
}
