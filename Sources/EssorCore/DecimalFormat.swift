import Foundation

/// Numbers for people: decimal comma in French, point in English; no
/// trailing zeros (`12,5`, `3`). Never traps: a value too large for whole
/// digits is written in full from its decimal expansion, and a value that
/// is not a number (which no reader lets in) shows `n/d`.
public enum DecimalFormat {
    /// What a missing or impossible value shows.
    public static func unavailable(_ lang: Lang) -> String { tr("n/a", lang == .fr) }

    public static func string(_ value: Double, lang: Lang, maxFractionDigits: Int = 1) -> String {
        guard value.isFinite else { return unavailable(lang) }
        let digits = max(0, min(maxFractionDigits, 6))
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text: String
        if !rounded.isFinite || rounded.magnitude >= 1e15 {
            text = String(format: "%.0f", value)
        } else if rounded == rounded.rounded(.towardZero) {
            text = String(Int64(rounded))
        } else {
            text = String(rounded)
        }
        if lang == .fr { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    /// `value` with exactly `digits` decimals and no grouping (`1234,50`,
    /// `-0,25`; `1234.50` in English): what a spreadsheet reads back as
    /// the same number, one column always to the same precision. Empty for
    /// a value that is not a number.
    public static func fixed(_ value: Double, digits: Int, lang: Lang) -> String {
        guard value.isFinite else { return "" }
        let digits = max(0, min(digits, 6))
        var text = String(format: "%.\(digits)f", value)
        // `-0.00` is zero.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Whole `value` with `separator` between groups of three digits
    /// (`12 345`, `-1 200`).
    public static func grouped(_ value: Double, separator: String) -> String {
        guard value.isFinite else { return "n/d" }
        let whole = value.rounded()
        let digits =
            whole.magnitude < 9e18 ? String(Int64(whole).magnitude) : String(format: "%.0f", whole.magnitude)
        var grouped = whole < 0 ? "-" : ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped += separator }
            grouped.append(c)
        }
        return grouped
    }

    /// An amount as spreadsheets and people write it in France: `1 234,56`
    /// (spaces, no-break spaces or dots between thousands), `-1234`,
    /// `−1 200` (a real minus), `(1 200)` (accounting's negative), an
    /// optional `€`; within ±10¹² €. Nil when it is not an amount (`12 %`,
    /// `beaucoup`, `nan`, empty) or out of range (see `NumberReader`).
    public static func amount(_ text: String) -> Double? { NumberReader.value(text, as: .amount) }

    /// `12 345 €` (a narrow no-break space between thousands, a no-break
    /// space before the sign) in French, `€12,345` in English; whole euros,
    /// or to the cent when `cents` is set and the amount has cents
    /// (`185 300,50 €`, where a figure is shown as it was typed).
    public static func euros(_ value: Double, lang: Lang, cents: Bool = false) -> String {
        guard value.isFinite else { return unavailable(lang) }
        let fr = lang == .fr
        let hundredths = (value.magnitude * 100).rounded()
        let fraction = hundredths.truncatingRemainder(dividingBy: 100)
        let showsCents = cents && fraction != 0 && hundredths < 1e17
        let whole = showsCents ? (hundredths - fraction) / 100 : value.magnitude.rounded()
        var digits = grouped(whole, separator: fr ? "\u{202F}" : ",")
        if showsCents {
            let two = fraction < 10 ? "0\(Int(fraction))" : "\(Int(fraction))"
            digits += (fr ? "," : ".") + two
        }
        let negative = value < 0 && (showsCents || whole != 0)
        return fr
            ? (negative ? "-" : "") + digits + "\u{00A0}€"
            : (negative ? "-€" : "€") + digits
    }

    /// A figure of the accounts as it was typed: an amount to the cent
    /// when it has cents, full-time equivalents to two decimals (`1,25`).
    public static func figure(_ value: Double, _ figure: FinancialYear.Figure, lang: Lang) -> String {
        figure == .fte
            ? string(value, lang: lang, maxFractionDigits: 2) : euros(value, lang: lang, cents: true)
    }
}
