import EssorCore
import GRDB

/// One line of the Finances panel: a structure's latest ratios and flags,
/// its yearly figures for the sparklines, and whether a collective
/// project puts it at risk.
public struct FinanceRow: Sendable, Equatable, Identifiable {
    public var id: StructureID
    public var name: String
    public var legalForm: LegalForm
    public var years: [FinancialYear]
    /// The ratios of the latest year (empty without accounts).
    public var ratios: [Ratio]
    public var flag: FinanceFlag
    /// The first year a cohort's project puts it at risk.
    public var atRiskYear: Int?

    public var latest: FinancialYear? { years.last }
    public func ratio(_ kind: RatioKind) -> Ratio? { ratios.first { $0.kind == kind } }
}

/// What a collective project does to one member structure.
public struct ProjectImpact: Sendable, Equatable {
    public var cohortID: CohortID
    public var cohortName: String
    public var model: ProjectModel
    public var effects: StructureEffects
    public var suggestions: [FinancingSuggestion]
}

/// The Finances panel's detail of a structure.
public struct FinanceDetail: Sendable, Equatable {
    public var structure: Structure
    public var years: [FinancialYear]
    public var thresholds: FinanceThresholds
    public var projects: [ProjectImpact]
    public var financings: [Financing]
    public var partnerNames: [PartnerID: String]
    public var cohortNames: [CohortID: String]

    /// The ratios of each year, from the year before where known.
    public func ratios(_ year: FinancialYear) -> [Ratio] {
        FinancialRatios.compute(
            year, previous: years.last { $0.year == year.year - 1 }, thresholds: thresholds)
    }
}

extension Store {
    /// The models of the cohorts `structures` belong to, and who is where.
    func projectModels(for structures: [StructureID]) throws -> (
        models: [ProjectModel], cohortsOf: [StructureID: [CohortID]]
    ) {
        let links = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.cohort_id, m.structure_id FROM membership m JOIN cohort c ON c.id = m.cohort_id
                    WHERE c.project_start_year IS NOT NULL AND m.structure_id IN (\(Self.placeholders(structures.count)))
                    """, arguments: StatementArguments(structures))
        }
        var cohortsOf: [StructureID: [CohortID]] = [:]
        for link in links { cohortsOf[link["structure_id"], default: []].append(link["cohort_id"]) }
        let cohorts = Set(links.map { $0["cohort_id"] as CohortID })
        let models = try cohorts.sorted().compactMap { try projectModel(cohort: $0) }
        return (models, cohortsOf)
    }

    public func financeRows(_ ids: [StructureID]) throws -> [FinanceRow] {
        guard !ids.isEmpty else { return [] }
        let thresholds = try financeThresholds()
        let years = try financialYears(ids)
        let (models, cohortsOf) = try projectModels(for: ids)
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT id, name, legal_form FROM structure WHERE id IN (\(Self.placeholders(ids.count)))",
                arguments: StatementArguments(ids))
        }.map { row -> FinanceRow in
            let id: StructureID = row["id"]
            let own = years[id] ?? []
            let ratios =
                own.last.map {
                    FinancialRatios.compute($0, previous: own.dropLast().last, thresholds: thresholds)
                }
                ?? []
            let risk = models.filter { cohortsOf[id]?.contains($0.cohortID) == true && $0.involves(id) }
                .compactMap {
                    ProjectEffects.effects(of: $0, on: id, accounts: own, thresholds: thresholds).atRiskYear
                }.min()
            return FinanceRow(
                id: id, name: row["name"], legalForm: LegalForm(rawValue: row["legal_form"]) ?? .other,
                years: own,
                ratios: ratios, flag: ratios.isEmpty ? .unknown : FinancialRatios.overall(ratios),
                atRiskYear: risk)
        }
        return Self.ordered(rows, as: ids)
    }

    public func financeDetail(id: StructureID) throws -> FinanceDetail? {
        guard let structure = try structureRecord(id: id)?.structure else { return nil }
        let thresholds = try financeThresholds()
        let catalogue = try catalogue()
        let years = try financialYears(of: id)
        let (models, cohortsOf) = try projectModels(for: [id])
        let names = try read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM cohort").map {
                    ($0["id"] as CohortID, $0["name"] as String)
                })
        }
        let partners = try read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM partner").map {
                    ($0["id"] as PartnerID, $0["name"] as String)
                })
        }
        let projects = models.filter { cohortsOf[id]?.contains($0.cohortID) == true && $0.involves(id) }.map {
            model in
            let effects = ProjectEffects.effects(of: model, on: id, accounts: years, thresholds: thresholds)
            return ProjectImpact(
                cohortID: model.cohortID, cohortName: names[model.cohortID] ?? "", model: model,
                effects: effects,
                suggestions: FinancingOrientation.suggestions(
                    for: effects, model: model, legalForm: structure.legalForm,
                    headcount: years.last?[.fte] ?? structure.headcount, catalogue: catalogue))
        }
        return FinanceDetail(
            structure: structure, years: years, thresholds: thresholds, projects: projects,
            financings: try financings(of: id), partnerNames: partners, cohortNames: names)
    }
}

extension Store {
    /// The finance details of a cohort's structures (all structures: nil).
    public func financeDetails(cohort: CohortID?) throws -> [FinanceDetail] {
        try structureIDs(order: .name, cohort: cohort).compactMap { try financeDetail(id: $0) }
    }
}
