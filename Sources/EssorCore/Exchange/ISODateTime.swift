import Foundation

/// The one way essor's JSON writes an instant: ISO 8601 (RFC 3339) to the
/// second, with the offset of the programme's zone at that instant,
/// `2026-11-30T14:30:00+01:00` (`Z` when the offset is zero). Reading takes that form or a `Z`; nothing
/// looser, so a value read is the instant that was written.
public enum ISODateTime {
    public static func format(_ instant: Int64, _ clock: WallClock) -> String {
        var offset = clock.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))
        // A zone's old local mean time (Paris before 1911: +00:09:21) has
        // no ±HH:MM: such an instant is written in UTC.
        if offset % 60 != 0 { offset = 0 }
        let local = instant + Int64(offset)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let seconds = Int(local - Int64(days) * 86_400)
        let sign = offset < 0 ? "-" : "+"
        let pad = LocalDate.pad
        let zone =
            offset == 0 ? "Z" : "\(sign)\(pad(abs(offset) / 3600, 2)):\(pad(abs(offset) % 3600 / 60, 2))"
        return
            "\(LocalDate(daysSinceEpoch: days).iso)T\(pad(seconds / 3600, 2)):\(pad(seconds % 3600 / 60, 2))"
            + ":\(pad(seconds % 60, 2))\(zone)"
    }

    /// The instant `text` names, or nil when it is not exactly
    /// `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`.
    public static func parse(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 || bytes.count == 25, bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let date = LocalDate.parseISO(String(decoding: bytes[0..<10], as: UTF8.self)),
            let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]),
            let second = number(bytes[17..<19]), hour < 24, minute < 60, second < 60
        else { return nil }
        var offset = 0
        switch bytes[19] {
        case UInt8(ascii: "Z") where bytes.count == 20:
            offset = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard bytes.count == 25, bytes[22] == UInt8(ascii: ":"), let h = number(bytes[20..<22]),
                let m = number(bytes[23..<25]), h < 24, m < 60
            else { return nil }
            offset = (h * 3600 + m * 60) * (bytes[19] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
            - Int64(offset)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
