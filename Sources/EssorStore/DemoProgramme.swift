import EssorCore

/// The demo store: the ESSor programme in Normandy as its public
/// presentation describes it (operator, funders, three cohorts, partners),
/// with invented structures and people, plus one example cohort running
/// around `today` so that the agenda has upcoming meetings.
public enum DemoProgramme {
    public static let programme = Programme(
        name: "ESSor",
        operatorName: "SocialCOBizz",
        funders: ["Région Normandie", "Union européenne (FEDER)"],
        contactEmail: "essor-normandie@socialcobizz.com",
        contactAddress: "SocialCOBizz — dispositif ESSor, Normandie",
        summary: """
            Dispositif d'accompagnement des acteurs de l'ESS normands qui veulent se consolider \
            ou se développer par la coopération : chaque cohorte réunit des structures ayant une \
            problématique commune, qui co-construisent un projet collectif avec l'appui de \
            partenaires experts.
            """)

    /// `essor_meta` key marking a store as a demo (so only demos are reset).
    public static let demoMarker = "demo-created"

    /// Fills an empty store with the demo programme in one transaction.
    public static func install(into store: Store, today: LocalDate, clock: WallClock = .paris) throws {
        try store.transaction { writer in try install(writer, today: today, clock: clock) }
    }

    /// Empties a demo store and fills it again, in one transaction and in
    /// place: the file (or the file a link names) stays the same, so a
    /// session that has it open sees the new programme instead of writing
    /// into a deleted file. Record numbers start again from 1, as in a new
    /// store (the history goes too).
    public static func reinstall(into store: Store, today: LocalDate, clock: WallClock = .paris) throws {
        try store.transaction { writer in
            try Store.clearAllData(writer.db)
            try install(writer, today: today, clock: clock)
        }
    }

    static func install(_ writer: StoreWriter, today: LocalDate, clock: WallClock) throws {
        do {
            try writer.setMeta(key: demoMarker, value: today.iso)
            try writer.setProgramme(programme)
            var cohortIDs: [CohortID] = []
            for cohort in DemoCohorts.all(today: today) {
                cohortIDs.append(try writer.insert(cohort))
            }
            var structureIDs: [String: StructureID] = [:]
            var membersByCohort: [Int: [StructureID]] = [:]
            var firstContact: [StructureID: String] = [:]
            for (index, entry) in DemoStructures.all.enumerated() {
                let id = try writer.insert(entry.structure(index: index), contacts: entry.contacts)
                structureIDs[entry.name] = id
                firstContact[id] = entry.contacts.first?.name
                for cohort in entry.cohorts {
                    try writer.addMember(cohort: cohortIDs[cohort], structure: id)
                    membersByCohort[cohort, default: []].append(id)
                }
            }
            var partnerIDs: [String: PartnerID] = [:]
            for entry in DemoPartners.all {
                partnerIDs[entry.partner.name] = try writer.insert(entry.partner, contacts: entry.contacts)
            }
            for entry in DemoPartners.assignments(today: today) {
                try writer.insert(
                    Assignment(
                        id: 0, partnerID: partnerIDs[entry.partner]!, cohortID: cohortIDs[entry.cohort],
                        structureID: entry.structure.map { structureIDs[$0]! }, mission: entry.mission,
                        daysPlanned: entry.days, status: entry.status))
            }
            let now = clock.instant(today, hour: 12, minute: 0)
            for entry in DemoMeetings.all(today: today) {
                let start = clock.instant(entry.date, hour: entry.hour, minute: entry.minute)
                let invited =
                    entry.structure.map { [structureIDs[$0]!] } ?? membersByCohort[entry.cohort] ?? []
                let past = start + Int64(entry.minutes * 60) <= now
                try writer.insert(
                    Meeting(
                        id: 0, cohortID: cohortIDs[entry.cohort], kind: entry.kind, title: entry.title,
                        start: start, durationMinutes: entry.minutes, place: entry.place,
                        videoLink: entry.videoLink, facilitators: DemoStaff.facilitators(of: entry.cohort),
                        notes: entry.notes),
                    agenda: entry.agenda, invited: invited,
                    partners: entry.partners.map { partnerIDs[$0]! },
                    attendance: past
                        ? DemoMeetings.attendance(
                            invited: invited, people: firstContact, start: start,
                            week: entry.cohort == DemoCohorts.example
                                ? DemoMeetings.exampleWeek(of: entry.date, today: today)
                                : Int(start / 604_800))
                        : [])
            }
            for (index, entry) in DemoStructures.all.enumerated() {
                let id = structureIDs[entry.name]!
                for var year in DemoFinances.years(for: entry, index: index, lastYear: today.year - 1) {
                    year.structureID = id
                    try writer.insert(year)
                }
            }
            try writer.insert(
                DemoFinances.model(cohort: cohortIDs[3], startYear: today.year + 1, ids: structureIDs))
            for var financing in DemoFinances.financings(ids: structureIDs, today: today) {
                financing.cohortID = cohortIDs[3]
                financing.partnerID = partnerIDs[DemoPartners.franceActive]
                try writer.insert(financing)
            }
            try DemoStaff.install(writer.db, example: cohortIDs[DemoCohorts.example], today: today)
        }
    }
}
