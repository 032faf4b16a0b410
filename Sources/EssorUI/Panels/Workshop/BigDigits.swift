/// Digits five cells high drawn with block characters, for a countdown
/// that reads from the back of a room.
enum BigDigits {
    static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": ["  #", "  #", "  #", "  #", "  #"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        "+": ["   ", " # ", "###", " # ", "   "],
        "-": ["   ", "   ", "###", "   ", "   "],
    ]

    static let height = 5

    /// Cells the text takes at horizontal scale `scale`.
    static func width(_ text: String, scale: Int) -> Int {
        text.reduce(0) { $0 + ((font[$1]?.first?.count ?? 1) * scale) + scale } - scale
    }

    /// The five lines of `text`, each `#` a block of `scale` cells.
    static func lines(_ text: String, scale: Int, block: String) -> [String] {
        (0..<height).map { row in
            text.map { c -> String in
                let glyph = font[c]?[row] ?? " "
                return glyph.map {
                    $0 == "#" ? String(repeating: block, count: scale) : String(repeating: " ", count: scale)
                }
                .joined()
            }.joined(separator: String(repeating: " ", count: scale))
        }
    }

    /// `12:05`, `1:02:05`, or with a sign for an overrun (`+3:10`).
    static func clock(_ seconds: Int64, overrun: Bool) -> String {
        let value = abs(seconds)
        let h = value / 3600
        let m = value % 3600 / 60
        let s = value % 60
        let pad = { (n: Int64) in n < 10 ? "0\(n)" : "\(n)" }
        let body = h > 0 ? "\(h):\(pad(m)):\(pad(s))" : "\(pad(m)):\(pad(s))"
        return overrun ? "+" + body : body
    }
}
