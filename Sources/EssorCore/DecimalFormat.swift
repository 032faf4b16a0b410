import Foundation

/// Numbers for people: decimal comma in French, point in English; no
/// trailing zeros (`12,5`, `3`).
public enum DecimalFormat {
    public static func string(_ value: Double, lang: Lang, maxFractionDigits: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<maxFractionDigits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text: String
        if rounded == rounded.rounded(.towardZero) {
            text = String(Int64(rounded))
        } else {
            text = String(rounded)
        }
        if lang == .fr { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    /// Whole `value` with `separator` between groups of three digits
    /// (`12 345`, `-1 200`).
    public static func grouped(_ value: Double, separator: String) -> String {
        let whole = Int64(value.rounded())
        let digits = String(whole.magnitude)
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
    /// optional `€`. Nil when it is not an amount (`12 %`, `beaucoup`, empty).
    public static func amount(_ text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        var negative = false
        if t.hasPrefix("(") && t.hasSuffix(")") {
            negative = true
            t = String(t.dropFirst().dropLast())
        }
        t = t.replacingOccurrences(of: "\u{2212}", with: "-")
        t = t.filter { !" \u{00A0}\u{202F}€".contains($0) }
        if t.contains(",") {
            t = t.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        guard !t.isEmpty, let value = Double(t), value.isFinite else { return nil }
        return negative ? -value : value
    }

    /// Parses `12,5` or `12.5` (spaces as thousands separators allowed).
    public static func parse(_ text: String) -> Double? {
        let cleaned = Siret.normalize(text).replacingOccurrences(of: ",", with: ".")
        guard !cleaned.isEmpty else { return nil }
        return Double(cleaned)
    }
}
