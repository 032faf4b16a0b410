import EssorCore

/// Measuring, cutting and wrapping text by display width.
public enum TextLayout {
    /// Display width of data text once escaped.
    public static func width(_ text: String) -> Int { TextWidth.of(SafeText.escaped(text)) }

    /// `text` cut to `width` cells, ending with `ellipsis` when cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let safe = SafeText.escaped(text)
        guard width > 0 else { return "" }
        if TextWidth.of(safe) <= width { return safe }
        var out = ""
        var used = 0
        let budget = width - TextWidth.of(ellipsis)
        for character in safe {
            let w = TextWidth.of(character)
            if used + w > budget { break }
            out.append(character)
            used += w
        }
        return out + String(repeating: " ", count: max(0, budget - used)) + ellipsis
    }

    /// Splits text into lines of at most `width` cells, breaking at spaces
    /// when possible and cutting words longer than a line. Newlines in the
    /// text start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result += wrapParagraph(SafeText.escaped(String(paragraph)), width: width)
        }
        return result
    }

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = TextWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                var head = ""
                var used = 0
                var rest = Substring(word)
                while let c = rest.first, used + TextWidth.of(c) <= width {
                    head.append(c)
                    used += TextWidth.of(c)
                    rest = rest.dropFirst()
                }
                if head.isEmpty {  // a wide character in a one-cell line
                    head = String(rest.prefix(1))
                    rest = rest.dropFirst()
                }
                lines.append(head)
                word = String(rest)
                wordWidth = TextWidth.of(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
