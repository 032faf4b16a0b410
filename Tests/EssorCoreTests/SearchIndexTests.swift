import EssorCore
import Testing

@Suite struct SearchIndexTests {
    /// Deterministic pseudo-random numbers (xorshift).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    static let words = [
        "coop", "jardin", "économie", "œuvre", "rives", "atelier", "caen", "東京", "🌱", "l'orne", "a", "de",
    ]

    @Test func answersLikeTheNaiveMatcherWhateverThePath() {
        var random = Random(state: 42)
        var keys: [(Int64, String)] = []
        for id in 1...3_000 {
            let parts = (0..<(1 + random.next(4))).map { _ in Self.words[random.next(Self.words.count)] }
            keys.append((Int64(id * 3), SearchFolding.fold(parts.joined(separator: " ") + " \(id)")))
        }
        let index = SearchIndex(entries: keys.map { ($0.0, Array($0.1.utf8)) })
        let all = keys.map(\.0)
        let queries = [
            "a", "co", "coop", "ard", "econ", "oeuvre", "東", "🌱", "coop caen", "rives a", "zz", "1", "l'o",
            "de at",
        ]
        for text in queries {
            let query = SearchQuery(text)
            let expected = keys.filter { query.matches(folded: $0.1) }.map(\.0)
            #expect(index.filter(all, query) == expected, "all, \(text)")
            let some = Array(all.prefix(200)).reversed().map { $0 }  // few candidates, in another order
            #expect(index.filter(some, query) == some.filter(expected.contains), "few, \(text)")
        }
    }

    @Test func keepsTheCandidatesOrderAndIgnoresUnknownIds() {
        let entries: [(Int64, [UInt8])] = [
            (1, Array("jardin".utf8)), (2, Array("coop".utf8)), (3, Array("jardins".utf8)),
        ]
        let index = SearchIndex(entries: entries)
        #expect(index.filter([3, 99, 1], SearchQuery("jard")) == [3, 1])
        #expect(index.filter([3, 2, 1], SearchQuery("")) == [3, 2, 1])
        #expect(index.count == 3)
    }
}
