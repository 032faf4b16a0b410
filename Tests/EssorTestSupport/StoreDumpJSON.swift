import EssorCore
import Foundation

/// An essor export's tables, to change and write back.
public struct StoreDumpJSON: Sendable {
    public var root: JSONValue

    public init(_ data: Data) throws { root = try JSONValue.decode(data) }

    public var tables: [String: [[String: JSONValue]]] {
        get {
            guard case .object(let tables)? = root["tables"] else { return [:] }
            return tables.mapValues { rows in
                guard case .array(let rows) = rows else { return [] }
                return rows.compactMap { row in
                    if case .object(let fields) = row { return fields }
                    return nil
                }
            }
        }
        set {
            root["tables"] = .object(newValue.mapValues { .array($0.map { .object($0) }) })
        }
    }

    public func data() throws -> Data { try root.data() }
}
