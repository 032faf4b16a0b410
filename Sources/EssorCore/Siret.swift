/// SIRET (establishment, 14 digits) and SIREN (company, its first 9 digits)
/// numbers, checked with the Luhn algorithm as INSEE does.
public enum Siret {
    public enum Problem: Equatable, Sendable {
        case wrongLength(Int)
        case notDigits
        case checksum
    }

    /// Digits only: spaces (also non-breaking) typed between groups are removed.
    public static func normalize(_ text: String) -> String {
        String(text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" })
    }

    /// Why `text` is not a valid SIRET, or nil when it is.
    public static func problem(_ text: String) -> Problem? {
        let digits = normalize(text)
        guard digits.allSatisfy(\.isASCIIDigit) else { return .notDigits }
        guard digits.count == 14 else { return .wrongLength(digits.count) }
        // La Poste's establishments share SIREN 356 000 000: their SIRETs
        // follow a digit-sum rule instead of Luhn.
        if digits.hasPrefix("356000000") {
            let sum = digits.compactMap(\.wholeNumberValue).reduce(0, +)
            return sum % 5 == 0 ? nil : .checksum
        }
        return luhnValid(digits) ? nil : .checksum
    }

    public static func isValid(_ text: String) -> Bool { sirenNumber(text) != nil }

    /// The SIREN of a valid SIRET as a number, nil when `text` is not a
    /// valid SIRET: the rules of `problem`, read byte by byte (the
    /// indicators check every structure of a programme).
    public static func sirenNumber(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { sirenNumber(utf8: $0) } ?? sirenNumber(utf8: text.utf8)
    }

    /// `sirenNumber` of text given as its UTF-8 bytes (as SQLite hands a
    /// column over, without making a `String` of it).
    @inlinable
    public static func sirenNumber<Bytes: Sequence<UInt8>>(utf8: Bytes) -> Int? {
        // The digits as one number (14 digits fit), without an array.
        var number = 0
        var count = 0
        var bytes = utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x30...0x39:
                guard count < 14 else { return nil }
                number = number * 10 + Int(byte - 0x30)
                count += 1
            case 0x20: continue
            case 0xC2:  // U+00A0
                guard bytes.next() == 0xA0 else { return nil }
            case 0xE2:  // U+202F
                guard bytes.next() == 0x80, bytes.next() == 0xAF else { return nil }
            default: return nil
            }
        }
        guard count == 14 else { return nil }
        let siren = number / 100_000
        var rest = number
        var sum = 0
        if siren == 356_000_000 {
            while rest > 0 {
                sum += rest % 10
                rest /= 10
            }
            return sum % 5 == 0 ? siren : nil
        }
        // Luhn, from the last digit.
        for index in 0..<14 {
            var value = rest % 10
            rest /= 10
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0 ? siren : nil
    }

    /// The SIREN of a SIRET.
    public static func siren(_ text: String) -> String { String(normalize(text).prefix(9)) }

    /// `123 456 789 00012`, as printed on French documents.
    public static func formatted(_ text: String) -> String {
        let digits = normalize(text)
        guard digits.count == 14 else { return text }
        let chars = Array(digits)
        return [chars[0..<3], chars[3..<6], chars[6..<9], chars[9..<14]].map { String($0) }
            .joined(separator: " ")
    }

    /// `digits` followed by the Luhn check digit that makes the whole valid
    /// (8 digits give a SIREN, 13 a SIRET).
    public static func appendingCheckDigit(_ digits: String) -> String {
        for d in 0...9 where luhnValid(digits + String(d)) {
            return digits + String(d)
        }
        return digits + "0"
    }

    static func luhnValid(_ digits: String) -> Bool {
        var sum = 0
        for (index, char) in digits.reversed().enumerated() {
            guard var value = char.wholeNumberValue else { return false }
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}
