import EssorCore
import Foundation
import ZIPFoundation

/// An Office Open XML workbook (`.xlsx`, ECMA-376) of `DataTable`s, one
/// sheet each, as spreadsheets open it: text and identifiers as inline
/// strings (never formulas, so a cell from the store cannot compute),
/// numbers as numbers with their column's format (hours and decimals to
/// their precision, euros to the cent, shares as percentages), days as
/// date cells, the header in bold and frozen, each column as wide as its
/// content. Every text passes `OutputText`'s markup escaping. The archive
/// is built in memory with ZIPFoundation, its dates fixed, so the same
/// tables give the same bytes.
public enum SpreadsheetFile {
    public static func xlsx(_ tables: [DataTable]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let names = sheetNames(tables.map(\.name))
        var files: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets: tables.count)), ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelations(sheets: tables.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, table) in tables.enumerated() {
            files.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(table)))
        }
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

    public static func xlsx(_ tables: DataTables) throws -> [UInt8] { try xlsx(tables.all) }

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

    /// The style (its index in `styles`) of a column's numbers.
    static func style(_ kind: DataTable.Kind) -> Int {
        switch kind {
        case .text, .identifier: 0
        case .hours: 1
        case .euros: 2
        case .percent(let digits): digits <= 1 ? 3 : 8
        case .date: 5
        case .month: 10
        case .integer: 6
        case .decimal(let digits): digits <= 0 ? 6 : digits == 1 ? 7 : digits == 2 ? 1 : 9
        }
    }

    /// The day as a spreadsheet counts it: days since 30 December 1899.
    static func serial(_ day: LocalDate) -> Int { day.daysSinceEpoch + 25_569 }

    static func worksheet(_ table: DataTable) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
            """
        if !table.columns.isEmpty {
            xml += "<cols>"
            for index in table.columns.indices {
                xml +=
                    "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width(table, index))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        func text(_ reference: String, _ value: String, bold: Bool) -> String {
            "<c r=\"\(reference)\" t=\"inlineStr\"\(bold ? " s=\"4\"" : "")><is><t xml:space=\"preserve\">"
                + escaped(value) + "</t></is></c>"
        }
        xml += "<row r=\"1\">"
        for (c, column) in table.columns.enumerated() {
            xml += text(Self.column(c) + "1", column.title, bold: true)
        }
        xml += "</row>"
        for (r, row) in table.rows.enumerated() {
            xml += "<row r=\"\(r + 2)\">"
            for (c, cell) in row.enumerated() where c < table.columns.count {
                let reference = Self.column(c) + String(r + 2)
                let kind = table.columns[c].kind
                switch cell {
                case .empty: continue
                case .text(let value): xml += text(reference, value, bold: false)
                case .date(let day):
                    xml += "<c r=\"\(reference)\" s=\"\(kind == .month ? 10 : 5)\"><v>\(serial(day))</v></c>"
                case .number(let value):
                    guard value.isFinite else { continue }
                    if kind == .identifier || kind == .text {
                        xml += text(
                            reference, DecimalFormat.string(value, lang: .en, maxFractionDigits: 6),
                            bold: false)
                    } else {
                        xml += "<c r=\"\(reference)\" s=\"\(style(kind))\"><v>\(number(value))</v></c>"
                    }
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// A number as a cell holds it: a whole number without `.0` (read back
    /// as an integer), any other in the shortest form that reads back the
    /// same.
    static func number(_ value: Double) -> String {
        value == value.rounded() && value.magnitude < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A column's width in characters: its widest cell, 8 to 60.
    static func width(_ table: DataTable, _ index: Int) -> Int {
        var widest = table.columns[index].title.count
        for row in table.rows where index < row.count {
            let length: Int
            switch row[index] {
            case .text(let text): length = text.count
            case .number(let value): length = DecimalFormat.grouped(value, separator: " ").count + 4
            case .date: length = 10
            case .empty: length = 0
            }
            widest = max(widest, length)
        }
        return min(60, max(8, widest + 2))
    }

    /// Each sheet's name: at most 31 characters, none of `: \ / ? * [ ]`,
    /// never empty, never twice the same (a spreadsheet refuses both).
    static func sheetNames(_ wanted: [String]) -> [String] {
        var names: [String] = []
        for (index, name) in wanted.enumerated() {
            var name = String(name.filter { !":\\/?*[]".contains($0) && !$0.isNewline }.prefix(31))
            if name.trimmingCharacters(in: .whitespaces).isEmpty { name = "Sheet\(index + 1)" }
            var candidate = name
            var n = 2
            while names.contains(where: { $0.lowercased() == candidate.lowercased() }) {
                let suffix = " (\(n))"
                candidate = String(name.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            names.append(candidate)
        }
        return names
    }

    static func workbook(_ names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            "<sheet name=\"\(escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 2)\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets>\(sheets.joined())</sheets>
            </workbook>
            """
    }

    static func contentTypes(sheets: Int) -> String {
        let overrides = (1...max(1, sheets)).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            \(overrides.joined())
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            </Types>
            """
    }

    static let rootRelations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>
        """

    /// The styles first (rId1), then each sheet (rId2…).
    static func workbookRelations(sheets: Int) -> String {
        let relations = (1...max(1, sheets)).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
            \(relations.joined())
            </Relationships>
            """
    }

    /// Styles 0 plain, 1 two decimals (hours), 2 euros (# ##0.00 €), 3
    /// percent to one decimal, 4 bold, 5 date (DD/MM/YYYY), 6 whole, 7 one
    /// decimal, 8 percent to two decimals, 9 three decimals, 10 month
    /// (MM/YYYY).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="8"><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;€&quot;"/><numFmt numFmtId="166" formatCode="0.0%"/><numFmt numFmtId="167" formatCode="dd/mm/yyyy"/><numFmt numFmtId="168" formatCode="0.0"/><numFmt numFmtId="169" formatCode="0.00%"/><numFmt numFmtId="170" formatCode="0.000"/><numFmt numFmtId="171" formatCode="mm/yyyy"/></numFmts>
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
        <cellXfs count="11">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
        <xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="169" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="171" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        </cellXfs>
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
        </styleSheet>
        """
}
