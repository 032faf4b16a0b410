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

    public subscript(_ figure: Figure) -> Double? {
        get { values[figure] }
        set { values[figure] = newValue }
    }
}
