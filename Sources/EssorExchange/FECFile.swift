import EssorCore
import Foundation

/// A Fichier des Écritures Comptables (Livre des procédures fiscales, art.
/// A47 A-1), as every French accounting package exports it: a header of
/// 18 columns in this order (more are tolerated after them, as in the
/// 22-column variant of non-commercial activities), cells separated by a
/// tab or `|`, dates `AAAAMMJJ`, amounts with a decimal comma, UTF-8,
/// ISO-8859-15 or Windows-1252, lines ending in LF, CRLF or CR CR LF.
/// `Montant` and `Sens` (D/C, or +1/−1) may replace `Debit` and `Credit`.
public enum FECFile {
    /// The 18 columns, in their order.
    public static let columns = [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
        "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
        "ValidDate", "Montantdevise", "Idevise",
    ]

    public enum Problem: Equatable, Sendable, Error {
        case empty
        /// A header with fewer cells than the 18 columns (or another
        /// separator than tab or `|`).
        case tooFewColumns(found: Int)
        /// The header's column at `position` (from 1) is not the one the
        /// format puts there.
        case unexpectedColumn(position: Int, found: String, expected: String)
        case tooFewCells(line: Int, found: Int)
        case badDate(line: Int, column: String, text: String)
        case missingDate(line: Int)
        case missingAccount(line: Int)
        case missingEntry(line: Int)
        case badAmount(line: Int, column: String, text: String)
        case amountOutOfRange(line: Int, column: String, text: String, range: ClosedRange<Double>)
        case badSense(line: Int, text: String)
        /// A header and no line.
        case noLines
    }

    public struct Problems: Error, Equatable, Sendable {
        public var problems: [Problem]
    }

    public struct Contents: Equatable, Sendable {
        public var lines: [LedgerLine]
        public var encoding: LegacyText.Encoding
        /// `\t` or `|`.
        public var separator: Character
        /// The header's number of columns (18, 22…).
        public var columnCount: Int
    }

    /// What a FEC's name says, `SIRENFECAAAAMMJJ.txt`: the SIREN of the
    /// books' owner and the day its financial year closes.
    public struct Name: Equatable, Sendable {
        /// The digits before « FEC » (a SIREN has nine: checked by whoever
        /// reads the name, never skipped).
        public var siren: String
        /// The closing day, when eight digits after « FEC » give a day and
        /// the name ends or goes on with its extension.
        public var closing: LocalDate?

        /// Nil when `path`'s last component does not start with digits
        /// then « FEC ».
        public init?(path: String) {
            let name = Array((path.split(separator: "/").last.map(String.init) ?? path).utf8)
            let digits = name.prefix { (0x30...0x39).contains($0) }.count
            guard digits > 0, name.count >= digits + 3,
                String(decoding: name[digits..<digits + 3], as: UTF8.self).uppercased() == "FEC"
            else { return nil }
            siren = String(decoding: name[0..<digits], as: UTF8.self)
            let day = digits + 3
            if name.count >= day + 8, name.count == day + 8 || name[day + 8] == UInt8(ascii: ".") {
                closing = LocalDate.parseCompact(utf8: name[day..<day + 8])
            } else {
                closing = nil
            }
        }
    }

    public static func parse(_ data: Data) -> Result<Contents, Problems> {
        let (text, encoding) = LegacyText.decode(data)
        var lines = split(text)
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        guard let header = lines.first else { return .failure(Problems(problems: [.empty])) }
        let separator: Character =
            header.split(separator: "\t", omittingEmptySubsequences: false).count
                >= header.split(separator: "|", omittingEmptySubsequences: false).count ? "\t" : "|"
        let names = header.split(separator: separator, omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard names.count >= columns.count else {
            return .failure(Problems(problems: [.tooFewColumns(found: names.count)]))
        }
        let amountAndSense = fold(names[11]) == "montant" && fold(names[12]) == "sens"
        for (index, expected) in columns.enumerated() {
            let found = names[index]
            if amountAndSense && (index == 11 || index == 12) { continue }
            if fold(found) != fold(expected) {
                return .failure(
                    Problems(problems: [
                        .unexpectedColumn(position: index + 1, found: found, expected: expected)
                    ]))
            }
        }
        var problems: [Problem] = []
        var ledger: [LedgerLine] = []
        ledger.reserveCapacity(lines.count)
        let separatorByte = separator == "\t" ? UInt8(ascii: "\t") : UInt8(ascii: "|")
        for (index, text) in lines.enumerated().dropFirst() {
            let number = index + 1
            if text.isEmpty { continue }
            let cells = text.utf8.split(separator: separatorByte, omittingEmptySubsequences: false)
            guard cells.count >= columns.count else {
                problems.append(.tooFewCells(line: number, found: cells.count))
                continue
            }
            func bytes(_ i: Int) -> Substring.UTF8View {
                var cell = cells[i]
                while cell.first == 0x20 { cell = cell.dropFirst() }
                while cell.last == 0x20 { cell = cell.dropLast() }
                return cell
            }
            func cell(_ i: Int) -> String { String(Substring(bytes(i))) }
            let dateBytes = bytes(3)
            let date = LocalDate.parseCompact(utf8: dateBytes) ?? DateReader.read(cell(3), today: nil)
            if date == nil {
                problems.append(
                    dateBytes.isEmpty
                        ? .missingDate(line: number)
                        : .badDate(line: number, column: columns[3], text: cell(3)))
            }
            let account = cell(4)
            if account.isEmpty { problems.append(.missingAccount(line: number)) }
            let entry = cell(2)
            if entry.isEmpty { problems.append(.missingEntry(line: number)) }
            func amount(_ i: Int) -> Int64? {
                let text = bytes(i)
                if text.isEmpty { return 0 }
                switch NumberReader.cents(utf8: text, as: .amount) {
                case .success(let cents): return cents
                case .failure(.outOfRange(let range)):
                    problems.append(
                        .amountOutOfRange(line: number, column: names[i], text: cell(i), range: range))
                case .failure:
                    problems.append(.badAmount(line: number, column: names[i], text: cell(i)))
                }
                return nil
            }
            var debit: Int64?
            var credit: Int64?
            if amountAndSense {
                let value = amount(11)
                switch cell(12).uppercased() {
                case "D", "+1", "1", "+": (debit, credit) = (value, 0)
                case "C", "-1", "-": (debit, credit) = (0, value)
                default: problems.append(.badSense(line: number, text: cell(12)))
                }
            } else {
                (debit, credit) = (amount(11), amount(12))
            }
            guard let date, !account.isEmpty, !entry.isEmpty, let debit, let credit else { continue }
            ledger.append(
                LedgerLine(
                    line: number, journal: cell(0), journalLabel: cell(1), entry: entry, date: date,
                    account: account, debit: debit, credit: credit))
        }
        if problems.isEmpty && ledger.isEmpty { problems.append(.noLines) }
        guard problems.isEmpty else { return .failure(Problems(problems: problems)) }
        return .success(
            Contents(lines: ledger, encoding: encoding, separator: separator, columnCount: names.count))
    }

    /// The file's lines without their endings: LF, CRLF, CR CR LF, or CR
    /// alone when the file has no LF.
    static func split(_ text: String) -> [Substring] {
        let bytes = text.utf8
        let newline: UInt8 = bytes.contains(0x0A) ? 0x0A : 0x0D
        return bytes.split(separator: newline, omittingEmptySubsequences: false).map { line in
            var line = line
            while line.last == 0x0D { line = line.dropLast() }
            return Substring(line)
        }
    }

    /// A column's name as compared: without case, accents or spaces.
    static func fold(_ name: String) -> String {
        SearchFolding.fold(name).filter { !$0.isWhitespace && $0 != "_" }
    }
}
