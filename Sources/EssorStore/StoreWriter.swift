import EssorCore
import GRDB

/// Writes inside one transaction of the store (see `Store.transaction`).
/// Inserts ignore the `id` of the value given and return the new one.
public struct StoreWriter {
    let db: Database

    public func insert(_ year: FinancialYear) throws { try Store.upsertYear(db, year) }

    public func insert(_ model: ProjectModel) throws { try Store.writeModel(db, model) }

    @discardableResult
    public func insert(_ financing: Financing) throws -> Int64 {
        try db.run(
            sql: """
                INSERT INTO financing (structure_id, cohort_id, instrument, amount, partner_id, status, note, rule,
                    granted_on, requested_on, committee_on, paid_on, refused_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                financing.structureID, financing.cohortID, financing.instrument.rawValue, financing.amount,
                financing.partnerID, financing.status.rawValue, financing.note, financing.rule?.rawValue,
                financing.grantedOn?.iso, financing.requestedOn?.iso, financing.committeeOn?.iso,
                financing.paidOn?.iso, financing.refusedOn?.iso,
            ])
        return db.lastInsertedRowID
    }

    public func setProgramme(_ programme: Programme) throws {
        try db.run(
            sql: """
                INSERT INTO programme (id, name, operator, funders, contact_email, contact_address, summary,
                    operation_ref, eu_statement, privacy_notice, signatory_name, signatory_role,
                    retention_years, last_payment, support_threshold_minutes)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, operator = excluded.operator,
                    funders = excluded.funders, contact_email = excluded.contact_email,
                    contact_address = excluded.contact_address, summary = excluded.summary,
                    operation_ref = excluded.operation_ref, eu_statement = excluded.eu_statement,
                    privacy_notice = excluded.privacy_notice, signatory_name = excluded.signatory_name,
                    signatory_role = excluded.signatory_role, retention_years = excluded.retention_years,
                    last_payment = excluded.last_payment,
                    support_threshold_minutes = excluded.support_threshold_minutes
                """,
            arguments: [
                programme.name, programme.operatorName, Funder.stored(programme.funders),
                programme.contactEmail, programme.contactAddress, programme.summary,
                programme.operationReference, programme.euStatement, programme.privacyNotice,
                programme.signatoryName, programme.signatoryRole, programme.retention.rawValue,
                programme.lastPayment?.iso, programme.supportThresholdMinutes,
            ])
    }

    public func setMeta(key: String, value: String) throws {
        try db.run(
            sql:
                "INSERT INTO essor_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    @discardableResult
    public func insert(_ cohort: Cohort) throws -> CohortID {
        try db.run(
            sql: """
                INSERT INTO cohort (name, theme, start_date, end_date, summary,
                    project_title, project_summary, project_stage, search_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                cohort.name, cohort.theme, cohort.startDate.iso, cohort.endDate.iso, cohort.summary,
                cohort.project.title, cohort.project.summary, cohort.project.stage.rawValue,
                LookupKeys.cohort(name: cohort.name, theme: cohort.theme),
            ])
        return db.lastInsertedRowID
    }

    @discardableResult
    public func insert(_ structure: Structure, contacts: [Contact] = []) throws -> StructureID {
        let keys = StructureKeys(structure)
        try db.run(
            sql: """
                INSERT INTO structure (name, legal_form, siret, address, postcode, town, departement,
                    sector, headcount, website, problem, notes, search_key, sort_name, sort_town, creation_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                structure.name, structure.legalForm.rawValue, Siret.normalize(structure.siret),
                structure.address, structure.postcode, structure.town, structure.departement,
                structure.sector, structure.headcount, structure.website, structure.problem,
                structure.notes, keys.search, keys.sortName, keys.sortTown, structure.creationDate?.iso,
            ])
        let id = db.lastInsertedRowID
        for (position, contact) in contacts.enumerated() {
            try insertContact(contact, table: "structure_contact", owner: "structure_id", id, position)
        }
        return id
    }

    /// Updates a structure and replaces its contacts; bumps its version.
    public func update(_ structure: Structure, contacts: [Contact]) throws {
        let keys = StructureKeys(structure)
        try db.run(
            sql: """
                UPDATE structure SET name = ?, legal_form = ?, siret = ?, address = ?, postcode = ?, town = ?,
                    departement = ?, sector = ?, headcount = ?, website = ?, problem = ?, notes = ?,
                    search_key = ?, sort_name = ?, sort_town = ?, creation_date = ?, version = version + 1
                WHERE id = ?
                """,
            arguments: [
                structure.name, structure.legalForm.rawValue, Siret.normalize(structure.siret),
                structure.address, structure.postcode, structure.town, structure.departement,
                structure.sector, structure.headcount, structure.website, structure.problem,
                structure.notes, keys.search, keys.sortName, keys.sortTown, structure.creationDate?.iso,
                structure.id,
            ])
        try db.run(sql: "DELETE FROM structure_contact WHERE structure_id = ?", arguments: [structure.id])
        for (position, contact) in contacts.enumerated() {
            try insertContact(
                contact, table: "structure_contact", owner: "structure_id", structure.id, position)
        }
    }

    /// Updates a cohort; bumps its version.
    public func update(_ cohort: Cohort) throws {
        try db.run(
            sql: """
                UPDATE cohort SET name = ?, theme = ?, start_date = ?, end_date = ?, summary = ?,
                    project_title = ?, project_summary = ?, project_stage = ?, search_key = ?,
                    version = version + 1
                WHERE id = ?
                """,
            arguments: [
                cohort.name, cohort.theme, cohort.startDate.iso, cohort.endDate.iso, cohort.summary,
                cohort.project.title, cohort.project.summary, cohort.project.stage.rawValue,
                LookupKeys.cohort(name: cohort.name, theme: cohort.theme), cohort.id,
            ])
    }

    public func addMember(cohort: CohortID, structure: StructureID) throws {
        try db.run(
            sql: "INSERT OR IGNORE INTO membership (cohort_id, structure_id) VALUES (?, ?)",
            arguments: [cohort, structure])
    }

    @discardableResult
    public func insert(_ partner: Partner, contacts: [Contact] = []) throws -> PartnerID {
        try db.run(
            sql: "INSERT INTO partner (name, expertise, summary, website, search_key) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                partner.name, partner.expertise, partner.summary, partner.website,
                LookupKeys.partner(name: partner.name, expertise: partner.expertise),
            ])
        let id = db.lastInsertedRowID
        for (position, contact) in contacts.enumerated() {
            try insertContact(contact, table: "partner_contact", owner: "partner_id", id, position)
        }
        return id
    }

    @discardableResult
    public func insert(_ assignment: Assignment) throws -> AssignmentID {
        try db.run(
            sql: """
                INSERT INTO assignment (partner_id, cohort_id, structure_id, mission, days_planned, status,
                    start_date, end_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                assignment.partnerID, assignment.cohortID, assignment.structureID, assignment.mission,
                assignment.daysPlanned, assignment.status.rawValue, assignment.start?.iso,
                assignment.end?.iso,
            ])
        return db.lastInsertedRowID
    }

    @discardableResult
    public func insert(
        _ meeting: Meeting, agenda: [AgendaItem] = [], invited: [StructureID] = [],
        partners: [PartnerID] = [], attendance: [Attendance] = [], series: String = "",
        uid: String = MeetingUID.make()
    ) throws -> MeetingID {
        try db.run(
            sql: """
                INSERT INTO meeting (cohort_id, kind, title, starts_at, duration_minutes, place,
                    video_link, facilitators, notes, search_key, series, uid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                meeting.cohortID, meeting.kind.rawValue, meeting.title, meeting.start,
                meeting.durationMinutes, meeting.place, meeting.videoLink, meeting.facilitators,
                meeting.notes, MeetingKeys.search(title: meeting.title, place: meeting.place), series, uid,
            ])
        let id = db.lastInsertedRowID
        try insertParts(id, agenda: agenda, invited: invited, partners: partners)
        try insert(attendance, meeting: id)
        return id
    }

    /// Updates a meeting and replaces its agenda, invitations and partners
    /// (attendance is kept); bumps its version.
    public func update(
        _ meeting: Meeting, agenda: [AgendaItem], invited: [StructureID], partners: [PartnerID]
    )
        throws
    {
        try db.run(
            sql: """
                UPDATE meeting SET cohort_id = ?, kind = ?, title = ?, starts_at = ?, duration_minutes = ?,
                    place = ?, video_link = ?, facilitators = ?, notes = ?, search_key = ?, version = version + 1
                WHERE id = ?
                """,
            arguments: [
                meeting.cohortID, meeting.kind.rawValue, meeting.title, meeting.start,
                meeting.durationMinutes,
                meeting.place, meeting.videoLink, meeting.facilitators, meeting.notes,
                MeetingKeys.search(title: meeting.title, place: meeting.place), meeting.id,
            ])
        for table in ["agenda_item", "meeting_invitation", "meeting_partner"] {
            try db.run(sql: "DELETE FROM \(table) WHERE meeting_id = ?", arguments: [meeting.id])
        }
        try insertParts(meeting.id, agenda: agenda, invited: invited, partners: partners)
    }

    /// Replaces a meeting's attendance; bumps its version.
    public func replaceAttendance(_ entries: [Attendance], meeting: MeetingID) throws {
        try db.run(sql: "DELETE FROM attendance WHERE meeting_id = ?", arguments: [meeting])
        try insert(entries, meeting: meeting)
        try db.run(sql: "UPDATE meeting SET version = version + 1 WHERE id = ?", arguments: [meeting])
    }

    func insert(_ attendance: [Attendance], meeting id: MeetingID) throws {
        for entry in attendance {
            try db.run(
                sql: """
                    INSERT INTO attendance (meeting_id, structure_id, partner_id, organisation, person, status,
                        arrived_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, entry.group.structureID, entry.group.partnerID, entry.group.organisation,
                    entry.person,
                    entry.status.rawValue, entry.arrivedAt,
                ])
        }
    }

    private func insertParts(
        _ id: MeetingID, agenda: [AgendaItem], invited: [StructureID], partners: [PartnerID]
    ) throws {
        for (position, item) in agenda.enumerated() {
            try db.run(
                sql:
                    "INSERT INTO agenda_item (meeting_id, position, title, minutes, owner) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, position, item.title, item.minutes, item.owner])
        }
        for structure in invited {
            try db.run(
                sql: "INSERT OR IGNORE INTO meeting_invitation (meeting_id, structure_id) VALUES (?, ?)",
                arguments: [id, structure])
        }
        for partner in partners {
            try db.run(
                sql: "INSERT OR IGNORE INTO meeting_partner (meeting_id, partner_id) VALUES (?, ?)",
                arguments: [id, partner])
        }
    }

    private func insertContact(
        _ contact: Contact, table: String, owner: String, _ id: Int64, _ position: Int
    ) throws {
        try db.run(
            sql:
                "INSERT INTO \(table) (\(owner), position, name, role, email, phone) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [id, position, contact.name, contact.role, contact.email, contact.phone])
    }
}

extension Store {
    /// Runs `body` in one immediate transaction: all of it is written, or
    /// nothing is.
    @discardableResult
    public func transaction<T>(_ body: (StoreWriter) throws -> T) throws -> T {
        try write { db in try body(StoreWriter(db: db)) }
    }

    public func meta(_ key: String) throws -> String? {
        try read {
            try String.fetchOne($0, sql: "SELECT value FROM essor_meta WHERE key = ?", arguments: [key])
        }
    }

    /// Whether this store was made by `essor demo`.
    public func isDemo() throws -> Bool { try meta(DemoProgramme.demoMarker) != nil }

    /// Whether the store holds no programme and no records yet.
    public func isEmpty() throws -> Bool {
        try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM programme) + (SELECT COUNT(*) FROM cohort)
                        + (SELECT COUNT(*) FROM structure) + (SELECT COUNT(*) FROM partner)
                    """) == 0
        }
    }
}
