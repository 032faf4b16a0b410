/// A member of staff as typed (on the command line, in a form): every
/// field a text, checked by `issues()`, the one validation of a person.
public struct StaffDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case name, role, employer, mode, share, letterReference, letterFrom, letterTo, contractFrom
        case contractTo, costs

        /// The name a script writes (`nom=…`), French first; English too.
        public static func named(_ text: String) -> Field? {
            let word = SearchFolding.fold(text).replacingOccurrences(of: "_", with: "-")
            return allCases.first { $0.scriptNames.contains(word) }
        }

        public var scriptNames: [String] {
            switch self {
            case .name: ["nom", "name"]
            case .role: ["fonction", "role"]
            case .employer: ["employeur", "employer"]
            case .mode: ["mode"]
            case .share: ["part", "share"]
            case .letterReference: ["lettre", "letter"]
            case .letterFrom: ["lettre-du", "letter-from"]
            case .letterTo: ["lettre-au", "letter-to"]
            case .contractFrom: ["contrat-du", "contract-from"]
            case .contractTo: ["contrat-au", "contract-to"]
            case .costs: ["cout", "cost"]
            }
        }
    }

    public var name = ""
    public var role = ""
    public var employer = ""
    /// `reel` or `forfait`.
    public var mode = StaffMode.actual.rawValue
    /// The share of time, in percent (`forfait`).
    public var share = ""
    public var letterReference = ""
    public var letterFrom = ""
    public var letterTo = ""
    public var contractFrom = ""
    public var contractTo = ""
    /// Gross annual employment cost by year, as typed.
    public var costs: [Int: String] = [:]

    public init() {}

    public init(_ m: StaffMember, lang: Lang) {
        name = m.name
        role = m.role
        employer = m.employer
        mode = m.mode.rawValue
        share = m.sharePercent.map { DecimalFormat.string($0, lang: lang, maxFractionDigits: 2) } ?? ""
        letterReference = m.letterReference
        letterFrom = m.letterFrom?.dayMonthYear ?? ""
        letterTo = m.letterTo?.dayMonthYear ?? ""
        contractFrom = m.contractFrom?.dayMonthYear ?? ""
        contractTo = m.contractTo?.dayMonthYear ?? ""
        for cost in m.costs {
            costs[cost.year] = DecimalFormat.string(cost.annualCost, lang: lang, maxFractionDigits: 2)
        }
    }

    var staffMode: StaffMode? {
        StaffMode(rawValue: SearchFolding.fold(mode))
            ?? (["actual", "real", "temps-reel"].contains(SearchFolding.fold(mode)) ? .actual : nil)
            ?? (["fixed", "fixed-share"].contains(SearchFolding.fold(mode)) ? .fixedShare : nil)
    }

    public func issues() -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if name.trimmingSpaces.isEmpty { issues[.name] = .required }
        if staffMode == nil { issues[.mode] = .oneOf(StaffMode.allCases.map(\.rawValue)) }
        if staffMode == .fixedShare {
            if share.trimmingSpaces.isEmpty {
                issues[.share] = .required
            } else if let issue = Validators.number(share, as: .percent) {
                issues[.share] = issue
            } else if NumberReader.value(share, as: .percent) == 0 {
                issues[.share] = .aboveZero
            }
            // The letter is the evidence of a fixed share.
            if letterReference.trimmingSpaces.isEmpty { issues[.letterReference] = .required }
        } else if !share.trimmingSpaces.isEmpty {
            issues[.share] = .onlyWithFixedShare
        }
        func date(_ field: Field, _ text: String) -> LocalDate? {
            guard !text.trimmingSpaces.isEmpty else { return nil }
            guard let day = Validators.date(text) else {
                issues[field] = .date
                return nil
            }
            return day
        }
        if let from = date(.contractFrom, contractFrom), let to = date(.contractTo, contractTo), to < from {
            issues[.contractTo] = .endBeforeStart
        }
        if let from = date(.letterFrom, letterFrom), let to = date(.letterTo, letterTo), to < from {
            issues[.letterTo] = .endBeforeStart
        }
        for (year, text) in costs.sorted(by: { $0.key < $1.key }) where issues[.costs] == nil {
            if NumberReader.check(Double(year), as: .year).failed {
                issues[.costs] = .outOfRange(NumberReader.Quantity.year.range)
            } else if let issue = Validators.number(text, as: .annualCost) {
                issues[.costs] = issue
            }
        }
        Validators.lengths(
            [
                (.name, name, TextLimit.name), (.role, role, TextLimit.name),
                (.employer, employer, TextLimit.name), (.letterReference, letterReference, TextLimit.name),
            ], into: &issues)
        return issues
    }

    public var isValid: Bool { issues().values.allSatisfy(\.isWarning) }

    public func member(id: StaffID) -> StaffMember? {
        guard isValid, let mode = staffMode else { return nil }
        func day(_ text: String) -> LocalDate? { Validators.date(text) }
        return StaffMember(
            id: id, name: name.trimmingSpaces, role: role.trimmingSpaces, employer: employer.trimmingSpaces,
            mode: mode, sharePercent: mode == .fixedShare ? NumberReader.value(share, as: .percent) : nil,
            letterReference: letterReference.trimmingSpaces, letterFrom: day(letterFrom),
            letterTo: day(letterTo),
            contractFrom: day(contractFrom), contractTo: day(contractTo),
            costs: costs.sorted { $0.key < $1.key }.compactMap { year, text in
                NumberReader.value(text, as: .annualCost).map { StaffCost(year: year, annualCost: $0) }
            })
    }
}

extension Result {
    var failed: Bool {
        if case .failure = self { return true }
        return false
    }
}
