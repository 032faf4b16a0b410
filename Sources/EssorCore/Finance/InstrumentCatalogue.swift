/// What each financing instrument can bring, as its providers publish
/// it: the amounts it lends or grants, and for the guarantee the share of
/// a bank loan it covers. The suggestions stay within these terms. Each
/// default has its source (the README lists them).
///
/// | instrument | terms | source |
/// | --- | --- | --- |
/// | garantie (France Active) | up to 65 % of a bank loan, at most 200 000 € guaranteed | fonds-publics.fr, « Garantie France Active » |
/// | prêt participatif (France Active Investissement) | 5 000 € to 500 000 €, 5 to 7 years, 2 %, 1 to 2 years' deferral | fonds-publics.fr, « France Active Investissement – prêt participatif » |
/// | contrat d'apport associatif (France Active) | up to 30 000 €, 5 years, 0 % | France Active's measures for associations (2020), as reported by acquisitions-entreprises.com |
/// | prime (France Active, pacte Émergence) | up to 20 000 € | Association mode d'emploi, « France Active, le soutien aux associations en 5 pactes » |
/// | prêt d'honneur (Initiative France) | 2 000 € to 30 000 €, 2 to 5 years, 0 % | CRESS Normandie, « Prêts » |
/// | titres participatifs, apport en fonds propres | no published ceiling | — |
public struct InstrumentTerms: Equatable, Sendable {
    /// The least it brings (€), if any.
    public var minimum: Double?
    /// The most it brings (€), if any: for the guarantee, the most it
    /// guarantees.
    public var maximum: Double?
    /// For a guarantee: the share of the bank loan it covers (percent).
    public var coverage: Double?
    /// How long it runs, in years.
    public var years: ClosedRange<Int>?
    /// Its yearly rate (percent), when published.
    public var rate: Double?
    /// Who publishes these terms, where.
    public var source: String

    public init(
        minimum: Double? = nil, maximum: Double? = nil, coverage: Double? = nil,
        years: ClosedRange<Int>? = nil,
        rate: Double? = nil, source: String
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.coverage = coverage
        self.years = years
        self.rate = rate
        self.source = source
    }

    /// `amount` within the terms: raised to the minimum, cut at the
    /// maximum, and which of the two applied.
    public func bounded(_ amount: Double) -> (amount: Double, limit: FinancingSuggestion.Limit?) {
        if let maximum, amount > maximum { return (maximum, .ceiling(maximum)) }
        if let minimum, amount < minimum { return (minimum, .floor(minimum)) }
        return (amount, nil)
    }
}

public enum InstrumentCatalogue {
    /// The shipped terms, from the instruments' public offers.
    public static let defaults: [FinancingInstrument: InstrumentTerms] = [
        .guarantee: InstrumentTerms(
            maximum: 200_000, coverage: 65, years: 1...7,
            source: "https://www.fonds-publics.fr/aides/garantie-france-active"),
        .participatingLoan: InstrumentTerms(
            minimum: 5_000, maximum: 500_000, years: 5...7, rate: 2,
            source: "https://fonds-publics.fr/aides/france-active-investissement-pret-participatif"),
        .associativeContribution: InstrumentTerms(
            maximum: 30_000, years: 5...5, rate: 0,
            source:
                "https://acquisitions-entreprises.com/actualite/juridique/un-plan-de-relance-pour-les-associations-16682107.html"
        ),
        .grant: InstrumentTerms(
            maximum: 20_000,
            source: "https://www.associationmodeemploi.fr/article/france-active-le-soutien-en-5-pactes.68720"),
        .honourLoan: InstrumentTerms(
            minimum: 2_000, maximum: 30_000, years: 2...5, rate: 0,
            source:
                "https://www.essnormandie.org/entreprendre-autrement/financer-son-projet/des-financements-specifiques/prets/"
        ),
        .participatingSecurities: InstrumentTerms(source: ""),
        .equityContribution: InstrumentTerms(source: ""),
    ]

    public static func terms(_ instrument: FinancingInstrument) -> InstrumentTerms {
        defaults[instrument] ?? InstrumentTerms(source: "")
    }

    /// A term a programme may change for its own offer (a local fund's
    /// prêt d'honneur capped lower, a guarantee at 50 %).
    public enum Setting: String, CaseIterable, Sendable, Codable {
        /// The least it brings (€).
        case minimum
        /// The most it brings (€); for the guarantee, the most guaranteed.
        case maximum = "plafond"
        /// The share of a bank loan a guarantee covers (percent).
        case coverage = "quotite"

        /// What it can be: euros up to 10¹², a share from 1 to 100 %.
        public var range: ClosedRange<Double> {
            self == .coverage ? 1...100 : 0...1e12
        }
    }

    /// One term changed by the programme.
    public struct Change: Equatable, Hashable, Sendable {
        public var instrument: FinancingInstrument
        public var setting: Setting

        public init(_ instrument: FinancingInstrument, _ setting: Setting) {
            self.instrument = instrument
            self.setting = setting
        }

        /// `pret_honneur.plafond`, as `essor instruments` reads it.
        public var key: String { "\(instrument.rawValue).\(setting.rawValue)" }

        public init?(key: String) {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let instrument = FinancingInstrument(rawValue: parts[0]),
                let setting = Setting(rawValue: parts[1]), setting != .coverage || instrument == .guarantee
            else { return nil }
            self.init(instrument, setting)
        }

        /// Every term a programme can change: a minimum and a ceiling for
        /// each instrument, the guarantee's share too.
        public static var all: [Change] {
            FinancingInstrument.allCases.flatMap { instrument in
                [Change(instrument, .minimum), Change(instrument, .maximum)]
                    + (instrument == .guarantee ? [Change(instrument, .coverage)] : [])
            }
        }
    }
}

/// The instruments as one programme offers them: the shipped terms with
/// the changes it made (`essor instruments`, kept in the store).
public struct Catalogue: Equatable, Sendable {
    public var changes: [InstrumentCatalogue.Change: Double]

    public init(_ changes: [InstrumentCatalogue.Change: Double] = [:]) { self.changes = changes }

    public static let standard = Catalogue()

    public func terms(_ instrument: FinancingInstrument) -> InstrumentTerms {
        var terms = InstrumentCatalogue.terms(instrument)
        for (change, value) in changes where change.instrument == instrument {
            switch change.setting {
            case .minimum: terms.minimum = value
            case .maximum: terms.maximum = value
            case .coverage: terms.coverage = value
            }
        }
        return terms
    }

    /// The value of a term, whether shipped or changed (nil: none).
    public func value(_ change: InstrumentCatalogue.Change) -> Double? {
        let terms = terms(change.instrument)
        switch change.setting {
        case .minimum: return terms.minimum
        case .maximum: return terms.maximum
        case .coverage: return terms.coverage
        }
    }

    /// Instruments whose minimum is above their ceiling.
    public var inverted: [FinancingInstrument] {
        FinancingInstrument.allCases.filter { instrument in
            let terms = terms(instrument)
            guard let minimum = terms.minimum, let maximum = terms.maximum else { return false }
            return minimum > maximum
        }
    }
}
