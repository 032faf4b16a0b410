import ArgumentParser
import EssorCore
import EssorStore
import EssorUI

/// `essor list structures|cohorts|partners|meetings`: a whole list, as
/// the panel shows it.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("Lists the organisations, cohorts, partners or meetings.", HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(
        help: ArgumentHelp(tr("structures, cohortes, partenaires or seances.", HelpLanguage.fr)),
        completion: .list(["structures", "cohortes", "partenaires", "seances"]))
    var kind: String
    @Option(name: .long, help: ArgumentHelp(tr("One cohort only (number or name).", HelpLanguage.fr)))
    var cohort: String?
    @Flag(name: .long, help: ArgumentHelp(tr("JSON output, for scripts.", HelpLanguage.fr))) var json = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            guard let kind = LookupKind(argument: self.kind) else {
                throw Failure(.badKind(self.kind), lang: lang)
            }
            let lookup = try Lookup(global, lang: lang)
            let store = lookup.store
            let scope = try cohort.map { try lookup.resolve(.cohort, $0) }
            let count: Int
            switch kind {
            case .structure:
                let rows = try ListOutput.read(
                    store.structureIDs(order: .name, cohort: scope), store.structureRows)
                try ListOutput.structures(rows, lookup, json: json)
                count = rows.count
            case .cohort:
                var ids = try store.cohortIDs()
                if let scope { ids = ids.filter { $0 == scope } }
                let rows = try ListOutput.read(ids, store.cohortRows)
                try ListOutput.cohorts(rows, lookup, json: json)
                count = rows.count
            case .partner:
                // Scoped to a cohort, the missions and days are that cohort's.
                let rows = try ListOutput.read(store.partnerIDs(cohort: scope)) {
                    try store.partnerRows($0, cohort: scope)
                }
                try ListOutput.partners(rows, lookup, json: json)
                count = rows.count
            case .meeting:
                let rows = try ListOutput.read(store.meetingIDs(cohort: scope), store.meetingRows)
                try ListOutput.meetings(rows, lookup, json: json)
                count = rows.count
            }
            if count == 0 { throw Failure(.emptyList, lang: lang, status: 1) }
        }
    }
}

/// Lists printed as tables (the panels' columns, and a number column) or
/// as JSON.
enum ListOutput {
    /// Rows for `ids`, read a thousand at a time.
    static func read<Row>(_ ids: [Int64], _ rows: ([Int64]) throws -> [Row]) throws -> [Row] {
        var all: [Row] = []
        all.reserveCapacity(ids.count)
        var start = 0
        while start < ids.count {
            let end = min(ids.count, start + 1_000)
            all += try rows(Array(ids[start..<end]))
            start = end
        }
        return all
    }

    static func table(_ panel: PanelID, _ lookup: Lookup, _ cells: [[String]], ids: [Int64]) {
        let state = lookup.format
        let columns =
            ListColumns.columns(panel, state) + [
                // The number is what scripts and the other commands take:
                // it is the last column a narrow terminal loses.
                TableColumn(lookup.text(.columnNumber), .fixed(7), priority: 0, alignRight: true)
            ]
        let rows = zip(cells, ids).map { $0 + [String($1)] }
        Lookup.print(TextTable(columns: columns, rows: rows).lines(width: lookup.width))
    }

    static func structures(_ rows: [StructureRow], _ lookup: Lookup, json: Bool) throws {
        guard !json else {
            return try Lookup.printJSON("structures", rows.map(LookupJSON.structure))
        }
        if rows.isEmpty { return }
        let state = lookup.format
        table(.structures, lookup, rows.map { ListColumns.structureCells($0, state) }, ids: rows.map(\.id))
    }

    static func cohorts(_ rows: [CohortRow], _ lookup: Lookup, json: Bool) throws {
        let state = lookup.format
        guard !json else {
            return try Lookup.printJSON("cohorts", rows.map { LookupJSON.cohort($0, today: state.today) })
        }
        if rows.isEmpty { return }
        table(.cohorts, lookup, rows.map { ListColumns.cohortCells($0, state) }, ids: rows.map(\.id))
    }

    static func partners(_ rows: [PartnerRow], _ lookup: Lookup, json: Bool) throws {
        guard !json else {
            return try Lookup.printJSON("partners", rows.map(LookupJSON.partner))
        }
        if rows.isEmpty { return }
        let state = lookup.format
        table(.partners, lookup, rows.map { ListColumns.partnerCells($0, state) }, ids: rows.map(\.id))
    }

    static func meetings(_ rows: [MeetingRow], _ lookup: Lookup, json: Bool) throws {
        let state = lookup.format
        guard !json else {
            return try Lookup.printJSON("meetings", rows.map { LookupJSON.meeting($0, clock: state.clock) })
        }
        if rows.isEmpty { return }
        table(.meetings, lookup, rows.map { ListColumns.meetingCells($0, state) }, ids: rows.map(\.id))
    }
}
