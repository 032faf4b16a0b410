import Foundation

/// Folds text for accent- and case-insensitive search: `Économie` and
/// `economie` fold alike, `Œuvre` folds to `oeuvre`.
public enum SearchFolding {
    /// Lower-case, accents removed, ligatures expanded.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            append(scalar, to: &out)
        }
        return String(out)
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            return
        }
        if let mapped = latinTable[v] {
            out.append(contentsOf: mapped.unicodeScalars)
            return
        }
        if isMark(scalar) { return }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
        for part in decomposed.unicodeScalars where !isMark(part) {
            out.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Precomputed folds for Latin-1 and Latin Extended-A, where French lives.
    private static let latinTable: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let special: [UInt32: String] = [
            0xC6: "ae", 0xE6: "ae", 0x152: "oe", 0x153: "oe", 0xDF: "ss", 0xD8: "o", 0xF8: "o",
            0x141: "l", 0x142: "l", 0x110: "d", 0x111: "d", 0x131: "i", 0xD0: "d", 0xF0: "d",
            0xDE: "th", 0xFE: "th", 0xA0: " ", 0x2019: "'",
        ]
        for v in UInt32(0xA0)...0x17F {
            if let s = special[v] {
                table[v] = s
                continue
            }
            guard let scalar = Unicode.Scalar(v) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            var folded = ""
            for part in decomposed.unicodeScalars where !isMark(part) {
                folded += part.properties.lowercaseMapping
            }
            table[v] = folded
        }
        table[0x2019] = "'"
        table[0x202F] = " "
        return table
    }()
}

/// A search query: every word must appear (in any order) in the folded key.
public struct SearchQuery: Sendable, Equatable {
    public let words: [[UInt8]]

    public init(_ text: String) {
        words = SearchFolding.fold(text).split(whereSeparator: { $0 == " " }).map { Array($0.utf8) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Whether every word of the query occurs in `key` (already folded).
    public func matches(_ key: [UInt8]) -> Bool {
        for word in words where !Self.contains(key, word) {
            return false
        }
        return true
    }

    public func matches(folded key: String) -> Bool { matches(Array(key.utf8)) }

    /// Whether this query's words all extend words of `other`, so that its
    /// matches are a subset of the other's (used to filter incrementally).
    public func narrows(_ other: SearchQuery) -> Bool {
        other.words.allSatisfy { old in words.contains { Self.contains($0, old) } }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0 else { return true }
        let h = haystack.count
        guard n <= h else { return false }
        let first = needle[0]
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { nee in
                var i = 0
                let last = h - n
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < n && hay[i + j] == nee[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
