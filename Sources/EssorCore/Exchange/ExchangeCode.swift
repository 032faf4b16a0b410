/// How an enumeration's value is written in essor's JSON: its case name
/// (English lowerCamelCase, `oneToOne`, `granted`), whatever word the store
/// keeps (`individuel`, `accordée`). One rule for every enumeration, so a
/// script reads the same code from every command.
public protocol ExchangeCode: CaseIterable, Hashable, Sendable {}

extension ExchangeCode {
    /// The case name.
    public var code: String { String(describing: self) }

    /// The value whose code is `code`.
    public init?(code: String) {
        guard let found = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = found
    }

    /// Every code, in the declaration's order.
    public static var codes: [String] { allCases.map(\.code) }
}

extension ExchangeCode where Self: RawRepresentable, RawValue == String {
    /// The code of the value the store keeps as `raw`; `raw` itself when
    /// no value has it.
    public static func code(ofStored raw: String) -> String { Self(rawValue: raw)?.code ?? raw }
}

extension LegalForm: ExchangeCode {}
extension ProjectStage: ExchangeCode {}
extension AssignmentStatus: ExchangeCode {}
extension MeetingKind: ExchangeCode {}
extension AttendanceStatus: ExchangeCode {}
extension WorkshopItemKind: ExchangeCode {}
extension ActionStatus: ExchangeCode {}
extension WorkshopOrder: ExchangeCode {}
extension StaffMode: ExchangeCode {}
extension TimeSettings.Key: ExchangeCode {}
extension FinancingInstrument: ExchangeCode {}
extension InstrumentCatalogue.Setting: ExchangeCode {}
extension FinanceThresholds.Key: ExchangeCode {}
extension ProjectLine.Kind: ExchangeCode {}
extension FinancingStatus: ExchangeCode {}
extension FinancingRule: ExchangeCode {}
extension CohortStatus: ExchangeCode {}
extension RatioKind: ExchangeCode {}
extension FinancialYear.Figure: ExchangeCode {}
extension FinanceFlag: ExchangeCode {}
extension EnterpriseSize: ExchangeCode {}
