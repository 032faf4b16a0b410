/// Finds the line of a key in TOML text, since the parser does not give
/// positions for values: follows `[table]` headers and matches `key =`,
/// also inside an inline table or as a dotted key.
struct SourceLocator {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line where `path` (table names then key) is written.
    func line(of path: [String]) -> Int? {
        guard let key = path.last else { return nil }
        let tables = path.dropLast()
        // [roles.title] then `fg =`
        if let found = find(table: tables.joined(separator: "."), key: key) { return found }
        // [roles] then `title = { fg = … }` or `title.fg = …`
        if tables.count >= 1 {
            let outer = tables.dropLast().joined(separator: ".")
            let inner = tables.last!
            if let found = find(table: outer, key: inner + "." + key) { return found }
            if let found = find(table: outer, key: inner) { return found }
        }
        return nil
    }

    private func find(table: String, key: String) -> Int? {
        var current = ""
        for (index, raw) in lines.enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let name = line.dropFirst().prefix { $0 != "]" }
                current = Self.normalise(String(name))
                continue
            }
            guard current == table else { continue }
            let name = line.prefix { $0 != "=" }
            guard name.count < line.count else { continue }
            if Self.normalise(String(name)) == key { return index + 1 }
        }
        return nil
    }

    /// `"roles" . title` → `roles.title`.
    private static func normalise(_ name: String) -> String {
        name.split(separator: ".").map {
            $0.trimmingCharacters(in: [" ", "\t", "\"", "'"])
        }.joined(separator: ".")
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
