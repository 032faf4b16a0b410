/// How a structure's figures are read from its general ledger (the FEC):
/// each figure is a sum of account balances chosen by account prefix, per
/// the Plan comptable général and the plan comptable des associations
/// (règlement ANC 2018-06). This table is the one place the mapping is
/// written; `essor fec comptes` prints it and the README quotes it.
///
/// | figure | accounts | read as |
/// | --- | --- | --- |
/// | produits (operating income) | 70–75, 781, 791 | credit − debit |
/// | subventions (operating grants) | 74 | credit − debit |
/// | charges (operating expenses) | 60–65, 681 | debit − credit |
/// | masse salariale (payroll) | 641–648 | debit − credit |
/// | amortissements (depreciation charges) | 681 | debit − credit |
/// | resultat | class 7 − class 6 | credit − debit |
/// | fonds_propres (equity) | 10–14, plus the year's result while account 12 does not hold it; fonds dédiés (19) apart | credit − debit |
/// | dettes_financieres (financial debt) | 16, 17 | credit − debit |
/// | tresorerie (cash) | 50–53 (519, bank overdrafts, has a credit balance and comes off) | debit − credit |
/// | total_bilan (net assets) | 2, 3 (less 28, 29, 39), accounts of 4 and 5 with a debit balance, less 49 and 59 | debit − credit |
/// | ressources_stables (stable resources) | class 1 (equity, fonds dédiés, provisions, financial debt), plus the year's result while account 12 does not hold it | credit − debit |
/// | actif_immobilise (net fixed assets) | class 2 (28 and 29 come off) | debit − credit |
/// | actif_circulant (stocks, receivables) | 3 (less 39), accounts of 4 with a debit balance, less 49 | debit − credit |
/// | dettes_exploitation (short-term debts) | accounts of 4 with a credit balance | credit − debit |
///
/// The last four make the balance sheet add up: fonds de roulement −
/// BFR is then the net balance of class 5, the ledger's net cash. The BFR
/// read so is the global one (class 4 does not tell operating receivables
/// and debts from the others reliably).
///
/// `etp` is not in a ledger: an import from a FEC keeps the stored one.
public enum AccountMapping {
    /// How an account's balance is read.
    public enum Sense: Sendable, Equatable {
        /// debit − credit (assets, expenses).
        case debit
        /// credit − debit (liabilities, income).
        case credit
    }

    /// Accounts whose number starts with one of `prefixes` and none of
    /// `excluding`, their balances read in `sense`; with a `side`, only
    /// the accounts whose balance is on that side (of class 4: a client's
    /// debit balance is an asset, a supplier's credit balance a debt).
    public struct Term: Sendable, Equatable {
        public var prefixes: [String]
        public var excluding: [String]
        public var sense: Sense
        public var side: Sense?

        public init(_ prefixes: [String], excluding: [String] = [], sense: Sense, side: Sense? = nil) {
            self.prefixes = prefixes
            self.excluding = excluding
            self.sense = sense
            self.side = side
        }

        /// The prefix of `prefixes` an account comes under, or nil.
        public func prefix(of account: String) -> String? {
            guard !excluding.contains(where: { account.hasPrefix($0) }) else { return nil }
            return prefixes.first { account.hasPrefix($0) }
        }

        /// An account's balance (debit − credit, in cents) as this term reads
        /// it, or nil when the term leaves it out.
        public func value(ofBalance balance: Int64) -> Int64? {
            switch side {
            case .debit where balance <= 0, .credit where balance >= 0: return nil
            default: break
            }
            return sense == .debit ? balance : -balance
        }
    }

    /// One figure's rule: the sum of its terms.
    public struct Rule: Sendable, Equatable {
        public var figure: FinancialYear.Figure
        public var terms: [Term]
        /// Equity also holds the year's result when the ledger has not
        /// posted it to account 12 (a FEC is usually exported before the
        /// result is).
        public var addsUnpostedResult: Bool

        init(_ figure: FinancialYear.Figure, _ terms: [Term], addsUnpostedResult: Bool = false) {
            self.figure = figure
            self.terms = terms
            self.addsUnpostedResult = addsUnpostedResult
        }
    }

    /// The account that holds the year's result once it is posted.
    public static let resultAccount = "12"

    /// The rules, in the order of the figures.
    public static let rules: [Rule] = [
        Rule(.income, [Term(["70", "71", "72", "73", "74", "75", "781", "791"], sense: .credit)]),
        Rule(.grants, [Term(["74"], sense: .credit)]),
        Rule(.expenses, [Term(["60", "61", "62", "63", "64", "65", "681"], sense: .debit)]),
        Rule(.payroll, [Term(["641", "642", "643", "644", "645", "646", "647", "648"], sense: .debit)]),
        Rule(.result, [Term(["7"], sense: .credit), Term(["6"], sense: .credit)]),
        Rule(.equity, [Term(["10", "11", "12", "13", "14"], sense: .credit)], addsUnpostedResult: true),
        Rule(
            .balanceSheetTotal,
            [
                Term(["2", "3"], sense: .debit),
                Term(["4"], excluding: ["49"], sense: .debit, side: .debit),
                Term(["49"], sense: .debit),
                Term(["5"], excluding: ["59"], sense: .debit, side: .debit),
                Term(["59"], sense: .debit),
            ]),
        Rule(.cash, [Term(["50", "51", "52", "53"], sense: .debit)]),
        Rule(.financialDebt, [Term(["16", "17"], sense: .credit)]),
        Rule(.depreciation, [Term(["681"], sense: .debit)]),
        Rule(.stableResources, [Term(["1"], sense: .credit)], addsUnpostedResult: true),
        Rule(.fixedAssets, [Term(["2"], sense: .debit)]),
        Rule(
            .currentAssets,
            [
                Term(["3"], sense: .debit), Term(["4"], excluding: ["49"], sense: .debit, side: .debit),
                Term(["49"], sense: .debit),
            ]),
        Rule(.operatingDebts, [Term(["4"], excluding: ["49"], sense: .credit, side: .credit)]),
    ]

    /// The figures a ledger gives (every one but `etp`).
    public static var figures: [FinancialYear.Figure] { rules.map(\.figure) }

    /// Whether an account number belongs to a class of the plan (1 to 8).
    public static func isKnownClass(_ account: String) -> Bool {
        guard let first = account.unicodeScalars.first else { return false }
        return ("1"..."8").contains(first)
    }
}
