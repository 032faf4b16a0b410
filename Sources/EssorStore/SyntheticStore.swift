import EssorCore
import GRDB

/// Fills a store with a deterministic synthetic programme of any size, to
/// measure essor where a region's or a country's directory is loaded.
public enum SyntheticStore {
    public struct Sizes: Sendable, Equatable {
        public var structures: Int
        public var meetings: Int
        public var partners: Int

        public init(structures: Int, meetings: Int, partners: Int) {
            self.structures = structures
            self.meetings = meetings
            self.partners = partners
        }
    }

    /// Writes the programme into an empty store, in one transaction.
    public static func generate(
        into store: Store, sizes: Sizes, seed: UInt64, today: LocalDate, clock: WallClock = .paris
    )
        throws
    {
        var random = SyntheticRandom(seed: seed)
        try store.write { db in
            let writer = StoreWriter(db: db)
            try writer.setMeta(
                key: "synthetic",
                value: "seed \(seed), \(sizes.structures)/\(sizes.meetings)/\(sizes.partners)")
            try writer.setProgramme(
                Programme(
                    name: "Programme synthétique", operatorName: "essor generate",
                    funders: ["Région", "FEDER"],
                    contactEmail: "contact@synthetique.example", contactAddress: "",
                    summary: "Données générées."))

            let structureIDs = try insertStructures(db, count: sizes.structures, random: &random)
            let cohorts = try insertCohorts(db, structureIDs: structureIDs, today: today, random: &random)
            let partnerIDs = try (0..<max(1, sizes.partners)).map { i -> PartnerID in
                try writer.insert(
                    Partner(
                        id: 0, name: "Partenaire \(random.pick(SyntheticNames.lastNames)) \(i + 1)",
                        expertise: random.pick(SyntheticNames.expertises), summary: "", website: ""))
            }
            try insertAssignments(db, cohorts: cohorts, partners: partnerIDs, random: &random)
            try insertMeetings(
                db, count: sizes.meetings, cohorts: cohorts, partners: partnerIDs, today: today, clock: clock,
                random: &random)
            try insertEvidence(db, now: clock.instant(today, hour: 12, minute: 0), year: today.year)
        }
    }

    /// What the indicators read: attendance at the meetings held (seven
    /// in ten invited structures came), creation dates for a fifth of the
    /// structures, two years of accounts for a third, a financing for one
    /// in twenty (three in four granted). Derived from the ids, in SQL, so
    /// that the rest of the generation is unchanged.
    private static func insertEvidence(_ db: Database, now: Int64, year: Int) throws {
        try db.execute(
            sql: """
                INSERT INTO attendance (meeting_id, structure_id, person, status)
                SELECT i.meeting_id, i.structure_id, 'Participant ' || (i.structure_id % 97),
                    CASE WHEN (i.meeting_id * 7 + i.structure_id * 13) % 10 < 7 THEN 'present' ELSE 'absent' END
                FROM meeting_invitation i JOIN meeting m ON m.id = i.meeting_id WHERE m.starts_at < ?;
                UPDATE structure SET creation_date = printf('%04d-%02d-%02d', 2012 + id % 14, 1 + id % 12, 1 + id % 28)
                WHERE id % 5 = 0;
                INSERT INTO financial_year (structure_id, year, produits, total_bilan, etp)
                SELECT id, ? - 2, 50000 + (id % 90) * 20000, 30000 + (id % 70) * 15000, 1 + id % 40 FROM structure
                WHERE id % 3 = 0;
                INSERT INTO financial_year (structure_id, year, produits, total_bilan, etp)
                SELECT id, ? - 1, 52000 + (id % 90) * 20000, 31000 + (id % 70) * 15000, 1 + id % 43 FROM structure
                WHERE id % 3 = 0;
                INSERT INTO financing (structure_id, instrument, amount, status, granted_on)
                SELECT id, CASE (id / 20) % 3 WHEN 0 THEN 'prime' WHEN 1 THEN 'pret_honneur' ELSE 'garantie' END,
                    5000 + (id / 20 % 20) * 1000, CASE WHEN id / 20 % 4 = 0 THEN 'demandée' ELSE 'accordée' END,
                    CASE WHEN id / 20 % 4 = 0 THEN NULL ELSE printf('%04d-%02d-15', ? - id / 20 % 2, 1 + id / 20 % 12) END
                FROM structure WHERE id % 20 = 0;
                """, arguments: [now, year, year, year])
    }

    private static func insertStructures(_ db: Database, count: Int, random: inout SyntheticRandom) throws
        -> [StructureID]
    {
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO structure (name, legal_form, siret, address, postcode, town, departement, sector,
                    headcount, website, problem, notes, search_key, sort_name, sort_town)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', ?, ?, ?)
                """)
        let contact = try db.makeStatement(
            sql:
                "INSERT INTO structure_contact (structure_id, position, name, role, email, phone) VALUES (?, 0, ?, ?, ?, ?)"
        )
        var ids: [StructureID] = []
        ids.reserveCapacity(count)
        for i in 0..<count {
            let name: String
            if random.chance(1) {
                name = "\(random.pick(SyntheticNames.foreign)) \(i)"
            } else {
                let tail = random.pick(SyntheticNames.tails)
                name = [
                    random.pick(SyntheticNames.heads), random.pick(SyntheticNames.cores), tail, String(i),
                ]
                .filter { !$0.isEmpty }.joined(separator: " ")
            }
            let form = LegalForm.allCases[random.below(LegalForm.allCases.count)]
            let (postcode, town) = random.pick(SyntheticNames.towns)
            let siret = Siret.appendingCheckDigit(
                Siret.appendingCheckDigit(String(10_000_000 + i * 37 % 89_999_999)) + "0001")
            let sector = random.pick(SyntheticNames.sectors)
            let keys = StructureKeys(
                name: name, town: town, postcode: postcode, legalForm: form, sector: sector)
            try statement.execute(arguments: [
                name, form.rawValue, siret, "\(1 + random.below(120)) rue de la République", postcode, town,
                Departement.code(forPostcode: postcode) ?? "", sector, Double(1 + random.below(60)) / 2,
                "Problématique \(random.pick(SyntheticNames.sectors).lowercased()) à résoudre ensemble.",
                keys.search, keys.sortName, keys.sortTown,
            ])
            let id = db.lastInsertedRowID
            ids.append(id)
            let person = "\(random.pick(SyntheticNames.firstNames)) \(random.pick(SyntheticNames.lastNames))"
            try contact.execute(arguments: [
                id, person, "Coordination", "contact\(i)@structure.example", "02 61 91 00 00",
            ])
        }
        return ids
    }

    struct SyntheticCohort {
        let id: CohortID
        let members: [StructureID]
        let start: LocalDate
        let end: LocalDate
    }

    private static func insertCohorts(
        _ db: Database, structureIDs: [StructureID], today: LocalDate, random: inout SyntheticRandom
    ) throws -> [SyntheticCohort] {
        let writer = StoreWriter(db: db)
        let membership = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO membership (cohort_id, structure_id) VALUES (?, ?)")
        var cohorts: [SyntheticCohort] = []
        var next = 0
        var number = 1
        while next < structureIDs.count {
            let size = min(5 + random.below(16), structureIDs.count - next)
            let start = today.adding(days: -730 + random.below(1000))
            let end = start.adding(days: 120 + random.below(240))
            let theme = random.pick(SyntheticNames.cohortThemes)
            let id = try writer.insert(
                Cohort(
                    id: 0, name: "Cohorte \(number) — \(theme)", theme: theme, startDate: start, endDate: end,
                    summary: "",
                    project: CollectiveProject(title: "Projet \(number)", summary: "", stage: .design)))
            let members = Array(structureIDs[next..<(next + size)])
            for member in members { try membership.execute(arguments: [id, member]) }
            cohorts.append(SyntheticCohort(id: id, members: members, start: start, end: end))
            next += size
            number += 1
        }
        return cohorts
    }

    private static func insertAssignments(
        _ db: Database, cohorts: [SyntheticCohort], partners: [PartnerID], random: inout SyntheticRandom
    ) throws {
        let statement = try db.makeStatement(
            sql:
                "INSERT INTO assignment (partner_id, cohort_id, mission, days_planned, status) VALUES (?, ?, ?, ?, ?)"
        )
        for cohort in cohorts {
            for _ in 0..<(1 + random.below(3)) {
                try statement.execute(arguments: [
                    random.pick(partners), cohort.id,
                    "Accompagnement \(random.pick(SyntheticNames.expertises).lowercased())",
                    Double(1 + random.below(10)), AssignmentStatus.allCases[random.below(3)].rawValue,
                ])
            }
        }
    }

    private static func insertMeetings(
        _ db: Database, count: Int, cohorts: [SyntheticCohort], partners: [PartnerID], today: LocalDate,
        clock: WallClock, random: inout SyntheticRandom
    ) throws {
        guard !cohorts.isEmpty else { return }
        let meeting = try db.makeStatement(
            sql: """
                INSERT INTO meeting (cohort_id, kind, title, starts_at, duration_minutes, place, facilitators,
                    search_key, uid)
                VALUES (?, ?, ?, ?, ?, ?, 'Animation', ?, ?)
                """)
        let invitation = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO meeting_invitation (meeting_id, structure_id) VALUES (?, ?)")
        let partner = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO meeting_partner (meeting_id, partner_id) VALUES (?, ?)")
        for n in 0..<count {
            let cohort = cohorts[random.below(cohorts.count)]
            // Over three years around today, on working days.
            var date = today.adding(days: -730 + random.below(1095))
            if date.weekday >= 6 { date = date.adding(days: 8 - date.weekday) }
            let start = clock.instant(date, hour: 9 + random.below(8), minute: random.chance(50) ? 0 : 30)
            let kind = MeetingKind.allCases[random.below(MeetingKind.allCases.count)]
            let title = random.pick(SyntheticNames.meetingTitles)
            let place = random.pick(SyntheticNames.towns).1
            try meeting.execute(arguments: [
                cohort.id, kind.rawValue, title, start, [60, 90, 120, 180][random.below(4)], place,
                MeetingKeys.search(title: title, place: place), "synthetic-\(n)@essor",
            ])
            let id = db.lastInsertedRowID
            for member in cohort.members.prefix(kind == .oneToOne ? 1 : cohort.members.count) {
                try invitation.execute(arguments: [id, member])
            }
            if random.chance(40) { try partner.execute(arguments: [id, random.pick(partners)]) }
        }
    }
}
