/// French départements, with the five of Normandy named.
public enum Departement {
    /// The Normandy départements, in numeric order.
    public static let normandy: [(code: String, name: String)] = [
        ("14", "Calvados"), ("27", "Eure"), ("50", "Manche"), ("61", "Orne"),
        ("76", "Seine-Maritime"),
    ]

    public static func name(_ code: String) -> String? {
        normandy.first { $0.code == code }?.name
    }

    public static func isNormandy(_ code: String) -> Bool { name(code) != nil }

    /// The département a postcode belongs to: its first two digits, three for
    /// overseas (97x, 98x), 2A/2B for Corsica. Nil when not 5 digits.
    public static func code(forPostcode postcode: String) -> String? {
        let digits = Siret.normalize(postcode)
        guard digits.count == 5, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let two = String(digits.prefix(2))
        switch two {
        case "97", "98": return String(digits.prefix(3))
        case "20": return Int(digits)! < 20_200 ? "2A" : "2B"
        default: return two
        }
    }
}
