/// Folded search keys of many records, for filtering as you type.
///
/// Keys sit in one contiguous buffer. Each entry also has a signature: the
/// set of ASCII characters it holds (exact) and a 256-bit set of the letter
/// pairs it holds (hashed). A query word is checked against signatures
/// first, with a few AND operations per entry; only the entries that pass
/// are scanned. Over 200,000 structures a keystroke takes a few
/// milliseconds, frequent letters included.
public final class SearchIndex: Sendable, Equatable {
    /// Keys one after another, each ended by a 0 byte (no query holds one).
    private let buffer: [UInt8]
    /// Where each entry starts in `buffer`; one more for the end.
    private let starts: [Int32]
    /// The record each entry belongs to.
    public let ids: [Int64]
    /// Entry of each record id, for ids below `positions.count`.
    private let positions: [Int32]
    /// Two words per entry: which ASCII characters its key holds.
    private let characters: [UInt64]
    /// Four words per entry: which (hashed) pairs of bytes its key holds.
    private let pairs: [UInt64]

    /// Builds an index from keys given by `fill`, which calls `add` once per
    /// record with its id and folded key bytes. With the number of records
    /// and of key bytes to come, each array is made once at its size
    /// (growing them doubles their memory for a moment: 25 MB more at
    /// 200,000 structures).
    public init(
        expecting count: Int = 0, bytes: Int = 0,
        _ fill: ((Int64, UnsafeRawBufferPointer) -> Void) throws -> Void
    ) rethrows {
        var buffer: [UInt8] = []
        var starts: [Int32] = []
        var ids: [Int64] = []
        var characters: [UInt64] = []
        var pairs: [UInt64] = []
        buffer.reserveCapacity(bytes + count)
        starts.reserveCapacity(count + 1)
        ids.reserveCapacity(count)
        characters.reserveCapacity(2 * count)
        pairs.reserveCapacity(4 * count)
        try fill { id, key in
            starts.append(Int32(buffer.count))
            let clean = key.lazy.filter { $0 != 0 }
            buffer.append(contentsOf: clean)
            buffer.append(0)
            ids.append(id)
            let signature = Self.signature(clean)
            characters.append(signature.characters.0)
            characters.append(signature.characters.1)
            pairs.append(signature.pairs.0)
            pairs.append(signature.pairs.1)
            pairs.append(signature.pairs.2)
            pairs.append(signature.pairs.3)
        }
        starts.append(Int32(buffer.count))
        self.buffer = buffer
        self.starts = starts
        self.ids = ids
        self.characters = characters
        self.pairs = pairs
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

    /// Keeps, in their order, the ids whose key holds every word of `query`.
    /// Many candidates: every entry is checked in memory order into a
    /// bitset, then the candidates are kept by their bit. Few: only theirs.
    public func filter(_ candidates: [Int64], _ query: SearchQuery) -> [Int64] {
        guard !query.words.filter({ !$0.isEmpty }).isEmpty else { return candidates }
        guard candidates.count * 8 > ids.count else { return filterEach(candidates, query) }
        var hits = [UInt64](repeating: 0, count: (ids.count + 63) / 64)
        for entry in filterEntries(0..<ids.count, query) { hits[entry >> 6] |= 1 << UInt64(entry & 63) }
        return positions.withUnsafeBufferPointer { positions in
            candidates.filter { id in
                let entry: Int
                if id >= 0 && Int(id) < positions.count {
                    guard positions[Int(id)] >= 0 else { return false }
                    entry = Int(positions[Int(id)])
                } else {
                    guard let found = ids.firstIndex(of: id) else { return false }
                    entry = found
                }
                return hits[entry >> 6] & (1 << UInt64(entry & 63)) != 0
            }
        }
    }

    /// The candidates that match, checked one by one.
    private func filterEach(_ candidates: [Int64], _ query: SearchQuery) -> [Int64] {
        var entries: [Int] = []
        entries.reserveCapacity(candidates.count)
        var kept: [Int64] = []
        positions.withUnsafeBufferPointer { positions in
            for id in candidates {
                if id >= 0 && Int(id) < positions.count {
                    if positions[Int(id)] >= 0 { entries.append(Int(positions[Int(id)])) }
                } else if let found = ids.firstIndex(of: id) {
                    entries.append(found)
                }
            }
        }
        for entry in filterEntries(entries, query) { kept.append(ids[entry]) }
        return kept
    }

    /// The entries of `entries` (in that order) whose key holds every word.
    private func filterEntries(_ entries: some Collection<Int>, _ query: SearchQuery) -> [Int] {
        let words = query.words.filter { !$0.isEmpty }
        // The query, flattened so that the loop below touches no array
        // needing reference counting: every needle in one buffer, and each
        // word's required signature in plain arrays.
        var needles: [UInt8] = []
        var needleStarts: [Int] = []
        var wordCharacters: [UInt64] = []
        var wordPairs: [UInt64] = []
        var exact: [Bool] = []
        for word in words {
            needleStarts.append(needles.count)
            needles += word
            let signature = Self.signature(word)
            wordCharacters += [signature.characters.0, signature.characters.1]
            wordPairs += [signature.pairs.0, signature.pairs.1, signature.pairs.2, signature.pairs.3]
            exact.append(word.count == 1 && word[0] < 128)
        }
        needleStarts.append(needles.count)
        var result: [Int] = []
        result.reserveCapacity(Swift.min(entries.count, 1 << 16))
        let wordCount = words.count
        buffer.withUnsafeBufferPointer { bytes in
            characters.withUnsafeBufferPointer { characters in
                pairs.withUnsafeBufferPointer { pairs in
                    starts.withUnsafeBufferPointer { starts in
                        needles.withUnsafeBufferPointer { needles in
                            for entry in entries {
                                var holdsAll = true
                                for w in 0..<wordCount {
                                    let c = entry &* 2
                                    let wc = w &* 2
                                    if characters[c] & wordCharacters[wc] != wordCharacters[wc]
                                        || characters[c &+ 1] & wordCharacters[wc &+ 1]
                                            != wordCharacters[wc &+ 1]
                                    {
                                        holdsAll = false
                                        break
                                    }
                                    if exact[w] { continue }
                                    let p = entry &* 4
                                    let wp = w &* 4
                                    if pairs[p] & wordPairs[wp] != wordPairs[wp]
                                        || pairs[p &+ 1] & wordPairs[wp &+ 1] != wordPairs[wp &+ 1]
                                        || pairs[p &+ 2] & wordPairs[wp &+ 2] != wordPairs[wp &+ 2]
                                        || pairs[p &+ 3] & wordPairs[wp &+ 3] != wordPairs[wp &+ 3]
                                    {
                                        holdsAll = false
                                        break
                                    }
                                    if !Self.contains(
                                        bytes, Int(starts[entry]), Int(starts[entry &+ 1]) &- 1, needles,
                                        needleStarts[w], needleStarts[w &+ 1])
                                    {
                                        holdsAll = false
                                        break
                                    }
                                }
                                if holdsAll { result.append(entry) }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The characters and letter pairs a key (or a query word) holds.
    static func signature(_ bytes: some Sequence<UInt8>) -> (
        characters: (UInt64, UInt64), pairs: (UInt64, UInt64, UInt64, UInt64)
    ) {
        var characters: (UInt64, UInt64) = (0, 0)
        var pairs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 64 {
                characters.0 |= 1 << UInt64(byte)
            } else if byte < 128 {
                characters.1 |= 1 << UInt64(byte - 64)
            }
            if previous >= 0x20 && byte >= 0x20 { set(&pairs, pairHash(previous, byte)) }
            previous = byte
        }
        return (characters, pairs)
    }

    private func entry(of id: Int64) -> Int? {
        if id >= 0 && Int(id) < positions.count {
            let entry = positions[Int(id)]
            return entry < 0 ? nil : Int(entry)
        }
        return ids.firstIndex(of: id)
    }

    @inline(__always)
    static func pairHash(_ a: UInt8, _ b: UInt8) -> Int { Int((UInt32(a) &* 31 &+ UInt32(b) &* 7) & 255) }

    @inline(__always)
    static func set(_ bits: inout (UInt64, UInt64, UInt64, UInt64), _ bit: Int) {
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: bits.0 |= mask
        case 1: bits.1 |= mask
        case 2: bits.2 |= mask
        default: bits.3 |= mask
        }
    }

    /// Whether bytes `start..<end` hold the needle `needles[from..<to]`.
    @inline(__always)
    private static func contains(
        _ base: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ needles: UnsafeBufferPointer<UInt8>,
        _ from: Int, _ to: Int
    ) -> Bool {
        let n = to &- from
        let first = needles[from]
        var p = start
        let last = end &- n
        while p <= last {
            if base[p] == first {
                var i = 1
                while i < n && base[p &+ i] == needles[from &+ i] { i &+= 1 }
                if i == n { return true }
            }
            p &+= 1
        }
        return false
    }
}
