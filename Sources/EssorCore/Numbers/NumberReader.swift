/// The one reader of numbers that come from outside essor (forms, the
/// command line, spreadsheets, JSON and calendar files), with the range
/// each kind of number must fall in. Anything else is refused with its
/// reason, so that no stored value can later overflow a computation or
/// a format:
///
/// | quantity | range |
/// | --- | --- |
/// | amount (€, to the cent) | −10¹² … 10¹² |
/// | payment (€ to the cent: a fixed contribution, a financing) | 0 … 10¹² |
/// | headcount, FTE | 0 … 100 000 |
/// | staff days (mission, time entry, share) | 0 … 10 000 |
/// | hours of work in a day (timesheets, whole minutes) | 0 … 24 |
/// | gross annual employment cost (€, to the cent) | 0 … 10 000 000 |
/// | preparation proposed with a meeting (% of its length) | 0 … 300 |
/// | day rate (€, to the cent) | 0 … 100 000 |
/// | percent | 0 … 100 |
/// | meeting duration (min) | 1 … 1 440 |
/// | agenda item (min) | 0 … 1 440 |
/// | votes | 0 … 1 000 000 |
/// | year | 1900 … 2200 |
/// | wait for the store's lock (s, `--attendre`) | 0 … 3 600 |
/// | project length (years) | 1 … 30 |
/// | thresholds | see `FinanceThresholds.Key.range` |
///
/// Written as people write them in France or in English: `1 234,56`,
/// `1234.56`, `1.234,56`, `−1 200`, `(1 200)`, an optional `€`, an
/// exponent (`1,5E+06`, as spreadsheets print large numbers); a
/// percentage may end with `%` (`12,5 %`). Refused:
/// `nan`, `inf`, hexadecimal (`0x1p3`), words, several numbers.
public enum NumberReader {
    /// A kind of number, with its range.
    public enum Quantity: Equatable, Sendable {
        case amount
        /// What a structure pays or receives, never below zero.
        case payment
        case headcount
        case fte
        case staffDays
        /// Hours of work one day (`workMinutes` reads them).
        case workHours
        /// A person's gross annual employment cost.
        case annualCost
        /// The preparation proposed with a meeting, in % of its length.
        case preparationPercent
        case dayRate
        case percent
        case durationMinutes
        case agendaMinutes
        case votes
        case year
        case projectYears
        /// Seconds a write waits for another's (`--attendre`).
        case waitSeconds
        case threshold(FinanceThresholds.Key)

        public var range: ClosedRange<Double> {
            switch self {
            case .amount: -1e12...1e12
            case .payment: 0...1e12
            case .headcount, .fte: 0...100_000
            case .staffDays: 0...10_000
            case .workHours: 0...24
            case .annualCost: 0...10_000_000
            case .preparationPercent: 0...300
            case .dayRate: 0...100_000
            case .percent: 0...100
            case .durationMinutes: 1...1_440
            case .agendaMinutes: 0...1_440
            case .votes: 0...1_000_000
            case .year: 1900...2200
            case .projectYears: 1...30
            case .waitSeconds: 0...3_600
            case .threshold(let key): key.range
            }
        }

        /// Euros, to the cent at most.
        public var isInCents: Bool {
            self == .amount || self == .payment || self == .dayRate || self == .annualCost
        }

        /// Whether only whole numbers make sense.
        public var isWhole: Bool {
            switch self {
            case .durationMinutes, .agendaMinutes, .votes, .year, .projectYears: true
            default: false
            }
        }
    }

    /// Why a text is not an acceptable number.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a number as people write one.
        case notANumber
        /// A number, but outside the range of its quantity.
        case outOfRange(ClosedRange<Double>)
        /// A fraction where only whole numbers make sense.
        case notWhole
        /// An amount finer than the cent (`0,005 €`): refused, never
        /// rounded.
        case finerThanCent
        /// Hours finer than the minute (`0,33 h`): refused, never rounded.
        case finerThanMinute
    }

    /// The value of `text` as a `quantity`, or why not.
    public static func read(_ text: String, as quantity: Quantity) -> Result<Double, Problem> {
        var text = text
        if quantity == .percent, let sign = text.lastIndex(of: "%"),
            text[text.index(after: sign)...].allSatisfy({ $0 == " " })
        {
            // `12,5 %`: a percentage may say so.
            text = String(text[..<sign])
        }
        guard let value = parse(text) else { return .failure(.notANumber) }
        return check(value, as: quantity)
    }

    /// A value read elsewhere (a JSON number) checked against its range.
    public static func check(_ value: Double, as quantity: Quantity) -> Result<Double, Problem> {
        guard value.isFinite, quantity.range.contains(value) else {
            return .failure(.outOfRange(quantity.range))
        }
        if quantity.isWhole && value != value.rounded() { return .failure(.notWhole) }
        if quantity.isInCents {
            let cents = value * 100
            if abs(cents - cents.rounded()) > 1e-6 * max(1, abs(cents)) { return .failure(.finerThanCent) }
        }
        return .success(value)
    }

    /// An amount in cents, read from the bytes of a cell (an accounting
    /// file's, read by the hundred thousand): a plain decimal (`-1234,56`,
    /// `1234.5`) directly, anything else through `read`; the same range
    /// as `quantity`'s, in euros. Finer than the cent (`1000,004`) is not
    /// an amount of the books: refused, never rounded.
    public static func cents<Bytes: Collection<UInt8>>(utf8 bytes: Bytes, as quantity: Quantity) -> Result<
        Int64, Problem
    > {
        var negative = false
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var digits = 0
        var inFraction = false
        var plain = !bytes.isEmpty && bytes.count <= 16
        for (index, byte) in bytes.enumerated() where plain {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if inFraction {
                    fractionDigits += 1
                    plain = fractionDigits <= 2
                    fraction = fraction * 10 + digit
                } else {
                    whole = whole * 10 + digit
                }
                digits += 1
            case UInt8(ascii: ","), UInt8(ascii: "."):
                plain = !inFraction && digits > 0
                inFraction = true
            case UInt8(ascii: "-") where index == 0:
                negative = true
            default:
                plain = false
            }
        }
        if plain, digits > 0, !(inFraction && fractionDigits == 0) {
            let cents = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction)
            let value = negative ? -cents : cents
            let range = quantity.range
            guard Double(value) >= range.lowerBound * 100, Double(value) <= range.upperBound * 100 else {
                return .failure(.outOfRange(range))
            }
            if quantity.isWhole && fraction != 0 { return .failure(.notWhole) }
            return .success(value)
        }
        return read(String(decoding: bytes, as: UTF8.self), as: quantity).flatMap { value in
            let cents = (value * 100).rounded()
            return abs(value * 100 - cents) < 1e-6 ? .success(Int64(cents)) : .failure(.finerThanCent)
        }
    }

    /// The value of `text` as a `quantity`, or nil.
    public static func value(_ text: String, as quantity: Quantity) -> Double? {
        try? read(text, as: quantity).get()
    }

    /// A whole `quantity` (minutes, votes, a year), or nil.
    public static func whole(_ text: String, as quantity: Quantity) -> Int? {
        value(text, as: quantity).map { Int($0) }
    }

    /// The number `text` writes, whatever its size, or nil when it is not
    /// one. Finite only.
    public static func parse(_ text: String) -> Double? {
        var t = Substring(text).trimmingCharacters(" \t\u{00A0}\u{202F}")
        guard !t.isEmpty, t.utf8.count <= 64 else { return nil }
        var negative = false
        if t.hasSuffix("€") { t = t.dropLast().trimmingCharacters(" \u{00A0}\u{202F}") }
        if t.hasPrefix("(") && t.hasSuffix(")") {
            negative = true
            t = t.dropFirst().dropLast().trimmingCharacters(" \u{00A0}\u{202F}")
        }
        if t.hasSuffix("€") { t = t.dropLast().trimmingCharacters(" \u{00A0}\u{202F}") }
        if let sign = t.first, sign == "-" || sign == "\u{2212}" || sign == "+" {
            if sign != "+" { negative.toggle() }
            t = t.dropFirst()
        }
        // Digits with group separators, one decimal separator, an exponent.
        var mantissa = ""
        var exponent = ""
        var sawExponent = false
        var decimal: Character?
        let hasComma = t.contains(",")
        for c in t {
            if sawExponent {
                guard c.isASCIIDigit || (exponent.isEmpty && (c == "+" || c == "-")) else { return nil }
                exponent.append(c)
            } else if c.isASCIIDigit {
                mantissa.append(c)
            } else if c == " " || c == "\u{00A0}" || c == "\u{202F}" {
                guard !mantissa.isEmpty, decimal == nil else { return nil }
            } else if c == "," {
                guard decimal == nil, !mantissa.isEmpty else { return nil }
                decimal = ","
                mantissa.append(".")
            } else if c == "." {
                if hasComma {
                    // `1.234,56`: dots group thousands before the comma.
                    guard decimal == nil, !mantissa.isEmpty else { return nil }
                } else {
                    guard decimal == nil, !mantissa.isEmpty else { return nil }
                    decimal = "."
                    mantissa.append(".")
                }
            } else if c == "e" || c == "E" {
                guard mantissa.contains(where: \.isASCIIDigit), !mantissa.hasSuffix(".") else { return nil }
                sawExponent = true
            } else {
                return nil
            }
        }
        guard mantissa.contains(where: \.isASCIIDigit), !mantissa.hasSuffix(".") else { return nil }
        if sawExponent {
            guard exponent.contains(where: \.isASCIIDigit) else { return nil }
            mantissa += "e" + exponent
        }
        guard let value = Double(mantissa), value.isFinite else { return nil }
        return negative ? -value : value
    }
}

extension Substring {
    func trimmingCharacters(_ set: String) -> Substring {
        var s = self
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return s
    }
}
