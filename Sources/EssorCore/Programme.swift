/// The cooperation programme a store describes (one per store): who runs
/// it, who funds it, and what its evidence must carry (the operation's
/// reference, the EU statement, the privacy notice, who certifies the
/// attendance sheets, how long the documents are kept).
public struct Programme: Equatable, Sendable {
    public var name: String
    public var operatorName: String
    public var funders: [Funder]
    public var contactEmail: String
    public var contactAddress: String
    public var summary: String
    /// The operation's number at the managing authority (n° de dossier).
    public var operationReference: String
    /// The EU funding statement printed beside the emblem; empty: the
    /// regulation's wording in the document's language.
    public var euStatement: String
    /// Who processes the participants' data and why, printed at the foot.
    public var privacyNotice: String
    public var signatoryName: String
    public var signatoryRole: String
    /// Years the documents are kept after the year of the last payment.
    public var retention: Retention
    public var lastPayment: LocalDate?
    /// Hours of support (in minutes) a structure needs in a period to
    /// count in RCO04.
    public var supportThresholdMinutes: Int

    public static let defaultSupportThreshold = 180

    public init(
        name: String, operatorName: String, funders: [Funder], contactEmail: String,
        contactAddress: String, summary: String, operationReference: String = "", euStatement: String = "",
        privacyNotice: String = "", signatoryName: String = "", signatoryRole: String = "",
        retention: Retention = .standard, lastPayment: LocalDate? = nil,
        supportThresholdMinutes: Int = Programme.defaultSupportThreshold
    ) {
        self.name = name
        self.operatorName = operatorName
        self.funders = funders
        self.contactEmail = contactEmail
        self.contactAddress = contactAddress
        self.summary = summary
        self.operationReference = operationReference
        self.euStatement = euStatement
        self.privacyNotice = privacyNotice
        self.signatoryName = signatoryName
        self.signatoryRole = signatoryRole
        self.retention = retention
        self.lastPayment = lastPayment
        self.supportThresholdMinutes = supportThresholdMinutes
    }

    /// Whether the programme names the European Union among its funders
    /// (then every document carries the emblem and the statement).
    public var isEUFunded: Bool { funders.contains(where: \.isEU) }
}

/// A funder of the programme, with the logo printed beside its name.
public struct Funder: Equatable, Sendable, ExpressibleByStringLiteral {
    public var name: String
    /// An absolute path to a PNG, SVG or JPEG file; empty: no logo.
    public var logo: String

    public init(name: String, logo: String = "") {
        self.name = name
        self.logo = logo
    }

    public init(stringLiteral value: String) { self.init(name: value) }

    /// Whether this funder is the European Union (or one of its funds),
    /// which the emblem stands for.
    public var isEU: Bool {
        let words = SearchFolding.fold(name).split { !$0.isLetter }.map(String.init)
        let text = words.joined(separator: " ")
        return text.contains("union europeenne") || text.contains("european union")
            || words.contains { ["feder", "erdf", "fse", "fse+", "esf"].contains($0) }
    }

    /// The funders as stored: one per line, a tab before the logo's path.
    public static func stored(_ funders: [Funder]) -> String {
        funders.map { $0.logo.isEmpty ? $0.name : $0.name + "\t" + $0.logo }.joined(separator: "\n")
    }

    public static func fromStored(_ text: String) -> [Funder] {
        text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return Funder(name: parts[0], logo: parts.count > 1 ? parts[1] : "")
        }
    }

    /// The funders as typed: separated by new lines or « ; », each
    /// `Name` or `Name | /path/to/logo.svg`.
    public static func typed(_ text: String) -> [Funder] {
        text.split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "\r\n" }).compactMap { piece in
            let parts = piece.split(separator: "|", maxSplits: 1).map { String($0).trimmingSpaces }
            guard !parts[0].isEmpty else { return nil }
            return Funder(name: parts[0], logo: parts.count > 1 ? parts[1] : "")
        }
    }

    public static func typedText(_ funders: [Funder], separator: String = "\n") -> String {
        funders.map { $0.logo.isEmpty ? $0.name : "\($0.name) | \($0.logo)" }.joined(separator: separator)
    }
}

/// How long a programme keeps its evidence: Regulation (EU) 2021/1060,
/// art. 82: five years from 31 December of the year of the last payment
/// to the beneficiary; ten years for operations under State-aid rules.
public enum Retention: Int, Sendable, CaseIterable {
    case standard = 5
    case stateAid = 10

    /// The last day the documents must be kept: 31 December of the year
    /// of the last payment, plus the years.
    public func keptUntil(lastPayment: LocalDate) -> LocalDate {
        LocalDate(year: lastPayment.year + rawValue, month: 12, day: 31)!
    }
}
