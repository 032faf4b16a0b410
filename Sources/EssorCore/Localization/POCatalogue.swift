import Foundation

/// A gettext catalogue read from the text of a `.po` file: its messages,
/// keyed by context and English source text, and its plural rule.
///
/// Only what essor's catalogues use is read: `msgctxt`, `msgid`,
/// `msgid_plural`, `msgstr`, `msgstr[n]`, continuation lines, comments and
/// obsolete (`#~`) entries, which are skipped. Fuzzy entries are skipped
/// too, as gettext does: their English is shown until someone checks them.
public struct POCatalogue: Sendable {
    /// Translations by key (`context \u{4} msgid`, the gettext convention).
    public private(set) var messages: [String: [String]] = [:]
    public private(set) var plural = PluralRule.germanic
    /// Lines the reader could not understand (a test keeps this empty).
    public private(set) var problems: [String] = []

    public init(text: String) {
        var entry = Entry()
        var field: Field?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                finish(&entry)
                field = nil
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("#,") && line.contains("fuzzy") { entry.fuzzy = true }
                continue
            }
            if line.hasPrefix("\"") {
                guard let value = Self.unquote(line), let current = field else {
                    problems.append("line \(number + 1): \(line)")
                    continue
                }
                entry.append(value, to: current)
                continue
            }
            guard let space = line.firstIndex(of: " "),
                let value = Self.unquote(String(line[space...]).trimmingCharacters(in: .whitespaces))
            else {
                problems.append("line \(number + 1): \(line)")
                continue
            }
            let keyword = String(line[..<space])
            switch keyword {
            case "msgctxt":
                finish(&entry)
                field = .context
            case "msgid":
                if entry.id != nil { finish(&entry) }
                field = .id
            case "msgid_plural": field = .idPlural
            case "msgstr": field = .string(0)
            default:
                if keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                    let n = Int(keyword.dropFirst(7).dropLast()), n >= 0, n < 16
                {
                    field = .string(n)
                } else {
                    problems.append("line \(number + 1): \(line)")
                    field = nil
                    continue
                }
            }
            entry.append(value, to: field!)
        }
        finish(&entry)
    }

    public static func key(_ context: String?, _ id: String) -> String {
        guard let context else { return id }
        return context + "\u{4}" + id
    }

    private mutating func finish(_ entry: inout Entry) {
        defer { entry = Entry() }
        guard let id = entry.id else { return }
        if id.isEmpty && entry.context == nil {
            readHeader(entry.strings[0] ?? "")
            return
        }
        let count = (entry.strings.keys.max() ?? -1) + 1
        let strings = (0..<count).map { entry.strings[$0] ?? "" }
        guard !entry.fuzzy, !strings.isEmpty, strings.allSatisfy({ !$0.isEmpty }) else { return }
        messages[Self.key(entry.context, id)] = strings
    }

    private mutating func readHeader(_ header: String) {
        for line in header.split(separator: "\n") where line.hasPrefix("Plural-Forms:") {
            guard let range = line.range(of: "plural=") else { continue }
            var formula = String(line[range.upperBound...])
            if formula.hasSuffix(";") { formula.removeLast() }
            if let rule = PluralRule(formula) {
                plural = rule
            } else {
                problems.append("Plural-Forms: \(formula)")
            }
        }
    }

    /// The text of one quoted `.po` string, its escapes resolved.
    static func unquote(_ quoted: String) -> String? {
        guard quoted.count >= 2, quoted.hasPrefix("\""), quoted.hasSuffix("\"") else { return nil }
        var out = ""
        var escaped = false
        for character in quoted.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\"", "\\": out.append(character)
                default: return nil
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return nil
            } else {
                out.append(character)
            }
        }
        return escaped ? nil : out
    }

    private enum Field {
        case context, id, idPlural
        case string(Int)
    }

    private struct Entry {
        var context: String?
        var id: String?
        var idPlural: String?
        var strings: [Int: String] = [:]
        var fuzzy = false

        mutating func append(_ value: String, to field: Field) {
            switch field {
            case .context: context = (context ?? "") + value
            case .id: id = (id ?? "") + value
            case .idPlural: idPlural = (idPlural ?? "") + value
            case .string(let n): strings[n] = (strings[n] ?? "") + value
            }
        }
    }
}
