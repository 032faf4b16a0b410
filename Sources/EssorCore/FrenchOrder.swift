/// The order of names in lists and documents, as a French reader expects
/// it: letters compared without accents or case first (« Épicerie » with
/// the E's, before « Mutuelle »), accents and case only to break a tie.
/// Sorting by raw code points puts every accented capital after « Z ».
public enum FrenchOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        // Two ASCII names (most partners', many structures'): compared
        // byte by byte, case folded, without building folded copies (SQLite
        // calls this for every comparison of an ORDER BY … COLLATE FRENCH).
        if let ascii = asciiLess(a, b) { return ascii }
        let fa = SearchFolding.fold(a)
        let fb = SearchFolding.fold(b)
        return fa != fb ? fa < fb : a < b
    }

    /// Nil unless both are ASCII letters, digits, spaces and punctuation
    /// that folding leaves as they are (lowercased).
    static func asciiLess(_ a: String, _ b: String) -> Bool? {
        let result = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                var folded: Bool?
                let shared = min(x.count, y.count)
                for i in 0..<shared {
                    let p = x[i]
                    let q = y[i]
                    guard p < 0x80, q < 0x80 else { return nil }
                    if folded == nil {
                        let lp = p >= 65 && p <= 90 ? p + 32 : p
                        let lq = q >= 65 && q <= 90 ? q + 32 : q
                        if lp != lq { folded = lp < lq }
                    }
                }
                if x[shared...].contains(where: { $0 >= 0x80 })
                    || y[shared...].contains(where: { $0 >= 0x80 })
                {
                    return nil
                }
                if let folded { return folded }
                if x.count != y.count { return x.count < y.count }
                return a < b
            } ?? nil
        }
        return result ?? nil
    }

    /// `items` in French order of `name`, each name folded once (a sort
    /// calling `less` folds both names at every comparison); `before`
    /// orders first, when given (more hours first, say).
    public static func sorted<T>(
        _ items: [T], by name: (T) -> String, before: ((T, T) -> Bool?)? = nil
    ) -> [T] {
        let keys = items.map { (SearchFolding.fold(name($0)), name($0)) }
        return items.indices.sorted { i, j in
            if let first = before?(items[i], items[j]) { return first }
            return keys[i].0 != keys[j].0 ? keys[i].0 < keys[j].0 : keys[i].1 < keys[j].1
        }.map { items[$0] }
    }
}
