/// How long a text may be, in characters, wherever it comes from (a form,
/// a script, an import): names and titles 300, other one-line fields
/// 1,000, notes and descriptions 100,000.
public enum TextLimit {
    public static let name = 300
    public static let line = 1_000
    public static let long = 100_000
}

/// Syntax checks shared by forms, importers and the command line.
public enum Validators {
    /// The issue of a typed number that is not a `quantity`, or nil.
    public static func number(_ text: String, as quantity: NumberReader.Quantity) -> FieldIssue? {
        switch NumberReader.read(text, as: quantity) {
        case .success: return nil
        case .failure(.notANumber): return .number
        case .failure(.notWhole): return .notWhole
        case .failure(.finerThanCent): return .finerThanCent
        case .failure(.finerThanMinute): return .finerThanMinute
        case .failure(.outOfRange(let range)):
            return range.lowerBound == 0 && (NumberReader.parse(text) ?? 0) < 0
                ? .negative : .outOfRange(range)
        }
    }

    /// The fields of `texts` longer than their limit, as issues, for the
    /// fields that have no other issue yet.
    public static func lengths<Field: Hashable>(
        _ texts: [(Field, String, Int)], into issues: inout [Field: FieldIssue]
    ) {
        for (field, text, limit) in texts where issues[field] == nil {
            // Counting stops at the limit: a pasted book costs no more than that.
            if text.utf8.count > limit && text.dropFirst(limit).first != nil {
                issues[field] = .tooLong(maximum: limit)
            }
        }
    }

    /// `nom@domaine.fr`: one @, no spaces, a dot in the domain.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// A French number: 10 digits starting with 0 (`02 31 00 00 00`), or
    /// `+33` and 9 digits; spaces, dots and dashes between groups.
    public static func isFrenchPhone(_ text: String) -> Bool {
        var digits = text.filter { !" .-\u{00A0}".contains($0) }
        if digits.hasPrefix("+33") {
            digits.removeFirst(3)
            if digits.hasPrefix("(0)") { digits.removeFirst(3) }
            return digits.count == 9 && digits.first != "0" && digits.allSatisfy(\.isASCIIDigit)
        }
        return digits.count == 10 && digits.first == "0" && digits.allSatisfy(\.isASCIIDigit)
    }

    /// A full date (`DateReader` without a reference day).
    public static func date(_ text: String) -> LocalDate? { DateReader.read(text, today: nil) }

    public static func isPostcode(_ text: String) -> Bool {
        let digits = Siret.normalize(text)
        return digits.count == 5 && digits.allSatisfy(\.isASCIIDigit)
    }

    /// `https://…` or `http://…` with a host.
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard !text.contains(where: \.isWhitespace), SafeText.isClean(text) else { return false }
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            return lower.count > scheme.count && !lower.dropFirst(scheme.count).hasPrefix("/")
        }
        return false
    }
}
