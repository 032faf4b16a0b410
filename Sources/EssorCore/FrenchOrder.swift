/// The order of names in lists and documents, as a French reader expects
/// it: letters compared without accents or case first (« Épicerie » with
/// the E's, before « Mutuelle »), accents and case only to break a tie.
/// Sorting by raw code points puts every accented capital after « Z ».
public enum FrenchOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        let fa = SearchFolding.fold(a)
        let fb = SearchFolding.fold(b)
        return fa != fb ? fa < fb : a < b
    }
}
