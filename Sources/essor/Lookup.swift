import EssorCore
import EssorStore
import EssorUI
import Foundation

/// What the look-up commands share: a read-only store (never a write
/// lock, never curses), the output width, names resolved or reported.
struct Lookup {
    let store: Store
    let lang: Lang
    let environment: [String: String]
    let dates: DateStyle
    let now = Launcher.now

    init(_ global: GlobalOptions, lang: Lang) throws {
        self.init(store: try Store.openReadOnly(path: global.storePath), global: global, lang: lang)
    }

    /// Over a store already open (read-write, for an import).
    init(store: Store, global: GlobalOptions, lang: Lang) {
        self.store = store
        self.lang = lang
        environment = global.environment
        dates = global.configuration.dates ?? .dayMonthYear
    }

    /// A state used only to format dates, numbers and labels.
    var format: AppState {
        var state = AppState(
            lang: lang, size: Size(width: width ?? 200, height: 50), now: now, storePath: store.path)
        state.dateStyle = dates
        return state
    }

    /// `$COLUMNS`, else the terminal's width; nil when writing to a pipe
    /// or a file (scripts then get whole values).
    var width: Int? {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        return ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }

    func text(_ msg: CLIMsg) -> String { Strings.text(.cli(msg), lang) }

    /// What tells a found record from its namesakes: a meeting's day,
    /// time, cohort and place; the others' detail.
    func describe(_ record: FoundRecord, in state: AppState) -> String {
        guard let start = record.start else { return record.detail }
        let local = state.clock.local(start)
        let parts = [
            "\(state.format.date(local.date)) \(state.format.time(local))", record.cohort ?? "",
            record.detail,
        ]
        return parts.filter { !$0.isEmpty }.joined(separator: " — ")
    }

    /// The record `text` designates, or a failure that says why not
    /// (status 1 when nothing matches, 2 when several do).
    func resolve(_ kind: LookupKind, _ name: String) throws -> Int64 {
        switch try store.resolve(kind, name) {
        case .found(let id):
            return id
        case .none:
            throw Failure(.notFound(kind, name), lang: lang, status: 1)
        case .ambiguous(let candidates):
            let digits = String(candidates.map(\.id).max() ?? 0).count
            let state = format
            let lines = candidates.map {
                let number = String(repeating: " ", count: digits - String($0.id).count) + String($0.id)
                let detail = describe($0, in: state)
                return "  \(number)  \(SafeText.escaped($0.name))"
                    + (detail.isEmpty ? "" : " — \(SafeText.escaped(detail))")
            }
            throw Failure(
                message: ([text(.ambiguous(kind, name))] + lines).joined(separator: "\n"), status: 2)
        }
    }

    /// Writes lines to stdout, escaped (`Console`).
    static func print(_ lines: [String]) { Console.lines(lines) }

    /// A JSON document (`JSONDocument`): the schema's version and `value`
    /// under `name`.
    static func printJSON(_ name: String, _ value: some Encodable) throws {
        Console.document(try JSONDocument(name, value).text())
    }
}

extension LookupKind {
    /// `structure`, `cohorte`, `partenaire`, `séance` (or in English),
    /// singular or plural.
    init?(argument: String) {
        var word = SearchFolding.fold(argument)
        if word.hasSuffix("s") { word.removeLast() }
        switch word {
        case "structure", "organisation": self = .structure
        case "cohorte", "cohort": self = .cohort
        case "partenaire", "partner": self = .partner
        case "seance", "meeting": self = .meeting
        default: return nil
        }
    }
}
