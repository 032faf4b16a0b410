import EssorCore
import EssorExchange
import EssorStore
import Foundation

/// The Finances panel's store effects: the grids, financing, the export.
extension AppController {
    func performFinance(_ effect: FinanceEffect) throws -> Action? {
        switch effect {
        case .loadAccountsGrid(let id):
            guard let record = try store.structureRecord(id: id) else {
                return .writeFailed(.conflict(entity: .structure, id: id))
            }
            return .gridLoaded(
                GridState(accounts: id, name: record.structure.name, years: try store.financialYears(of: id)))
        case .loadModelGrid(let cohort):
            guard let record = try store.cohortRecord(id: cohort) else {
                return .writeFailed(.conflict(entity: .cohort, id: cohort))
            }
            let model =
                try store.projectModel(cohort: cohort)
                ?? ProjectModel(cohortID: cohort, startYear: state.today.year + 1, version: record.version)
            return .gridLoaded(
                GridState(model: model, name: record.cohort.name, members: try structuresOf(cohort)))
        case .saveGrid(let grid):
            switch grid.mode {
            case .accounts(let id, let name):
                try store.save(grid.years, of: id, removing: grid.removedYears, by: author, at: state.now)
                changedHere()
                return .gridSaved(name: name)
            case .model(_, let name):
                try store.save(grid.model, by: author, at: state.now)
                changedHere()
                return .gridSaved(name: name)
            }
        case .saveFinancings(let financings):
            // France Active brings the financing unless said otherwise.
            let franceActive = try store.partnerRows(store.partnerIDs(cohort: nil)).first {
                SearchFolding.fold($0.partner.name).contains("france active")
            }?.id
            let brought = financings.map { financing in
                var financing = financing
                if financing.id == 0 && financing.partnerID == nil { financing.partnerID = franceActive }
                return financing
            }
            try store.save(brought, by: author, at: state.now)
            changedHere()
            let words = financings.map {
                state.text(.financeUI(.instrument($0.instrument))) + " ("
                    + state.text(.financeUI(.status($0.status)))
                    + ")"
            }
            return .financingSaved(words.joined(separator: ", "))
        case .deleteFinancing(let financing):
            try store.deleteFinancing(financing, by: author, at: state.now)
            changedHere()
            return .deleted(name: state.text(.financeUI(.instrument(financing.instrument))))
        case .cycleFinancingPartner(var financing):
            let partners = try store.partnerRows(store.partnerIDs(cohort: nil)).sorted {
                $0.partner.name.localizedStandardCompare($1.partner.name) == .orderedAscending
            }
            guard !partners.isEmpty else { return nil }
            let index = partners.firstIndex { $0.id == financing.partnerID }.map { $0 + 1 } ?? 0
            let next = partners[index % partners.count]
            financing.partnerID = next.id
            try store.save(financing, by: author, at: state.now)
            changedHere()
            return .financingSaved(next.partner.name)
        case .exportFinances(let cohort):
            return exportFinances(cohort)
        }
    }

    func exportFinances(_ cohort: CohortID?) -> Action {
        do {
            let name = try cohort.flatMap { try store.cohortRecord(id: $0)?.cohort.name } ?? "essor"
            let export = FinanceExport(
                title: tr("Finances — %s", state.lang == .fr, name),
                details: try store.financeDetails(cohort: cohort))
            let base = "finances-\(ExportFiles.slug(name))"
            let markdown = try ExportFiles.write(
                export.markdown(state.lang), name: base + ".md", in: exportFolder)
            let csv = try ExportFiles.write(try export.csv(state.lang), name: base + ".csv", in: exportFolder)
            let workbook = try ExportFiles.write(
                bytes: try export.xlsx(state.lang), name: base + ".xlsx", in: exportFolder)
            return .exported([markdown, csv, workbook])
        } catch {
            return .exportFailed(Strings.describe(error, state.lang))
        }
    }
}
