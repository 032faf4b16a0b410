import EssorCore
import Foundation
import GRDB

/// The JSON Schema of `essor export json` (`schema/store.schema.json`),
/// written from the same column rules that `import json` applies, so the
/// file cannot drift from what essor accepts (a test compares them). The
/// rules a schema cannot say (a setting's range that depends on its key,
/// a key used twice, a reference to a missing row) are checked on import.
public enum StoreSchema {
    public static func text() throws -> String {
        let queue = try DatabaseQueue()
        let schema = try queue.write { db -> JSONValue in
            for migration in Schema.migrations { try migration.body(db) }
            var definitions: [String: JSONValue] = ["snapshot": snapshot]
            var tables: [String: JSONValue] = [:]
            for table in try Store.dataTables(db) {
                let name = StoreNaming.camel(table)
                definitions[name] = try row(db, table)
                tables[name] = .object([
                    "type": "array", "items": .object(["$ref": .string("#/$defs/\(name)")]),
                ])
            }
            return .object([
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": "https://essor.coop/schema/2/store.schema.json",
                "title": "essor export json (schemaVersion 2)",
                "description":
                    "The whole store: each table's rows, columns in camelCase, instants in ISO 8601 with their offset, enumerations as codes. Search and sort keys are left out: essor computes them.",
                "type": "object",
                "required": ["format", "schemaVersion", "migrations", "tables"],
                "additionalProperties": false,
                "properties": .object([
                    "format": .object(["const": "essor-store"]),
                    "schemaVersion": .object(["const": .integer(Int64(ExchangeJSON.schemaVersion))]),
                    "migrations": .object(["type": "array", "items": .object(["type": "string"])]),
                    "tables": .object([
                        "type": "object", "additionalProperties": false, "properties": .object(tables),
                    ]),
                ]),
                "$defs": .object(definitions),
            ])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(schema), as: UTF8.self) + "\n"
    }

    /// A row of `table`: its columns (derived ones aside) and the required.
    private static func row(_ db: Database, _ table: String) throws -> JSONValue {
        let shapes = try StoreColumns.schemaColumns(db, table)
        let rules = StoreColumns.rules[table] ?? [:]
        var properties: [String: JSONValue] = [:]
        var required: [JSONValue] = []
        for (column, rule) in rules.sorted(by: { $0.key < $1.key }) where !rule.isDerived {
            let name = StoreNaming.name(column, in: table)
            let shape = shapes[column]
            var value = schema(rule)
            if shape?.nullable ?? true {
                value = .object(["anyOf": .array([value, .object(["type": "null"])])])
            }
            properties[name] = value
            if shape?.required ?? false { required.append(.string(name)) }
        }
        return .object([
            "type": "object", "additionalProperties": false, "properties": .object(properties),
            "required": .array(required),
        ])
    }

    private static func number(_ value: Double) -> JSONValue {
        value.rounded() == value && abs(value) < 1e15 ? .integer(Int64(value)) : .real(value)
    }

    /// What a column's rule allows, as JSON Schema.
    static func schema(_ rule: ColumnRule) -> JSONValue {
        switch rule {
        case .key, .version: return .object(["type": "integer", "minimum": 1])
        case .integer(let range):
            var object: [String: JSONValue] = ["type": "integer"]
            if range.lowerBound > Int64.min { object["minimum"] = .integer(range.lowerBound) }
            if range.upperBound < Int64.max { object["maximum"] = .integer(range.upperBound) }
            return .object(object)
        case .quantity(let quantity):
            return .object([
                "type": "number", "minimum": number(quantity.range.lowerBound),
                "maximum": number(quantity.range.upperBound),
            ])
        case .instant:
            return .object([
                "type": "string", "format": "date-time",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})$",
            ])
        case .date:
            return .object(["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"])
        case .month: return .object(["type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"])
        case .taskCode: return .object(["type": "string", "pattern": "^[a-z0-9_]{1,32}$"])
        case .text(let limit): return .object(["type": "string", "maxLength": .integer(Int64(limit))])
        case .required(let limit):
            return .object(["type": "string", "maxLength": .integer(Int64(limit)), "pattern": "\\S"])
        case .choice(_, let codes): return .object(["enum": .array(codes.map(JSONValue.string))])
        case .integers(let allowed): return .object(["enum": .array(allowed.map(JSONValue.integer))])
        case .json(let shape):
            switch shape {
            case .any: return .object([:])
            case .snapshot: return .object(["$ref": "#/$defs/snapshot"])
            case .timer: return .object(["type": "object"])
            case .amounts:
                return .object(["type": "array", "maxItems": 30, "items": schema(.quantity(.amount))])
            case .months:
                return .object([
                    "type": "array", "minItems": .integer(Int64(CashPlan.months)),
                    "maxItems": .integer(Int64(CashPlan.months)), "items": schema(.quantity(.amount)),
                ])
            }
        case .derived: return .object([:])
        }
    }

    /// A change-log snapshot: rows of tables, named as the tables are.
    private static let snapshot: JSONValue = .object([
        "type": "object", "required": ["groups"], "additionalProperties": false,
        "properties": .object([
            "groups": .object([
                "type": "array",
                "items": .object([
                    "type": "object", "required": ["table", "rows"], "additionalProperties": false,
                    "properties": .object([
                        "table": .object([
                            "enum": .array(StoreNaming.tables.keys.sorted().map(JSONValue.string))
                        ]),
                        "owner": .object(["type": "string"]),
                        "rows": .object(["type": "array", "items": .object(["type": "object"])]),
                    ]),
                ]),
            ])
        ]),
    ])
}
