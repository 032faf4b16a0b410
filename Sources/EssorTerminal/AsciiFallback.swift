import Foundation

/// Characters for a terminal whose locale is not UTF-8: accents dropped
/// (case kept), typography simplified, anything else shown as `?`.
enum AsciiFallback {
    static func transliterate(_ text: String) -> String {
        if text.allSatisfy(\.isASCII) { return text }
        guard let first = text.unicodeScalars.first else { return text }
        if let special = specials[first.value] { return special }
        let decomposed = String(first).decomposedStringWithCanonicalMapping
        if let base = decomposed.unicodeScalars.first, base.isASCII, base.value >= 0x20 {
            return String(base)
        }
        return "?"
    }

    private static let specials: [UInt32: String] = [
        0x152: "O", 0x153: "o", 0xC6: "A", 0xE6: "a", 0xDF: "s", 0xA0: " ", 0x202F: " ",
        0x2013: "-", 0x2014: "-", 0x2019: "'", 0x2018: "'", 0xAB: "\"", 0xBB: "\"", 0x201C: "\"",
        0x201D: "\"", 0x2026: ".", 0xB7: ".", 0x2022: "*", 0x25B8: ">", 0x25CF: "*", 0x2191: "^",
        0x2193: "v", 0xD7: "x", 0x20AC: "E",
    ]
}
