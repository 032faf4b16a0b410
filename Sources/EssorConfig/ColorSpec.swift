import EssorUI

/// Colours as theme files write them: `#RRGGBB` (or `#RGB`), a terminal
/// colour name (`red`, `bright-blue`, `rouge`…), `colorN` for one of the
/// 256 indexed colours, or `default` for the terminal's own.
enum ColorSpec {
    static func parse(_ text: String) -> ThemeColor? {
        let value = text.trimmingSpacesAndTabs.lowercased()
        if value.hasPrefix("#") { return hex(value.dropFirst()) }
        if let n = names[value.replacingUnderscores] { return n }
        for prefix in ["color", "colour", "couleur"] where value.hasPrefix(prefix) {
            guard let n = Int(value.dropFirst(prefix.count)), (0...255).contains(n) else { return nil }
            return n < 16 ? .ansi(n) : .indexed(n)
        }
        return nil
    }

    private static func hex(_ digits: Substring) -> ThemeColor? {
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        let expanded: String
        switch digits.count {
        case 3: expanded = digits.map { "\($0)\($0)" }.joined()
        case 6: expanded = String(digits)
        default: return nil
        }
        guard let value = UInt32(expanded, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    private static let names: [String: ThemeColor] = {
        var table: [String: ThemeColor] = [
            "default": .terminalDefault, "defaut": .terminalDefault, "défaut": .terminalDefault,
        ]
        let english = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        let french = ["noir", "rouge", "vert", "jaune", "bleu", "magenta", "cyan", "blanc"]
        for (n, name) in english.enumerated() {
            table[name] = .ansi(n)
            table["bright-" + name] = .ansi(n + 8)
            table["bright" + name] = .ansi(n + 8)
            table["bright " + name] = .ansi(n + 8)
        }
        for (n, name) in french.enumerated() {
            table[name] = table[name] ?? .ansi(n)
            table[name + "-vif"] = .ansi(n + 8)
        }
        table["grey"] = .ansi(8)
        table["gray"] = .ansi(8)
        table["gris"] = .ansi(8)
        return table
    }()
}

extension String {
    var trimmingSpacesAndTabs: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
