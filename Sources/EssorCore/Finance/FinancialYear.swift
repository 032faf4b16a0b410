/// One structure's accounts for one year, as France Active reads them
/// (euros; `etp` in full-time equivalents). A figure not known is nil.
public struct FinancialYear: Equatable, Sendable, Codable {
    /// The figures, in the order of the CSV columns and of the form.
    public enum Figure: String, CaseIterable, Sendable, Codable {
        case income = "produits"
        case grants = "subventions"
        case expenses = "charges"
        case payroll = "masse_salariale"
        case result = "resultat"
        case equity = "fonds_propres"
        case balanceSheetTotal = "total_bilan"
        case cash = "tresorerie"
        case financialDebt = "dettes_financieres"
        case depreciation = "amortissements"
        /// Stable resources: equity, fonds dédiés, provisions and
        /// financial debt (class 1 of the balance sheet).
        case stableResources = "ressources_stables"
        /// Fixed assets, net of depreciation (class 2).
        case fixedAssets = "actif_immobilise"
        /// Current assets other than cash: stocks and receivables
        /// (classes 3 and 4 with a debit balance).
        case currentAssets = "actif_circulant"
        /// Short-term debts other than the bank's: suppliers, tax and
        /// social debts, deferred income (class 4 with a credit balance).
        case operatingDebts = "dettes_exploitation"
        /// Full-time equivalents (`etp`).
        case fte = "etp"

        /// The store's column, which is also the CSV header's name.
        public var column: String { rawValue }
    }

    public var structureID: StructureID
    public var year: Int
    public var values: [Figure: Double]
    public var version: Int

    public init(structureID: StructureID, year: Int, values: [Figure: Double] = [:], version: Int = 0) {
        self.structureID = structureID
        self.year = year
        self.values = values
        self.version = version
    }

    /// The figures of the balance sheet France Active's diagnostic reads
    /// (fonds de roulement, BFR, trésorerie nette). Optional: accounts
    /// typed before they existed, or from a summary, go without them.
    public static let balanceSheetFigures: [Figure] = [
        .stableResources, .fixedAssets, .currentAssets, .operatingDebts,
    ]

    /// Those of `figures` this year does not know, in their order.
    public func missing(_ figures: [Figure]) -> [Figure] { figures.filter { values[$0] == nil } }

    public subscript(_ figure: Figure) -> Double? {
        get { values[figure] }
        set { values[figure] = newValue }
    }
}
