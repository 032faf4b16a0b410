/// The programme's identity as typed, in its form (`:programme`) or as
/// `key=value` on the command line (`essor programme set`).
public struct ProgrammeDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case name, operatorName, funders, operationReference, euStatement, privacyNotice, signatoryName
        case signatoryRole, contactEmail, contactAddress, summary, retention, lastPayment, supportThreshold

        /// The key of `essor programme set key=value`.
        public var key: String {
            switch self {
            case .name: "nom"
            case .operatorName: "operateur"
            case .funders: "financeurs"
            case .operationReference: "reference"
            case .euStatement: "mention_ue"
            case .privacyNotice: "confidentialite"
            case .signatoryName: "signataire"
            case .signatoryRole: "signataire_fonction"
            case .contactEmail: "courriel"
            case .contactAddress: "adresse"
            case .summary: "presentation"
            case .retention: "conservation_ans"
            case .lastPayment: "dernier_paiement"
            case .supportThreshold: "seuil_accompagnement"
            }
        }

        public init?(key: String) {
            guard let field = Field.allCases.first(where: { $0.key == key }) else { return nil }
            self = field
        }
    }

    public var values: [Field: String] = [:]

    public init() {}

    public init(_ programme: Programme?) {
        guard let p = programme else {
            values[.retention] = String(Retention.standard.rawValue)
            values[.supportThreshold] = ClockParsing.durationText(Programme.defaultSupportThreshold)
            return
        }
        values = [
            .name: p.name, .operatorName: p.operatorName, .funders: Funder.typedText(p.funders),
            .operationReference: p.operationReference, .euStatement: p.euStatement,
            .privacyNotice: p.privacyNotice, .signatoryName: p.signatoryName, .signatoryRole: p.signatoryRole,
            .contactEmail: p.contactEmail, .contactAddress: p.contactAddress, .summary: p.summary,
            .retention: String(p.retention.rawValue), .lastPayment: p.lastPayment?.dayMonthYear ?? "",
            .supportThreshold: ClockParsing.durationText(p.supportThresholdMinutes),
        ]
    }

    public subscript(field: Field) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// What is wrong with each field. `readLogo` gives a logo file's
    /// bytes, or nil when it cannot be read (the caller does the I/O);
    /// without it, the logos' files are not looked at (a form checks them
    /// on saving).
    public func issues(readLogo: ((String) -> [UInt8]?)?) -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if self[.name].trimmingSpaces.isEmpty { issues[.name] = .required }
        let email = self[.contactEmail].trimmingSpaces
        if !email.isEmpty && !Validators.isEmail(email) { issues[.contactEmail] = .email }
        if Retention(rawValue: Int(self[.retention].trimmingSpaces) ?? 0) == nil {
            issues[.retention] = .retentionYears
        }
        let payment = self[.lastPayment].trimmingSpaces
        if !payment.isEmpty && Validators.date(payment) == nil { issues[.lastPayment] = .date }
        if thresholdMinutes == nil { issues[.supportThreshold] = .supportThreshold }
        for funder in Funder.typed(self[.funders]) where !funder.logo.isEmpty {
            guard funder.logo.hasPrefix("/") else {
                issues[.funders] = .logo(funder: funder.name, problem: .notAbsolute)
                break
            }
            guard let readLogo else { continue }
            guard let bytes = readLogo(funder.logo) else {
                issues[.funders] = .logo(funder: funder.name, problem: .unreadable)
                break
            }
            guard ImageKind.detect(bytes) != nil else {
                issues[.funders] = .logo(funder: funder.name, problem: .notAnImage)
                break
            }
        }
        Validators.lengths(
            [
                (.name, self[.name], TextLimit.name), (.operatorName, self[.operatorName], TextLimit.name),
                (.funders, self[.funders], TextLimit.line),
                (.operationReference, self[.operationReference], TextLimit.name),
                (.euStatement, self[.euStatement], TextLimit.name),
                (.privacyNotice, self[.privacyNotice], TextLimit.line),
                (.signatoryName, self[.signatoryName], TextLimit.name),
                (.signatoryRole, self[.signatoryRole], TextLimit.name),
                (.contactEmail, self[.contactEmail], TextLimit.name),
                (.contactAddress, self[.contactAddress], TextLimit.line),
                (.summary, self[.summary], TextLimit.long),
            ], into: &issues)
        return issues
    }

    /// The programme, when every field is valid.
    public func programme(readLogo: ((String) -> [UInt8]?)?) -> Programme? {
        guard issues(readLogo: readLogo).values.allSatisfy(\.isWarning),
            let retention = Retention(rawValue: Int(self[.retention].trimmingSpaces) ?? 0),
            let threshold = thresholdMinutes
        else { return nil }
        let payment = self[.lastPayment].trimmingSpaces
        return Programme(
            name: self[.name].trimmingSpaces, operatorName: self[.operatorName].trimmingSpaces,
            funders: Funder.typed(self[.funders]), contactEmail: self[.contactEmail].trimmingSpaces,
            contactAddress: self[.contactAddress].trimmingSpaces, summary: self[.summary].trimmingSpaces,
            operationReference: self[.operationReference].trimmingSpaces,
            euStatement: self[.euStatement].trimmingSpaces,
            privacyNotice: self[.privacyNotice].trimmingSpaces,
            signatoryName: self[.signatoryName].trimmingSpaces,
            signatoryRole: self[.signatoryRole].trimmingSpaces, retention: retention,
            lastPayment: payment.isEmpty ? nil : Validators.date(payment), supportThresholdMinutes: threshold)
    }

    /// The RCO04 threshold typed (`3h`, `2h30`, `90 min`): from a minute
    /// to 100 hours; empty means the default.
    var thresholdMinutes: Int? {
        let text = self[.supportThreshold].trimmingSpaces
        guard !text.isEmpty else { return Programme.defaultSupportThreshold }
        guard let minutes = ClockParsing.duration(text), (1...6000).contains(minutes) else { return nil }
        return minutes
    }
}
