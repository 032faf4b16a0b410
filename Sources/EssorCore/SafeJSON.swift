import Foundation

/// JSON for scripts, with every character that could act on a terminal
/// escaped: `JSONEncoder` escapes C0 controls, but leaves DEL, C1 controls,
/// bidirectional overrides and line separators raw.
public enum SafeJSON {
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            // C0 controls are already escaped inside strings; outside them
            // they are the layout's own newlines.
            if v >= 0x20 && (SafeText.needsEscape(scalar) || v == 0x2028 || v == 0x2029) {
                out.append(contentsOf: String(format: "\\u%04x", v).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
