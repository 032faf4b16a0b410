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

    /// Parses `12,5` or `12.5` (spaces as thousands separators allowed).
    public static func parse(_ text: String) -> Double? {
        let cleaned = Siret.normalize(text).replacingOccurrences(of: ",", with: ".")
        guard !cleaned.isEmpty else { return nil }
        return Double(cleaned)
    }
}
