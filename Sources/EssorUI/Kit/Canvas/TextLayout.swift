import EssorCore

/// Measuring, cutting and wrapping text by display width.
public enum TextLayout {
    /// Display width of data text once escaped.
    public static func width(_ text: String) -> Int { TextWidth.of(SafeText.escaped(text)) }

    /// `text` cut to `width` cells, ending with `ellipsis` when cut.
    /// Only the start of a long text is looked at (a few characters per
    /// cell): a row never measures a whole book to show a line of it.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let look = width < 1 << 20 ? width * 4 + 16 : Int.max
        let head = text.utf8.count > look ? String(text.prefix(look)) + " " : text
        let safe = SafeText.escaped(head)
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
    /// text start new lines. Linear in the length of the text: each
    /// character is measured once.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapParagraph(SafeText.escaped(String(paragraph)), width: width, into: &result)
        }
        return result
    }

    /// At most `limit` lines of the wrapped text (a view that shows a
    /// screenful never lays out a whole book), and whether there was more.
    public static func wrap(_ text: String, width: Int, limit: Int) -> (lines: [String], truncated: Bool) {
        guard width > 0, limit > 0 else { return ([], !text.isEmpty) }
        // No more characters than the lines can hold are laid out.
        let budget = (limit + 1) * width * 2
        let head = text.utf8.count > budget ? String(text.prefix(budget)) : text
        let lines = wrap(head, width: width)
        let truncated = lines.count > limit || head.utf8.count < text.utf8.count
        return (Array(lines.prefix(limit)), truncated)
    }

    private static func wrapParagraph(_ text: String, width: Int, into lines: inout [String]) {
        let start = lines.count
        var line = ""
        var lineWidth = 0
        var word = ""
        var wordWidth = 0

        func flushWord() {
            guard !word.isEmpty else { return }
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
            } else {
                if lineWidth > 0 { lines.append(line) }
                line = word
                lineWidth = wordWidth
            }
            word = ""
            wordWidth = 0
        }

        for character in text {
            if character == " " {
                flushWord()
                continue
            }
            let w = TextWidth.of(character)
            // A word longer than a line is cut where the line is full.
            if wordWidth + w > width && lineWidth == 0 && !word.isEmpty {
                lines.append(word)
                word = ""
                wordWidth = 0
            } else if wordWidth + w > width && lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
                if wordWidth + w > width {
                    lines.append(word)
                    word = ""
                    wordWidth = 0
                }
            }
            word.append(character)
            wordWidth += w
        }
        flushWord()
        if lineWidth > 0 || lines.count == start { lines.append(line) }
    }
}
