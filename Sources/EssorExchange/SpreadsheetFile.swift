import EssorCore
import Foundation
import ZIPFoundation

/// A one-sheet Office Open XML workbook (`.xlsx`, ECMA-376), as
/// spreadsheets open it: text as inline strings (never formulas, so a cell
/// from the store cannot compute), numbers as numbers with their format
/// (hours to the hundredth, euros to the cent), the header in bold and
/// frozen. Every text passes `OutputText`'s markup escaping. The archive
/// is built in memory with ZIPFoundation, its dates fixed, so the same
/// table gives the same bytes.
public enum SpreadsheetFile {
    public enum Cell: Equatable, Sendable {
        case text(String)
        case number(Double, NumberStyle)
        case empty
    }

    /// How a number shows (the index of its style in the workbook).
    public enum NumberStyle: Int, Sendable {
        case plain = 0
        case hours = 1
        case euros = 2
        case percent = 3
    }

    public static func xlsx(sheet: String, header: [String], rows: [[Cell]]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let files: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbook(sheet)), ("xl/_rels/workbook.xml.rels", workbookRelations),
            ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", worksheet(header: header, rows: rows)),
        ]
        // 1 January 1980, the first day a ZIP date can say.
        let date = Date(timeIntervalSince1970: 315_532_800)
        for (path, text) in files {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    static func escaped(_ text: String) -> String { OutputText.clean(text, for: .markup) }

    /// `A`, `B`… `Z`, `AA`: a column's letters.
    static func column(_ index: Int) -> String {
        var n = index + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    static func worksheet(header: [String], rows: [[Cell]]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
            <sheetData>
            """
        let all: [[Cell]] = [header.map(Cell.text)] + rows
        for (r, row) in all.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let reference = column(c) + String(r + 1)
                let bold = r == 0 ? " s=\"4\"" : ""
                switch cell {
                case .empty: continue
                case .text(let text):
                    xml +=
                        "<c r=\"\(reference)\" t=\"inlineStr\"\(bold)><is><t xml:space=\"preserve\">"
                        + escaped(text) + "</t></is></c>"
                case .number(let value, let style):
                    guard value.isFinite else { continue }
                    xml += "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(value)</v></c>"
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func workbook(_ sheet: String) -> String {
        // A sheet's name: 31 characters, none of : \ / ? * [ ].
        let name = String(sheet.filter { !":\\/?*[]".contains($0) }.prefix(31))
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="\(escaped(name.isEmpty ? "Sheet1" : name))" sheetId="1" r:id="rId1"/></sheets>
            </workbook>
            """
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
        </Types>
        """

    static let rootRelations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>
        """

    static let workbookRelations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        </Relationships>
        """

    /// Styles 0 plain, 1 hours (0.00), 2 euros (# ##0.00 €), 3 percent, 4 bold.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="2"><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts>
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
        <cellXfs count="5">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
        </cellXfs>
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
        </styleSheet>
        """
}
