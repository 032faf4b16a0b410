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

    /// Parses `12,5` or `12.5` (spaces as thousands separators allowed).
    public static func parse(_ text: String) -> Double? {
        let cleaned = Siret.normalize(text).replacingOccurrences(of: ",", with: ".")
        guard !cleaned.isEmpty else { return nil }
        return Double(cleaned)
    }
}
