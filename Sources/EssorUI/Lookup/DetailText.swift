/// A record's detail as plain lines, for `essor show`.
public enum DetailText {
    public static func lines(_ detail: PanelDetail, _ state: AppState, width: Int) -> [String] {
        let title = TextLayout.truncate(DetailContent.title(detail, lang: state.lang), to: width)
        let rows = DetailDocument.layout(
            DetailContent.lines(detail, state), width: max(20, width), glyphs: .unicode)
        return [title, String(repeating: "─", count: min(width, TextWidth.of(title))), ""]
            + rows.map { row in
                var line = row.spans.map(\.text).joined()
                while line.last == " " { line.removeLast() }
                return line
            }
    }
}
