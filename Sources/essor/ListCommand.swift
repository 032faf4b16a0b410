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
                count = try ListOutput.write(
                    store.structureIDs(order: .name, cohort: scope), read: store.structureRows, .structures,
                    name: "structures", lookup, json: json, id: \.id, cells: ListColumns.structureCells,
                    item: { row, _ in LookupJSON.structure(row) })
            case .cohort:
                var ids = try store.cohortIDs()
                if let scope { ids = ids.filter { $0 == scope } }
                count = try ListOutput.write(
                    ids, read: store.cohortRows, .cohorts, name: "cohorts", lookup, json: json, id: \.id,
                    cells: ListColumns.cohortCells, item: { LookupJSON.cohort($0, today: $1.today) })
            case .partner:
                // Scoped to a cohort, the missions and days are that cohort's.
                count = try ListOutput.write(
                    store.partnerIDs(cohort: scope), read: { try store.partnerRows($0, cohort: scope) },
                    .partners,
                    name: "partners", lookup, json: json, id: \.id, cells: ListColumns.partnerCells,
                    item: { row, _ in LookupJSON.partner(row) })
            case .meeting:
                count = try ListOutput.meetings(
                    store.meetingIDs(cohort: scope), read: store.meetingRows, lookup, json: json)
            }
            if count == 0 { throw Failure(.emptyList, lang: lang, status: 1) }
        }
    }
}

/// Lists printed as tables (the panels' columns, and a number column) or
/// as JSON.
enum ListOutput {
    /// Writes the list of `ids` as a table or as JSON (`name` its JSON
    /// member), reading rows a thousand at a time and keeping only what is
    /// written (a line's cells, or its JSON entity): a list of 100,000
    /// meetings does not hold 100,000 rows with their conflicts. Returns
    /// how many were listed.
    static func write<Row, Item: Encodable>(
        _ ids: [Int64], read: ([Int64]) throws -> [Row], _ panel: PanelID, name: String, _ lookup: Lookup,
        json: Bool, id: (Row) -> Int64, cells: (Row, AppState) -> [String], item: (Row, AppState) -> Item
    ) throws -> Int {
        let state = lookup.format
        var lines: [[String]] = []
        var items: [Item] = []
        var start = 0
        while start < ids.count {
            let end = min(ids.count, start + 1_000)
            for row in try read(Array(ids[start..<end])) {
                if json {
                    items.append(item(row, state))
                } else {
                    lines.append(cells(row, state) + [String(id(row))])
                }
            }
            start = end
        }
        if json {
            try Lookup.printJSON(name, items)
        } else if !lines.isEmpty {
            table(panel, lookup, lines)
        }
        return json ? items.count : lines.count
    }

    /// Meetings, as `essor list meetings` and `essor agenda` write them.
    @discardableResult
    static func meetings(
        _ ids: [Int64], read: ([Int64]) throws -> [MeetingRow], _ lookup: Lookup, json: Bool
    ) throws -> Int {
        try write(
            ids, read: read, .meetings, name: "meetings", lookup, json: json, id: \.id,
            cells: ListColumns.meetingCells, item: { LookupJSON.meeting($0, clock: $1.clock) })
    }

    static func table(_ panel: PanelID, _ lookup: Lookup, _ rows: [[String]]) {
        let state = lookup.format
        let columns =
            ListColumns.columns(panel, state) + [
                // The number is what scripts and the other commands take:
                // it is the last column a narrow terminal loses.
                TableColumn(lookup.text(.columnNumber), .fixed(7), priority: 0, alignRight: true)
            ]
        Lookup.print(TextTable(columns: columns, rows: rows).lines(width: lookup.width))
    }
}
