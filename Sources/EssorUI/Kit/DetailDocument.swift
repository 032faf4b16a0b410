import EssorCore

/// A run of text in one role.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

/// The content of a detail, before it is laid out for a width.
public enum DetailLine: Equatable, Sendable {
    case heading(String)
    case field(String, String, Role)
    case paragraph(String, Role)
    case bullet(String, Role)
    case blank
    /// A bar of a chart: its label in the label column, a bar `filled` of
    /// the width (0...1), a shade up to `reach` (what was planned), then
    /// `value`.
    case bar(String, filled: Double, reach: Double, value: String)
    /// A line standing for a form field: Enter on it edits that field.
    indirect case keyed(FieldKey, DetailLine)

    public static func field(_ label: String, _ value: String) -> DetailLine { .field(label, value, .normal) }
    public static func paragraph(_ text: String) -> DetailLine { .paragraph(text, .normal) }
    public static func bullet(_ text: String) -> DetailLine { .bullet(text, .normal) }
}

/// One screen line of a detail, and the form field it stands for.
public struct DetailRow: Equatable, Sendable {
    public var spans: [Span]
    public var key: FieldKey?

    public init(_ spans: [Span], key: FieldKey? = nil) {
        self.spans = spans
        self.key = key
    }
}

/// Lays a detail out in lines of spans for a given width: labels in a
/// column, values and paragraphs wrapped, bullets with a hanging indent.
///
/// A value longer than any field takes (`TextLimit.long`, which only an
/// older store can hold) is laid out to that length and marked `… (+N)`;
/// `maxRows` stops the layout once a view has what it can show.
public enum DetailDocument {
    public static func layout(
        _ lines: [DetailLine], width: Int, glyphs: Glyphs, maxRows: Int = .max
    ) -> [DetailRow] {
        guard width > 0, maxRows > 0 else { return [] }
        let labels = lines.compactMap { line -> Int? in
            if case .field(let label, _, _) = line.unkeyed { return TextLayout.width(label) }
            if case .bar(let label, _, _, _) = line.unkeyed { return TextLayout.width(label) }
            return nil
        }
        let labelWidth = min((labels.max() ?? 0) + 2, max(8, width / 2))
        // The bars of one chart (lines of bars in a row) have the same
        // room, so that they compare; their values follow in a column.
        var barRooms = [Int](repeating: 0, count: lines.count)
        var start = 0
        while start < lines.count {
            guard case .bar = lines[start].unkeyed else {
                start += 1
                continue
            }
            var end = start
            var widest = 0
            while end < lines.count, case .bar(_, _, _, let value) = lines[end].unkeyed {
                widest = max(widest, TextLayout.width(value))
                end += 1
            }
            let room = max(4, width - labelWidth - min(widest, width / 3) - 1)
            for index in start..<end { barRooms[index] = room }
            start = end
        }
        var out: [DetailRow] = []
        for (position, line) in lines.enumerated() {
            let barRoom = barRooms[position]
            let key = line.key
            let before = out.count
            layout(
                line.unkeyed, width: width, labelWidth: labelWidth, barRoom: barRoom, glyphs: glyphs,
                into: &out)
            for index in before..<out.count { out[index].key = key }
            if out.count >= maxRows { return Array(out.prefix(maxRows)) }
        }
        return out
    }

    /// `text` as far as a detail shows it.
    static func shown(_ text: String) -> String {
        guard text.utf8.count > TextLimit.long, text.count > TextLimit.long else { return text }
        let rest = text.count - TextLimit.long
        return String(text.prefix(TextLimit.long)) + " … (+"
            + DecimalFormat.grouped(Double(rest), separator: " ")
            + ")"
    }

    private static func layout(
        _ line: DetailLine, width: Int, labelWidth: Int, barRoom: Int, glyphs: Glyphs,
        into out: inout [DetailRow]
    ) {
        func append(_ spans: [Span]) { out.append(DetailRow(spans)) }
        switch line {
        case .heading(let text):
            append([Span(TextLayout.truncate(text, to: width, ellipsis: glyphs.ellipsis), .header)])
        case .field(let label, let value, let role):
            let valueWidth = max(1, width - labelWidth)
            let wrapped = TextLayout.wrap(shown(value), width: valueWidth)
            let shownLabel = TextLayout.truncate(label, to: labelWidth - 1, ellipsis: glyphs.ellipsis)
            let pad = String(repeating: " ", count: max(0, labelWidth - TextWidth.of(shownLabel)))
            for (i, part) in wrapped.enumerated() {
                let prefix = i == 0 ? shownLabel + pad : String(repeating: " ", count: labelWidth)
                append([Span(prefix, .muted), Span(part, role)])
            }
        case .paragraph(let text, let role):
            for part in TextLayout.wrap(shown(text), width: width) { append([Span(part, role)]) }
        case .bullet(let text, let role):
            let marker = glyphs.bullet + " "
            let indent = TextWidth.of(marker)
            for (i, part) in TextLayout.wrap(shown(text), width: max(1, width - indent)).enumerated() {
                append([
                    Span(i == 0 ? marker : String(repeating: " ", count: indent), .muted), Span(part, role),
                ])
            }
        case .blank:
            append([])
        case .bar(let label, let filled, let reach, let value):
            let shownLabel = TextLayout.truncate(label, to: labelWidth - 1, ellipsis: glyphs.ellipsis)
            let pad = String(repeating: " ", count: max(0, labelWidth - TextWidth.of(shownLabel)))
            let room = barRoom
            let clamp = { (x: Double) in x.isFinite ? min(1, max(0, x)) : 0 }
            let drawn = glyphs.bar(clamp(filled) * Double(room), reach: clamp(reach) * Double(room))
            let gap = String(repeating: " ", count: max(0, room - TextWidth.of(drawn.bar + drawn.shade)))
            append([
                Span(shownLabel + pad, .muted), Span(drawn.bar, .accent), Span(drawn.shade, .muted),
                Span(
                    gap + " "
                        + TextLayout.truncate(
                            value, to: max(1, width - labelWidth - room - 1), ellipsis: glyphs.ellipsis)),
            ])
        case .keyed(_, let inner):
            layout(inner, width: width, labelWidth: labelWidth, barRoom: barRoom, glyphs: glyphs, into: &out)
        }
    }
}

extension DetailLine {
    var key: FieldKey? {
        if case .keyed(let key, _) = self { return key }
        return nil
    }

    var unkeyed: DetailLine {
        if case .keyed(_, let inner) = self { return inner.unkeyed }
        return self
    }
}
