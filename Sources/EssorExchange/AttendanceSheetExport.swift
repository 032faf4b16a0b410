import EssorCore
import EssorStore

/// The printable attendance sheet (feuille d'émargement) of a meeting:
/// the programme and its funders, the meeting, then one row per expected
/// participant with a signature column, and a few blank rows for people
/// who come unannounced.
public enum AttendanceSheetExport {
    public static let blankRows = 5

    struct Header {
        var pairs: [(String, String)]
        var title: String
    }

    static func header(_ sheet: AttendanceSheet, programme: Programme?, lang: Lang, clock: WallClock)
        -> Header
    {
        let labels = ExportLabels(lang)
        let m = sheet.meeting
        let start = clock.local(m.start)
        let end = clock.local(m.end)
        var pairs: [(String, String)] = []
        if let programme {
            pairs.append(
                (
                    labels.programme,
                    [programme.name, programme.operatorName].filter { !$0.isEmpty }.joined(separator: " — ")
                ))
            if !programme.funders.isEmpty {
                pairs.append((labels.funders, programme.funders.joined(separator: ", ")))
            }
        }
        pairs.append((labels.cohort, sheet.cohortName))
        pairs.append((labels.meeting, "\(m.title) (\(labels.kind(m.kind)))"))
        pairs.append((labels.date, labels.longDate(start.date)))
        pairs.append((labels.times, "\(labels.time(start)) – \(labels.time(end))"))
        let place = [m.place, m.videoLink].filter { !$0.isEmpty }.joined(separator: " · ")
        if !place.isEmpty { pairs.append((labels.place, place)) }
        if !m.facilitators.isEmpty { pairs.append((labels.facilitators, m.facilitators)) }
        return Header(pairs: pairs, title: labels.sheetTitle)
    }

    static func arrival(_ row: AttendanceSheet.Row, lang: Lang, clock: WallClock) -> String {
        guard let at = row.arrivedAt else { return "" }
        return ExportLabels(lang).time(clock.local(at))
    }

    public static func markdown(
        _ sheet: AttendanceSheet, programme: Programme?, lang: Lang, clock: WallClock = .paris
    )
        -> String
    {
        let labels = ExportLabels(lang)
        let header = header(sheet, programme: programme, lang: lang, clock: clock)
        let colon = labels.fr ? " :" : ":"
        var out = "# \(header.title)\n\n"
        for (key, value) in header.pairs { out += "**\(key)\(colon)** \(cell(value))  \n" }
        out +=
            "\n| \(labels.structure) | \(labels.name) | \(labels.role) | \(labels.arrival) | \(labels.signature) |\n"
        out += "|---|---|---|---|---|\n"
        for row in sheet.rows {
            out += "| \(cell(row.structureName)) | \(cell(row.person)) | \(cell(row.role)) | "
            out += "\(arrival(row, lang: lang, clock: clock)) | |\n"
        }
        for _ in 0..<blankRows { out += "| | | | | |\n" }
        return out
    }

    /// Text safe in a Markdown table cell: no line breaks, pipes escaped,
    /// markup characters taken literally, control characters dropped.
    static func cell(_ text: String) -> String {
        var out = ""
        for c in OutputText.clean(text, for: .file) {
            switch c {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\" + String(c)
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    public static func html(
        _ sheet: AttendanceSheet, programme: Programme?, lang: Lang, clock: WallClock = .paris
    )
        -> String
    {
        let labels = ExportLabels(lang)
        let header = header(sheet, programme: programme, lang: lang, clock: clock)
        var out = """
            <!DOCTYPE html>
            <html lang="\(labels.fr ? "fr" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(escape(header.title)) — \(escape(sheet.meeting.title))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #111; }
            h1 { font-size: 1.5em; margin-bottom: 0.5em; }
            dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; margin: 0 0 1.5em; }
            dt { font-weight: bold; }
            dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #444; padding: 0.4em 0.5em; text-align: left; vertical-align: top; }
            td.signature { width: 30%; height: 2.2em; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            @media print { body { margin: 1cm; } }
            </style>
            </head>
            <body>
            <h1>\(escape(header.title))</h1>
            <dl>

            """
        for (key, value) in header.pairs { out += "<dt>\(escape(key))</dt><dd>\(escape(value))</dd>\n" }
        out += """
            </dl>
            <table>
            <thead><tr><th>\(escape(labels.structure))</th><th>\(escape(labels.name))</th><th>\(escape(labels.role))</th><th>\(escape(labels.arrival))</th><th>\(escape(labels.signature))</th></tr></thead>
            <tbody>

            """
        for row in sheet.rows {
            out +=
                "<tr><td>\(escape(row.structureName))</td><td>\(escape(row.person))</td><td>\(escape(row.role))</td>"
            out +=
                "<td>\(escape(arrival(row, lang: lang, clock: clock)))</td><td class=\"signature\"></td></tr>\n"
        }
        for _ in 0..<blankRows {
            out += "<tr><td></td><td></td><td></td><td></td><td class=\"signature\"></td></tr>\n"
        }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }

    /// Text safe in HTML: markup characters as entities, control
    /// characters dropped and bidirectional ones shown (`OutputText`).
    static func escape(_ text: String) -> String {
        var out = ""
        for c in OutputText.clean(text, for: .file) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
