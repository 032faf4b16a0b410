import Glibc

/// Folded search keys of many records in one contiguous buffer. A query
/// word is found by looking for its rarest letter with glibc's vectorised
/// `memchr` and checking the word around it: a filter keystroke over
/// 200,000 structures takes a few milliseconds.
public final class SearchIndex: Sendable, Equatable {
    /// Keys one after another, each ended by a 0 byte (no query holds one).
    private let buffer: [UInt8]
    /// Where each entry starts in `buffer`; one more for the end.
    private let starts: [Int32]
    /// The record each entry belongs to.
    public let ids: [Int64]
    /// Entry of each record id, for ids below `positions.count`.
    private let positions: [Int32]

    /// Builds an index from keys appended by `fill`, which calls `add` once
    /// per record with its id and folded key bytes.
    public init(_ fill: ((Int64, UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows {
        var buffer: [UInt8] = []
        var starts: [Int32] = []
        var ids: [Int64] = []
        try fill { id, key in
            starts.append(Int32(buffer.count))
            buffer.append(contentsOf: key.lazy.filter { $0 != 0 })
            buffer.append(0)
            ids.append(id)
        }
        starts.append(Int32(buffer.count))
        self.buffer = buffer
        self.starts = starts
        self.ids = ids
        let maxID = ids.max() ?? -1
        var positions = [Int32](repeating: -1, count: maxID >= 0 && maxID < 100_000_000 ? Int(maxID) + 1 : 0)
        for (entry, id) in ids.enumerated() where id >= 0 && Int(id) < positions.count {
            positions[Int(id)] = Int32(entry)
        }
        self.positions = positions
    }

    /// Builds an index from (id, folded key) pairs.
    public convenience init(entries: some Sequence<(Int64, [UInt8])>) {
        self.init { add in
            for (id, key) in entries { key.withUnsafeBytes { add(id, $0) } }
        }
    }

    public var count: Int { ids.count }
    public var byteCount: Int { buffer.count }

    public static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool { lhs === rhs }

    /// Keeps, in their order, the ids whose key holds every word of
    /// `query`. With many candidates the whole buffer is scanned once;
    /// with few, only their keys are.
    public func filter(_ candidates: [Int64], _ query: SearchQuery) -> [Int64] {
        guard !query.words.isEmpty else { return candidates }
        if candidates.count * 2 > ids.count {
            let hits = matchingEntries(query)
            return candidates.filter { id in entry(of: id).map { hits.contains($0) } ?? false }
        }
        return buffer.withUnsafeBytes { raw in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            return candidates.filter { id in
                guard let entry = entry(of: id) else { return false }
                let start = Int(starts[entry])
                let end = Int(starts[entry + 1]) - 1
                return query.words.allSatisfy { Self.contains(base, start, end, $0) }
            }
        }
    }

    /// Entries whose key holds every word, as a bitset.
    func matchingEntries(_ query: SearchQuery) -> Bitset {
        var hits = Bitset(count: ids.count)
        let first = query.words[0]
        let others = query.words.dropFirst()
        let anchor = Self.rarest(first)
        let anchorByte = Int32(first[anchor])
        buffer.withUnsafeBytes { raw in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let total = raw.count
            first.withUnsafeBufferPointer { needle in
                let n = needle.count
                var p = anchor
                while p < total, let found = memchr(base + p, anchorByte, total - p) {
                    let hit = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                    let candidate = hit - anchor
                    if candidate >= 0 && candidate + n <= total && Self.matches(base, candidate, needle) {
                        let entry = entryContaining(candidate)
                        let start = Int(starts[entry])
                        let end = Int(starts[entry + 1]) - 1
                        if others.allSatisfy({ Self.contains(base, start, end, $0) }) { hits.insert(entry) }
                        p = end + 1 + anchor  // next entry
                    } else {
                        p = hit + 1
                    }
                }
            }
        }
        return hits
    }

    /// The entry whose bytes include `offset`.
    private func entryContaining(_ offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        let target = Int32(offset)
        while low + 1 < high {
            let middle = (low + high) / 2
            if starts[middle] <= target { low = middle } else { high = middle }
        }
        return low
    }

    /// Index in `word` of its least frequent byte in French text, so that
    /// `memchr` stops as rarely as possible.
    static func rarest(_ word: [UInt8]) -> Int {
        var best = 0
        var bestRank = Int.max
        for (i, byte) in word.enumerated() {
            let rank = frequencyRank[Int(byte)]
            if rank < bestRank {
                best = i
                bestRank = rank
            }
        }
        return best
    }

    /// Lower is rarer: ASCII letters by decreasing frequency in French
    /// names get high ranks; digits, punctuation and other bytes are rare.
    private static let frequencyRank: [Int] = {
        var ranks = [Int](repeating: 0, count: 256)
        for (i, c) in "eaisnrtoludcmpgbvhfqyxjkwz ".utf8.enumerated() { ranks[Int(c)] = 100 - i }
        return ranks
    }()

    @inline(__always)
    private static func matches(_ base: UnsafePointer<UInt8>, _ p: Int, _ needle: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        var i = 0
        while i < needle.count {
            if base[p + i] != needle[i] { return false }
            i += 1
        }
        return true
    }

    private func entry(of id: Int64) -> Int? {
        if id >= 0 && Int(id) < positions.count {
            let entry = positions[Int(id)]
            return entry < 0 ? nil : Int(entry)
        }
        return ids.firstIndex(of: id)
    }

    /// Whether bytes `start..<end` hold `word`.
    private static func contains(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ word: [UInt8])
        -> Bool
    {
        word.withUnsafeBufferPointer { needle in
            let n = needle.count
            guard n > 0 else { return true }
            let f = needle[0]
            var p = start
            let last = end - n
            while p <= last {
                if base[p] == f && matches(base, p, needle) { return true }
                p += 1
            }
            return false
        }
    }
}

/// A fixed set of small integers.
struct Bitset {
    private var words: [UInt64]

    init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }
    func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
}
