import EssorCore
import Foundation
import GRDB

/// The kinds of records the look-up commands find and show.
public enum LookupKind: String, CaseIterable, Sendable {
    case structure
    case cohort
    case partner
    case meeting

    var table: String { rawValue }

    /// Columns of a found record: its name and a short description.
    var columns: String {
        switch self {
        case .structure:
            "id, name, town || ' (' || departement || ')' AS detail, NULL AS starts_at, NULL AS cohort"
        case .cohort: "id, name, theme AS detail, NULL AS starts_at, NULL AS cohort"
        case .partner: "id, name, expertise AS detail, NULL AS starts_at, NULL AS cohort"
        case .meeting:
            "id, title AS name, place AS detail, starts_at, (SELECT c.name FROM cohort c WHERE c.id = cohort_id) AS cohort"
        }
    }

    /// The trigram index of folded keys, for the large tables.
    var trigramIndex: String? {
        switch self {
        case .structure: "structure_fts"
        case .meeting: "meeting_fts"
        case .cohort, .partner: nil
        }
    }

    var order: String {
        switch self {
        case .structure: "sort_name, id"
        case .cohort: "start_date, name, id"
        case .partner: "name COLLATE NOCASE, id"
        case .meeting: "starts_at, id"
        }
    }
}

/// A record found by a look-up.
public struct FoundRecord: Sendable, Equatable {
    public var kind: LookupKind
    public var id: Int64
    public var name: String
    /// A structure's town, a cohort's theme, a partner's expertise, a
    /// meeting's place.
    public var detail: String
    /// A meeting's start.
    public var start: Int64?
    /// A meeting's cohort.
    public var cohort: String? = nil
}

/// What a name given on the command line designates.
public enum Resolution: Sendable, Equatable {
    case found(Int64)
    case none
    /// Several records match: the user must say which.
    case ambiguous([FoundRecord])
}

/// Queries of the look-up commands: straight SQL on folded keys, through a
/// read-only connection, so that a look-up answers in a few tens of
/// milliseconds without loading lists or taking a write lock.
extension Store {
    /// Records of `kinds` whose folded key holds every word of `query`,
    /// at most `limit` of each kind. On structures and meetings, words of
    /// three characters or more are looked up in the trigram index and
    /// shorter ones checked on what it finds; small tables are scanned.
    public func find(_ query: SearchQuery, kinds: [LookupKind] = LookupKind.allCases, limit: Int) throws
        -> [FoundRecord]
    {
        let words = query.words.map { String(decoding: $0, as: UTF8.self) }
        guard !words.isEmpty else { return [] }
        return try read { db in
            try kinds.flatMap { kind in
                var conditions: [String] = []
                var arguments: [DatabaseValueConvertible] = []
                var scanned = words
                if let index = kind.trigramIndex {
                    let long = words.filter { $0.count >= 3 }
                    if !long.isEmpty {
                        conditions.append("id IN (SELECT rowid FROM \(index) WHERE \(index) MATCH ?)")
                        arguments.append(
                            long.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                                .joined(separator: " AND "))
                        scanned = words.filter { $0.count < 3 }
                    }
                }
                for word in scanned {
                    conditions.append("instr(search_key, ?) > 0")
                    arguments.append(word)
                }
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(kind.columns) FROM \(kind.table) WHERE \(conditions.joined(separator: " AND "))
                        ORDER BY \(kind.order) LIMIT ?
                        """,
                    arguments: StatementArguments(arguments + [limit])
                ).map {
                    FoundRecord(
                        kind: kind, id: $0["id"], name: $0["name"], detail: $0["detail"] ?? "",
                        start: $0["starts_at"], cohort: $0["cohort"])
                }
            }
        }
    }

    /// The record of `kind` that `text` designates: an id, a name (accents
    /// and case aside), or words found in only one name.
    public func resolve(_ kind: LookupKind, _ text: String) throws -> Resolution {
        let trimmed = text.trimmingSpaces
        if let id = Int64(trimmed) {
            let exists = try read { db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM \(kind.table) WHERE id = ?", arguments: [id])
                    ?? false
            }
            if exists { return .found(id) }
        }
        let candidates = try find(SearchQuery(trimmed), kinds: [kind], limit: 50)
        let folded = SearchFolding.fold(trimmed)
        let exact = candidates.filter { SearchFolding.fold($0.name) == folded }
        if exact.count == 1 { return .found(exact[0].id) }
        switch candidates.count {
        case 0: return .none
        case 1: return .found(candidates[0].id)
        default: return .ambiguous(exact.count > 1 ? exact : candidates)
        }
    }

    /// Meetings starting in `from..<to`, in order.
    public func agenda(from: Int64, to: Int64, cohort: CohortID?) throws -> [MeetingRow] {
        try read { db in
            let scope = cohort == nil ? "" : "AND s.cohort_id = ?"
            let arguments: [DatabaseValueConvertible] =
                [from - 86_400, to, from] + (cohort.map { [$0] } ?? [])
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, c.name AS cohort_name FROM meeting s JOIN cohort c ON c.id = s.cohort_id
                    WHERE s.starts_at >= ? AND s.starts_at < ? AND s.starts_at + s.duration_minutes * 60 > ? \(scope)
                    ORDER BY s.starts_at, s.id
                    """, arguments: StatementArguments(arguments)
            ).map { MeetingRow(meeting: Meeting(row: $0), cohortName: $0["cohort_name"]) }
        }
    }
}

extension LookupKind: ExchangeCode {}
