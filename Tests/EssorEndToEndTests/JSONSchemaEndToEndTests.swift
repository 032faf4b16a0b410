import EssorTestSupport
import Foundation
import Testing

/// Every JSON essor writes, checked by an independent validator (Python's
/// `jsonschema`, draft 2020-12, formats checked) against the schemas
/// shipped in `schema/`; and the whole-store export going both ways.
@Suite struct JSONSchemaEndToEndTests {
    let scratch = TemporaryFolder()
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../schema").standardized.path

    func essor(_ arguments: [String], store: String) throws -> Run {
        try run(
            EssorBinary.path, arguments + ["--store", store],
            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": IsolatedConfig.path], timeout: 120)
    }

    /// Validates each (schema, file) pair; prints what fails.
    static let validator = """
        import json, sys, jsonschema
        failures = []
        pairs = sys.argv[1:]
        for schema_path, path in zip(pairs[0::2], pairs[1::2]):
            schema = json.load(open(schema_path))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
            document = json.load(open(path))
            assert document.get('schemaVersion') == 2, (path, document.get('schemaVersion'))
            for error in validator.iter_errors(document):
                failures.append('%s: %s: %s' % (path, error.json_path, error.message[:200]))
        print('\\n'.join(failures[:20]) or 'ok')
        """

    func validate(_ pairs: [(schema: String, file: String)]) throws -> String {
        let arguments = pairs.flatMap { ["\(Self.schemas)/\($0.schema)", $0.file] }
        let check = try run("/usr/bin/env", ["python3", "-c", Self.validator] + arguments, timeout: 120)
        return check.stdout + check.stderr
    }

    /// A demo store with a change log (an edit and a deletion).
    func store() throws -> String {
        let path = scratch.file("demo.sqlite")
        try makeDemoStore(path)
        #expect(try essor(["edit", "structure", "1", "notes=revue"], store: path).status == 0)
        let added = try essor(["add", "structure", "--name", "Éphémère", "--postcode", "14000"], store: path)
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try essor(["delete", "structure", id], store: path).status == 0)
        return path
    }

    @Test func everyCommandsJSONFollowsItsSchema() throws {
        let store = try store()
        let commands: [(String, [String])] = [
            ("lookup", ["find", "coop", "--json"]), ("lookup", ["find", "comite", "--json"]),
            ("lookup", ["list", "structures", "--json"]), ("lookup", ["list", "cohorts", "--json"]),
            ("lookup", ["list", "partners", "--json"]), ("lookup", ["list", "meetings", "--json"]),
            ("lookup", ["show", "structure", "1", "--json"]),
            ("lookup", ["show", "structure", "2", "--json"]),
            ("lookup", ["show", "cohort", "1", "--json"]), ("lookup", ["show", "partner", "1", "--json"]),
            ("lookup", ["show", "meeting", "1", "--json"]),
            ("lookup", ["agenda", "--days", "3650", "--json"]),
            ("lookup", ["temps", "list", "--from", "01/01/2020", "--to", "31/12/2030", "--json"]),
            ("finances", ["export", "finances", "--format", "json"]),
            ("reports", ["report", "partners", "--format", "json"]),
            (
                "reports",
                ["report", "temps", "--from", "01/01/2020", "--to", "31/12/2030", "--format", "json"]
            ),
            ("reports", ["report", "temps", "--month", "2026-11", "--par", "person", "--format", "json"]),
            ("reports", ["report", "programme", "--format", "json", "-o", "-"]),
            ("store", ["export", "json"]),
        ]
        var pairs: [(schema: String, file: String)] = []
        for (index, (schema, arguments)) in commands.enumerated() {
            let result = try essor(arguments, store: store)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let file = scratch.file("\(index).json")
            try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
            pairs.append(("\(schema).schema.json", file))
        }
        #expect(try validate(pairs) == "ok\n")
        // No word of the interface in the data: the same JSON in English,
        // but for the programme report's explanations, which are texts.
        for (_, arguments) in commands where !arguments.contains("programme") {
            let french = try essor(arguments, store: store).stdout
            let english = try essor(arguments + ["--lang", "en"], store: store).stdout
            #expect(french == english, "\(arguments): the JSON changes with the language")
        }
    }

    /// A list's entity has keys of the whole one only, with the same values.
    @Test func aListsEntityIsAPartOfTheWholeOne() throws {
        let store = try store()
        for (list, show, id) in [
            ("structures", "structure", "1"), ("cohorts", "cohort", "1"), ("partners", "partner", "1"),
            ("meetings", "meeting", "1"),
        ] {
            let listed = try essor(["list", list, "--json"], store: store).stdout
            let whole = try essor(["show", show, id, "--json"], store: store).stdout
            let check = try run(
                "/usr/bin/env",
                [
                    "python3", "-c",
                    """
                    import json, sys
                    listed = json.loads(sys.argv[1])[sys.argv[3]]
                    whole = json.loads(sys.argv[2])[sys.argv[4]]
                    part = [e for e in listed if e['id'] == whole['id']][0]
                    missing = [k for k in part if k not in whole]
                    differ = [k for k in part if k in whole and part[k] != whole[k]]
                    print('ok' if not missing and not differ else 'missing %s, differ %s' % (missing, differ))
                    """, listed, whole, list, show,
                ], timeout: 60)
            #expect(check.stdout == "ok\n", "\(list): \(check.stdout) \(check.stderr)")
        }
    }

    /// The staff-cost statement says what the time went to by code: a fixed
    /// share's line has no cohort (the table says « Toute l'opération »).
    @Test func theStaffCostsSayTheirScopeByCode() throws {
        let store = try store()
        let json = try essor(
            [
                "report", "temps", "--from", "01/01/2020", "--to", "31/12/2030", "--par", "cohort",
                "--format", "json",
            ],
            store: store
        ).stdout
        let check = try run(
            "/usr/bin/env",
            [
                "python3", "-c",
                """
                import json, sys
                lines = json.loads(sys.argv[1])['staffCosts']['lines']
                scopes = {l['scope'] for l in lines}
                assert 'cohort' in scopes and 'fixedShare' in scopes, scopes
                assert all((l['cohort'] is None) == (l['scope'] != 'cohort') for l in lines), lines
                print('ok')
                """, json,
            ], timeout: 60)
        #expect(check.stdout == "ok\n", "\(check.stderr)")
    }

    /// The validator does refuse: a key left out, a code in the store's
    /// French, an instant without its offset.
    @Test func theSchemasRefuseWhatEssorNeverWrites() throws {
        let store = try store()
        let meeting = try essor(["show", "meeting", "1", "--json"], store: store).stdout
        let broken = [
            meeting.replacingOccurrences(of: "\"videoLink\" :", with: "\"video\" :"),
            meeting.replacingOccurrences(of: "\"kind\" : \"workshop\"", with: "\"kind\" : \"atelier\""),
            meeting.replacingOccurrences(of: "+02:00\"", with: "\"").replacingOccurrences(
                of: "+01:00\"", with: "\""),
        ]
        for (index, text) in broken.enumerated() {
            #expect(text != meeting)
            let file = scratch.file("broken-\(index).json")
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            #expect(try validate([("lookup.schema.json", file)]) != "ok\n", "\(text)")
        }
    }

    @Test func theWholeStoreGoesBothWaysByteForByte() throws {
        let store = try store()
        let first = try essor(["export", "json"], store: store).stdout
        let file = scratch.file("tout.json")
        try first.write(toFile: file, atomically: true, encoding: .utf8)
        let other = scratch.file("autre.sqlite")
        let imported = try essor(["import", "json", file], store: other)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try essor(["export", "json"], store: other).stdout == first)
        // The shapes a script meets: ISO instants, codes, arrays, no search keys.
        #expect(first.contains("\"startsAt\" : \"20"))
        #expect(first.contains("\"kind\" : \"workshop\""))
        #expect(first.contains("\"amounts\" : [") && !first.contains("\"amounts\" : \"["))
        #expect(!first.contains("searchKey") && !first.contains("search_key"))
        // The accounts' figures in English, as in the finances' JSON.
        #expect(first.contains("\"equity\" : ") && !first.contains("fondsPropres"))
    }
}
