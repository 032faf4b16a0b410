import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// The look-up commands, as scripts and coordinators on a phone use them.
@Suite struct LookupTests {
    let scratch = TemporaryFolder()
    var store: String { scratch.file("demo.sqlite") }

    init() throws {
        try makeDemoStore(scratch.file("demo.sqlite"))
    }

    func essor(_ arguments: [String], columns: Int? = 100) throws -> Run {
        try run(
            EssorBinary.path, arguments + ["--store", store],
            environment: columns.map { ["COLUMNS": String($0)] } ?? ["COLUMNS": ""])
    }

    /// What a `--json` document holds: the value beside its `schemaVersion`.
    func json(_ text: String) throws -> Any {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["schemaVersion"] as? Int == 2)
        #expect(document.count == 2, "\(document.keys)")
        return try #require(document.first { $0.key != "schemaVersion" }?.value)
    }

    @Test func lookUpsTellMeetingsAndStructuresApart() throws {
        // An ambiguous meeting name lists each candidate's day and cohort.
        let ambiguous = try essor(["show", "seance", "comite"])
        #expect(ambiguous.status == 2)
        let candidates = ambiguous.stderr.split(separator: "\n").dropFirst()
        #expect(candidates.count >= 2)
        for line in candidates {
            // A day and a time.
            #expect(line.contains(/\d\d\/\d\d\/\d{4} \d{1,2}h\d\d/), "\(line)")
        }
        #expect(ambiguous.stderr.contains("Exemple — Alimentation durable"))
        // find shows a meeting's cohort, and finds a structure by its sector.
        let found = try essor(["find", "comite", "pilotage"], columns: 200)
        #expect(found.stdout.contains("Exemple — Alimentation durable"))
        let bySector = try essor(["find", "agriculture", "biologique"])
        #expect(bySector.status == 0 && bySector.stdout.contains("Maraîchers du Pays de Caux"))
        let json = try #require(try json(try essor(["find", "comite", "--json"]).stdout) as? [[String: Any]])
        #expect(json.contains { $0["cohort"] as? String == "Exemple — Alimentation durable" })
    }

    @Test func partnersOfACohortCountThatCohortsMissions() throws {
        let all = try essor(["list", "partenaires", "--json"])
        let scoped = try essor(["list", "partenaires", "--cohort", "exemple", "--json"])
        let total = try #require(try json(all.stdout) as? [[String: Any]])
        let mine = try #require(try json(scoped.stdout) as? [[String: Any]])
        let fa = { (list: [[String: Any]]) in
            list.first { ($0["name"] as? String)?.hasPrefix("France Active") == true }
        }
        let overall = try #require(fa(total)?["missionCount"] as? Int)
        let here = try #require(fa(mine)?["missionCount"] as? Int)
        #expect(here < overall && here > 0)
        // At 60 columns, the number is still there.
        let narrow = try essor(["list", "partenaires"], columns: 60)
        #expect(narrow.stdout.split(separator: "\n").first?.hasSuffix("N°") == true, "\(narrow.stdout)")
    }

    @Test func noStoreYetPointsAtTheDemonstration() throws {
        let home = scratch.file("home")
        let data = home + "/.local/share/essor"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try makeDemoStore(data + "/demo.sqlite")
        let result = try run(
            EssorBinary.path, ["find", "atelier"],
            environment: ["HOME": home, "XDG_DATA_HOME": "", "ESSOR_STORE": "", "COLUMNS": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Aucune base"))
        #expect(result.stderr.contains("essayez --store \(data)/demo.sqlite"), "\(result.stderr)")
    }

    @Test func findsAcrossKindsIgnoringAccents() throws {
        let result = try essor(["find", "ECONOMIE"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Économie Circulaire Pays d'Auge"))
        let partner = try essor(["find", "france", "active"])
        #expect(partner.stdout.contains("Partenaire") && partner.stdout.contains("France Active Normandie"))
        let nothing = try essor(["find", "introuvable"])
        #expect(nothing.status == 1 && nothing.stdout.isEmpty)
        #expect(nothing.stderr.contains("Rien ne correspond à « introuvable »."))
        let list = try #require(try json(try essor(["find", "bessin", "--json"]).stdout) as? [[String: Any]])
        #expect(
            list.contains {
                $0["kind"] as? String == "structure"
                    && $0["name"] as? String == "Épicerie Solidaire du Bessin"
            })
    }

    @Test func showsOneRecordByNumberOrName() throws {
        let byName = try essor(["show", "structure", "deux", "rives"])
        #expect(byName.status == 0 && byName.stdout.hasPrefix("Coop des Deux Rives\n"))
        #expect(byName.stdout.contains("Seine-Maritime (76)"))
        let id = try #require(byName.stdout.isEmpty ? nil : "1")
        #expect(try essor(["show", "structure", id]).stdout == byName.stdout)
        let ambiguous = try essor(["show", "structure", "les"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("Plusieurs structures correspondent à « les »"))
        #expect(ambiguous.stderr.contains("Les Jardins du Littoral"))
        let missing = try essor(["show", "partenaire", "inconnu"])
        #expect(
            missing.status == 1 && missing.stderr.contains("Aucun partenaire ne correspond à « inconnu »."))
        let badKind = try essor(["show", "chose", "x"])
        #expect(badKind.status == 2 && badKind.stderr.contains("Type inconnu « chose »"))
        let cohort = try #require(
            try json(try essor(["show", "cohorte", "numérique", "--json"]).stdout) as? [String: Any])
        #expect(cohort["theme"] as? String == "Numérique" && (cohort["members"] as? [String])?.count == 5)
    }

    @Test func listsTheComingMeetings() throws {
        let agenda = try essor(["agenda", "--days", "30"])
        #expect(agenda.status == 0 && agenda.stdout.contains("Co-constr"))
        let old = try essor(["agenda", "--cohort", "Numérique"])
        #expect(old.status == 1 && old.stderr.contains("Aucune séance dans les 7 prochains jours."))
        let meetings = try #require(
            try json(try essor(["agenda", "--days", "365", "--json"]).stdout) as? [[String: Any]])
        #expect(meetings.count == 6)
        #expect((meetings.first?["startsAt"] as? String)?.hasSuffix("+01:00") == true)
    }

    @Test func listsWholeListsThatFitTheWidth() throws {
        let structures = try essor(["list", "structures"], columns: 60)
        #expect(structures.status == 0)
        let lines = structures.stdout.split(separator: "\n")
        #expect(lines.count == 22)  // header and 21 structures
        for line in lines { #expect(TextWidthProbe.cells(String(line)) <= 60, "\(line)") }
        let members = try essor(["list", "structures", "--cohort", "exemple"])
        #expect(members.stdout.split(separator: "\n").count == 9)
        // Through a pipe, without COLUMNS: nothing is cut.
        let piped = try essor(["list", "partenaires"], columns: nil)
        #expect(piped.stdout.contains("Numérique, Filières de la transition écologique"))
        let cohorts = try #require(
            try json(try essor(["list", "cohorts", "--json"]).stdout) as? [[String: Any]])
        #expect(cohorts.count == 4)
    }

    @Test func neverWritesControlCharactersFromTheStore() throws {
        let hostile = "Coop \u{1B}]0;pwned\u{07} \u{1B}[2J ligne\rretour\u{08} c1\u{9B}31m \u{202E}evil"
        let writer = try Store.open(path: store)
        try writer.transaction { w in
            let id = try w.insert(Structure(id: 0, name: hostile, legalForm: .scic, town: "Caen\u{1B}[31m"))
            try w.addMember(cohort: 1, structure: id)
        }
        try writer.close()
        for arguments in [["find", "pwned"], ["show", "structure", "pwned"], ["list", "structures"]] {
            let piped = try essor(arguments)
            #expect(piped.status == 0, "\(arguments)")
            Self.expectClean(Array(piped.stdout.utf8), arguments)
            #expect(piped.stdout.contains("\\e]0;pwned\\u{7}"), "\(arguments)")
            let terminal = try run(
                "/usr/bin/script",
                [
                    "-q", "-e", "-c",
                    ([EssorBinary.path] + arguments + ["--store", store]).map(Self.quote).joined(
                        separator: " "), "/dev/null",
                ],
                environment: ["COLUMNS": "150", "TERM": "xterm"])
            Self.expectClean(Array(terminal.stdout.utf8), arguments + ["(pty)"])
        }
        let json = try essor(["find", "pwned", "--json"])
        Self.expectClean(Array(json.stdout.utf8), ["json"])
        #expect(json.stdout.contains("\\u202e") && json.stdout.contains("\\u009b"))
        let decoded = try #require(try self.json(json.stdout) as? [[String: Any]])
        #expect(decoded.first?["name"] as? String == hostile)  // escaped, not altered
        let missing = try essor(["show", "structure", "\u{1B}[2Jintrouvable"])
        Self.expectClean(Array(missing.stderr.utf8), ["stderr"])
    }

    /// No byte a terminal would act on: C0 but newline, carriage return
    /// (added by the pty) and tab; DEL; C1; bidirectional overrides.
    static func expectClean(_ bytes: [UInt8], _ context: [String]) {
        for byte in bytes where byte < 0x20 && byte != 0x0A && byte != 0x0D {
            Issue.record("raw control byte \(byte) in the output of \(context)")
            return
        }
        #expect(!bytes.contains(0x7F), "DEL in \(context)")
        let text = String(decoding: bytes, as: UTF8.self)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                Issue.record("raw U+\(String(v, radix: 16)) in the output of \(context)")
                return
            }
        }
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Display width without depending on the interface library.
enum TextWidthProbe {
    static func cells(_ text: String) -> Int {
        text.reduce(0) { total, c in
            total
                + (c.unicodeScalars.first.map {
                    $0.properties.isEmojiPresentation || (0x1100...0x9FFF).contains($0.value)
                } == true ? 2 : 1)
        }
    }
}
