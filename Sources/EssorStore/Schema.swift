import EssorCore
import GRDB

/// The store's schema, built by versioned migrations. Never edit a shipped
/// migration: add a new one, and a test that migrates from the one before.
enum Schema {
    static let migrationIdentifiers = migrations.map(\.identifier)

    static var migrations: [SchemaMigration] {
        var migrator = SchemaMigration.List()
        migrator.registerMigration("v1-base") { db in
            try db.execute(sql: "PRAGMA application_id = \(StoreFile.applicationID)")
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-search-keys") { db in
            // Folded search keys make filter-as-you-type accent-insensitive
            // without folding 200,000 names at every start.
            try db.execute(
                sql: "ALTER TABLE structure ADD COLUMN search_key TEXT NOT NULL DEFAULT ''")
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, name, town, postcode, legal_form, sector, siret FROM structure")
            let update = try db.makeStatement(sql: "UPDATE structure SET search_key = ? WHERE id = ?")
            for row in rows {
                let keys = StructureKeys(
                    name: row["name"], town: row["town"], postcode: row["postcode"],
                    legalForm: LegalForm(rawValue: row["legal_form"]) ?? .other)
                try update.execute(arguments: [keys.search, row["id"] as Int64])
            }
        }
        migrator.registerMigration("v3-versions-and-change-log") { db in
            // Versions let a save notice that someone else changed the record
            // since the form was opened; the change log keeps, for every
            // write, the rows before and after, for history and undo.
            for table in ["structure", "cohort"] {
                try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
            }
            try db.execute(
                sql: """
                    CREATE TABLE change_log (
                        id INTEGER PRIMARY KEY,
                        at INTEGER NOT NULL,
                        author TEXT NOT NULL,
                        session TEXT NOT NULL,
                        entity TEXT NOT NULL,
                        record_id INTEGER NOT NULL,
                        action TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        before TEXT,
                        after TEXT,
                        undoes INTEGER REFERENCES change_log(id)
                    );
                    CREATE INDEX change_log_by_record ON change_log(entity, record_id, id);
                    CREATE INDEX change_log_by_session ON change_log(session, id);
                    """)
        }
        migrator.registerMigration("v4-sort-keys") { db in
            // Lists are read in sort order straight from indexes, a page at
            // a time, instead of loading and sorting every record.
            try db.execute(
                sql: """
                    ALTER TABLE structure ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
                    ALTER TABLE structure ADD COLUMN sort_town TEXT NOT NULL DEFAULT '';
                    """)
            let rows = try Row.fetchAll(db, sql: "SELECT id, name, town, postcode, legal_form FROM structure")
            let update = try db.makeStatement(
                sql: "UPDATE structure SET search_key = ?, sort_name = ?, sort_town = ? WHERE id = ?")
            for row in rows {
                let keys = StructureKeys(
                    name: row["name"], town: row["town"], postcode: row["postcode"],
                    legalForm: LegalForm(rawValue: row["legal_form"]) ?? .other)
                try update.execute(arguments: [keys.search, keys.sortName, keys.sortTown, row["id"] as Int64])
            }
            try db.execute(
                sql: """
                    CREATE INDEX structure_by_name ON structure(sort_name, id);
                    CREATE INDEX structure_by_town ON structure(sort_town, sort_name, id);
                    CREATE INDEX structure_by_departement ON structure(departement, sort_name, id);
                    CREATE INDEX structure_by_form ON structure(legal_form, sort_name, id);
                    CREATE INDEX cohort_by_start ON cohort(start_date, name, id);
                    CREATE INDEX membership_by_cohort ON membership(cohort_id, structure_id);
                    CREATE INDEX structure_by_siret ON structure(siret);
                    ALTER TABLE meeting ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
                    """)
            let meetings = try Row.fetchAll(db, sql: "SELECT id, title, place FROM meeting")
            let updateMeeting = try db.makeStatement(sql: "UPDATE meeting SET search_key = ? WHERE id = ?")
            for row in meetings {
                try updateMeeting.execute(arguments: [
                    MeetingKeys.search(title: row["title"], place: row["place"]), row["id"] as Int64,
                ])
            }
        }
        migrator.registerMigration("v5-lookups-and-drafts") { db in
            // Look-ups search every kind of record in SQL, on folded keys;
            // drafts keep a form that was open when the terminal went away.
            try db.execute(
                sql: """
                    ALTER TABLE cohort ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
                    ALTER TABLE partner ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
                    CREATE TABLE draft (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        author TEXT NOT NULL,
                        saved_at INTEGER NOT NULL,
                        entity TEXT NOT NULL,
                        record_id INTEGER,
                        version INTEGER NOT NULL,
                        title TEXT NOT NULL,
                        payload TEXT NOT NULL
                    );
                    CREATE INDEX draft_by_author ON draft(author, id);
                    """)
            // Trigram indexes of the folded keys of the two large tables:
            // substring look-ups answer from posting lists instead of
            // scanning every key. Triggers keep them in step with every
            // write, undo included.
            for table in ["structure", "meeting"] {
                try db.execute(
                    sql: """
                        CREATE VIRTUAL TABLE \(table)_fts USING fts5(
                            search_key, content='\(table)', content_rowid='id', tokenize='trigram');
                        INSERT INTO \(table)_fts(\(table)_fts) VALUES ('rebuild');
                        CREATE TRIGGER \(table)_fts_insert AFTER INSERT ON \(table) BEGIN
                            INSERT INTO \(table)_fts(rowid, search_key) VALUES (new.id, new.search_key);
                        END;
                        CREATE TRIGGER \(table)_fts_delete AFTER DELETE ON \(table) BEGIN
                            INSERT INTO \(table)_fts(\(table)_fts, rowid, search_key)
                            VALUES ('delete', old.id, old.search_key);
                        END;
                        CREATE TRIGGER \(table)_fts_update AFTER UPDATE OF search_key ON \(table) BEGIN
                            INSERT INTO \(table)_fts(\(table)_fts, rowid, search_key)
                            VALUES ('delete', old.id, old.search_key);
                            INSERT INTO \(table)_fts(rowid, search_key) VALUES (new.id, new.search_key);
                        END;
                        """)
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, name, theme FROM cohort") {
                try db.execute(
                    sql: "UPDATE cohort SET search_key = ? WHERE id = ?",
                    arguments: [
                        LookupKeys.cohort(name: row["name"], theme: row["theme"]), row["id"] as Int64,
                    ])
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, name, expertise FROM partner") {
                try db.execute(
                    sql: "UPDATE partner SET search_key = ? WHERE id = ?",
                    arguments: [
                        LookupKeys.partner(name: row["name"], expertise: row["expertise"]),
                        row["id"] as Int64,
                    ])
            }
        }
        migrator.registerMigration("v6-meeting-editing") { db in
            // Meetings are edited like structures and cohorts (versions,
            // change log), belong to a series when created as one, and keep
            // a stable iCalendar UID so that exports and imports match up.
            // A change log batch groups the writes one action made (a
            // series, an import), so that `u` undoes them together.
            try db.execute(
                sql: """
                    ALTER TABLE meeting ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE meeting ADD COLUMN series TEXT NOT NULL DEFAULT '';
                    ALTER TABLE meeting ADD COLUMN uid TEXT NOT NULL DEFAULT '';
                    ALTER TABLE change_log ADD COLUMN batch TEXT;
                    CREATE INDEX change_log_by_batch ON change_log(batch) WHERE batch IS NOT NULL;
                    CREATE INDEX meeting_by_series ON meeting(series, starts_at) WHERE series != '';
                    """)
            let update = try db.makeStatement(sql: "UPDATE meeting SET uid = ? WHERE id = ?")
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM meeting") {
                try update.execute(arguments: [MeetingUID.make(), id])
            }
            try db.execute(sql: "CREATE UNIQUE INDEX meeting_by_uid ON meeting(uid)")
        }
        migrator.registerMigration("v7-workshops") { db in
            // What is said during a workshop, committed item by item, and
            // the state of its clock, which a projector session follows.
            try db.execute(
                sql: """
                    CREATE TABLE workshop_item (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        text TEXT NOT NULL,
                        tags TEXT NOT NULL DEFAULT '',
                        votes INTEGER NOT NULL DEFAULT 0,
                        owner TEXT NOT NULL DEFAULT '',
                        due_date TEXT,
                        status TEXT NOT NULL DEFAULT 'ouverte',
                        created_at INTEGER NOT NULL,
                        author TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX workshop_item_by_meeting ON workshop_item(meeting_id, id);
                    CREATE INDEX workshop_open_actions ON workshop_item(kind, status) WHERE kind = 'action';
                    CREATE TABLE workshop_state (
                        meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
                        timer TEXT NOT NULL,
                        item_order TEXT NOT NULL DEFAULT 'time',
                        updated_at INTEGER NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v8-partner-missions") { db in
            // Partners and their missions are edited like the other records;
            // missions have a period and days worked outside meetings.
            try db.execute(
                sql: """
                    ALTER TABLE partner ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE assignment ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE assignment ADD COLUMN start_date TEXT;
                    ALTER TABLE assignment ADD COLUMN end_date TEXT;
                    CREATE TABLE time_entry (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        assignment_id INTEGER NOT NULL REFERENCES assignment(id) ON DELETE CASCADE,
                        date TEXT NOT NULL,
                        days REAL NOT NULL,
                        note TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX time_entry_by_assignment ON time_entry(assignment_id, date);
                    """)
        }
        migrator.registerMigration("v9-finances") { db in
            // Each structure's yearly accounts, the thresholds of the
            // flags, each cohort's project budget and the financing chosen.
            try db.execute(
                sql: """
                    CREATE TABLE financial_year (
                        structure_id INTEGER NOT NULL REFERENCES structure(id) ON DELETE CASCADE,
                        year INTEGER NOT NULL,
                        produits REAL, subventions REAL, charges REAL, masse_salariale REAL, resultat REAL,
                        fonds_propres REAL, total_bilan REAL, tresorerie REAL, dettes_financieres REAL,
                        amortissements REAL, etp REAL,
                        version INTEGER NOT NULL DEFAULT 1,
                        PRIMARY KEY (structure_id, year)
                    );
                    CREATE TABLE finance_threshold (key TEXT PRIMARY KEY, value REAL NOT NULL);
                    ALTER TABLE cohort ADD COLUMN project_start_year INTEGER;
                    ALTER TABLE cohort ADD COLUMN project_years INTEGER NOT NULL DEFAULT 3;
                    ALTER TABLE cohort ADD COLUMN project_day_rate REAL NOT NULL DEFAULT 350;
                    CREATE TABLE project_line (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        label TEXT NOT NULL,
                        amounts TEXT NOT NULL DEFAULT '[]'
                    );
                    CREATE INDEX project_line_by_cohort ON project_line(cohort_id, position);
                    CREATE TABLE project_share (
                        line_id INTEGER NOT NULL REFERENCES project_line(id) ON DELETE CASCADE,
                        cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
                        structure_id INTEGER NOT NULL REFERENCES structure(id) ON DELETE CASCADE,
                        percent REAL,
                        cash REAL NOT NULL DEFAULT 0,
                        staff_days REAL NOT NULL DEFAULT 0,
                        PRIMARY KEY (line_id, structure_id)
                    );
                    CREATE INDEX project_share_by_structure ON project_share(structure_id);
                    CREATE TABLE financing (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        structure_id INTEGER NOT NULL REFERENCES structure(id) ON DELETE CASCADE,
                        cohort_id INTEGER REFERENCES cohort(id) ON DELETE SET NULL,
                        instrument TEXT NOT NULL,
                        amount REAL NOT NULL,
                        partner_id INTEGER REFERENCES partner(id) ON DELETE SET NULL,
                        status TEXT NOT NULL,
                        note TEXT NOT NULL DEFAULT '',
                        rule TEXT
                    );
                    CREATE INDEX financing_by_structure ON financing(structure_id);
                    """)
        }
        migrator.registerMigration("v10-sector-search") { db in
            // A structure is found by its sector too (« find maraîchage »).
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, name, town, postcode, legal_form, sector FROM structure")
            let update = try db.makeStatement(sql: "UPDATE structure SET search_key = ? WHERE id = ?")
            for row in rows {
                let keys = StructureKeys(
                    name: row["name"], town: row["town"], postcode: row["postcode"],
                    legalForm: LegalForm(rawValue: row["legal_form"]) ?? .other, sector: row["sector"])
                try update.execute(arguments: [keys.search, row["id"] as Int64])
            }
        }
        migrator.registerMigration("v11-programme-identity") { db in
            // What the evidence of an EU-funded operation must carry.
            try db.execute(
                sql: """
                    ALTER TABLE programme ADD COLUMN operation_ref TEXT NOT NULL DEFAULT '';
                    ALTER TABLE programme ADD COLUMN eu_statement TEXT NOT NULL DEFAULT '';
                    ALTER TABLE programme ADD COLUMN privacy_notice TEXT NOT NULL DEFAULT '';
                    ALTER TABLE programme ADD COLUMN signatory_name TEXT NOT NULL DEFAULT '';
                    ALTER TABLE programme ADD COLUMN signatory_role TEXT NOT NULL DEFAULT '';
                    ALTER TABLE programme ADD COLUMN retention_years INTEGER NOT NULL DEFAULT 5;
                    ALTER TABLE programme ADD COLUMN last_payment TEXT;
                    """)
        }
        migrator.registerMigration("v12-attendance-groups") { db in
            // A person at a meeting comes with an invited structure, a
            // partner, or another organisation: structure_id may be null.
            try db.execute(
                sql: """
                    CREATE TABLE attendance_new (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        structure_id INTEGER REFERENCES structure(id) ON DELETE CASCADE,
                        partner_id INTEGER REFERENCES partner(id) ON DELETE CASCADE,
                        organisation TEXT NOT NULL DEFAULT '',
                        person TEXT NOT NULL,
                        status TEXT NOT NULL,
                        arrived_at INTEGER,
                        CHECK (structure_id IS NULL OR partner_id IS NULL)
                    );
                    INSERT INTO attendance_new (id, meeting_id, structure_id, person, status, arrived_at)
                        SELECT id, meeting_id, structure_id, person, status, arrived_at FROM attendance;
                    DROP TABLE attendance;
                    ALTER TABLE attendance_new RENAME TO attendance;
                    CREATE INDEX attendance_by_meeting ON attendance(meeting_id);
                    CREATE INDEX attendance_by_structure ON attendance(structure_id);
                    CREATE INDEX attendance_by_partner ON attendance(partner_id);
                    """)
        }
        migrator.registerMigration("v13-indicators") { db in
            // What the FEDER indicators need: a structure's creation date
            // (RCO05) and the hours of support that count (RCO04).
            try db.execute(
                sql: """
                    ALTER TABLE structure ADD COLUMN creation_date TEXT;
                    ALTER TABLE programme ADD COLUMN support_threshold_minutes INTEGER NOT NULL DEFAULT 180;
                    """)
        }
        migrator.registerMigration("v14-financing-granted-on") { db in
            // RCO02 and RCO03 count a financing in the period it was granted.
            try db.execute(sql: "ALTER TABLE financing ADD COLUMN granted_on TEXT")
        }
        migrator.registerMigration("v15-indicator-indexes") { db in
            // The indicators read a period's meetings and their attendance,
            // and the first support of the structures they count: indexes
            // holding those columns answer without visiting the rows.
            try db.execute(
                sql: """
                    DROP INDEX meeting_by_start;
                    CREATE INDEX meeting_by_start ON meeting(starts_at, kind, duration_minutes, cohort_id);
                    DROP INDEX attendance_by_meeting;
                    CREATE INDEX attendance_by_meeting ON attendance(meeting_id, status, structure_id, person);
                    DROP INDEX attendance_by_structure;
                    CREATE INDEX attendance_by_structure ON attendance(structure_id, status, meeting_id);
                    """)
        }
        migrator.registerMigration("v16-financing-stages") { db in
            // A financing's way to the money is dated at each stage: filed,
            // committee, granted (granted_on), paid out, or refused.
            try db.execute(
                sql: """
                    ALTER TABLE financing ADD COLUMN requested_on TEXT;
                    ALTER TABLE financing ADD COLUMN committee_on TEXT;
                    ALTER TABLE financing ADD COLUMN paid_on TEXT;
                    ALTER TABLE financing ADD COLUMN refused_on TEXT;
                    """)
        }
        migrator.registerMigration("v17-balance-sheet-figures") { db in
            // The France Active diagnostic (fonds de roulement, BFR,
            // trésorerie nette) reads four more figures of the balance
            // sheet; unknown (NULL) for the years entered before.
            try db.execute(
                sql: """
                    ALTER TABLE financial_year ADD COLUMN ressources_stables REAL;
                    ALTER TABLE financial_year ADD COLUMN actif_immobilise REAL;
                    ALTER TABLE financial_year ADD COLUMN actif_circulant REAL;
                    ALTER TABLE financial_year ADD COLUMN dettes_exploitation REAL;
                    """)
        }
        migrator.registerMigration("v18-cash-plan") { db in
            // A budget line's first year month by month (a JSON array of
            // twelve amounts); NULL: evenly over the year.
            try db.execute(sql: "ALTER TABLE project_line ADD COLUMN months TEXT")
        }
        migrator.registerMigration("v19-instrument-terms") { db in
            // The programme's own terms of the financing instruments (a
            // ceiling, a minimum, the guarantee's share); a term not here
            // is the shipped default.
            try db.execute(
                sql: """
                    CREATE TABLE instrument_term (
                        instrument TEXT NOT NULL,
                        term TEXT NOT NULL,
                        value REAL NOT NULL,
                        PRIMARY KEY (instrument, term)
                    )
                    """)
        }
        migrator.registerMigration("v20-staff-time") { db in
            // The operator's staff, what each costs a year, their time on
            // the operation day by day, the months they signed, and the
            // programme's list of tasks and time settings (the share of a
            // meeting's length proposed as preparation). A signed month is locked by
            // triggers, whatever writes (a save, an undo, a deletion that
            // cascades): its entries are created after the time table so
            // that an import writes them first and a reset clears them last.
            try db.execute(
                sql: """
                    CREATE TABLE staff (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL,
                        role TEXT NOT NULL DEFAULT '',
                        employer TEXT NOT NULL DEFAULT '',
                        mode TEXT NOT NULL DEFAULT 'reel',
                        share_percent REAL,
                        letter_reference TEXT NOT NULL DEFAULT '',
                        letter_from TEXT,
                        letter_to TEXT,
                        contract_from TEXT,
                        contract_to TEXT,
                        sort_name TEXT NOT NULL DEFAULT '',
                        version INTEGER NOT NULL DEFAULT 1
                    );
                    CREATE INDEX staff_by_name ON staff(sort_name);
                    CREATE TABLE staff_cost (
                        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
                        year INTEGER NOT NULL,
                        annual_cost REAL NOT NULL,
                        PRIMARY KEY (staff_id, year)
                    ) WITHOUT ROWID;
                    CREATE TABLE staff_time (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
                        date TEXT NOT NULL,
                        minutes INTEGER NOT NULL,
                        cohort_id INTEGER REFERENCES cohort(id) ON DELETE CASCADE,
                        task TEXT NOT NULL,
                        note TEXT NOT NULL DEFAULT '',
                        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
                        meeting_stamp TEXT,
                        version INTEGER NOT NULL DEFAULT 1
                    );
                    CREATE INDEX staff_time_by_staff ON staff_time(staff_id, date);
                    CREATE INDEX staff_time_by_cohort ON staff_time(cohort_id, date);
                    CREATE INDEX staff_time_by_meeting ON staff_time(meeting_id);
                    CREATE TABLE staff_month (
                        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
                        month TEXT NOT NULL,
                        signed_on TEXT NOT NULL,
                        signed_by TEXT NOT NULL,
                        PRIMARY KEY (staff_id, month)
                    ) WITHOUT ROWID;
                    CREATE TRIGGER staff_time_signed_insert BEFORE INSERT ON staff_time
                    WHEN EXISTS (SELECT 1 FROM staff_month
                        WHERE staff_id = NEW.staff_id AND month = substr(NEW.date, 1, 7))
                    BEGIN SELECT RAISE(ABORT, 'essor: signed month'); END;
                    CREATE TRIGGER staff_time_signed_update BEFORE UPDATE ON staff_time
                    WHEN EXISTS (SELECT 1 FROM staff_month
                        WHERE (staff_id = OLD.staff_id AND month = substr(OLD.date, 1, 7))
                        OR (staff_id = NEW.staff_id AND month = substr(NEW.date, 1, 7)))
                    BEGIN SELECT RAISE(ABORT, 'essor: signed month'); END;
                    CREATE TRIGGER staff_time_signed_delete BEFORE DELETE ON staff_time
                    WHEN EXISTS (SELECT 1 FROM staff_month
                        WHERE staff_id = OLD.staff_id AND month = substr(OLD.date, 1, 7))
                    BEGIN SELECT RAISE(ABORT, 'essor: signed month'); END;
                    CREATE TRIGGER staff_signed_delete BEFORE DELETE ON staff
                    WHEN EXISTS (SELECT 1 FROM staff_month WHERE staff_id = OLD.id)
                    BEGIN SELECT RAISE(ABORT, 'essor: signed month'); END;
                    CREATE TABLE time_task (
                        code TEXT PRIMARY KEY,
                        label TEXT NOT NULL,
                        position INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE time_setting (
                        key TEXT PRIMARY KEY,
                        value REAL NOT NULL
                    ) WITHOUT ROWID;
                    """)
            for (position, task) in TimeTask.defaults.enumerated() {
                try db.execute(
                    sql: "INSERT INTO time_task (code, label, position) VALUES (?, ?, ?)",
                    arguments: [task.code, task.label, position])
            }
        }
        return migrator.migrations
    }

    private static let v1 = """
        CREATE TABLE essor_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE programme (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            operator TEXT NOT NULL,
            funders TEXT NOT NULL,
            contact_email TEXT NOT NULL,
            contact_address TEXT NOT NULL,
            summary TEXT NOT NULL
        );
        CREATE TABLE cohort (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            theme TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            project_title TEXT NOT NULL DEFAULT '',
            project_summary TEXT NOT NULL DEFAULT '',
            project_stage TEXT NOT NULL DEFAULT 'idee'
        );
        CREATE TABLE structure (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            legal_form TEXT NOT NULL,
            siret TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            town TEXT NOT NULL DEFAULT '',
            departement TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL DEFAULT '',
            headcount REAL,
            website TEXT NOT NULL DEFAULT '',
            problem TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE structure_contact (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            structure_id INTEGER NOT NULL REFERENCES structure(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX structure_contact_by_structure ON structure_contact(structure_id);
        CREATE TABLE membership (
            cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
            structure_id INTEGER NOT NULL REFERENCES structure(id) ON DELETE CASCADE,
            PRIMARY KEY (cohort_id, structure_id)
        ) WITHOUT ROWID;
        CREATE INDEX membership_by_structure ON membership(structure_id);
        CREATE TABLE partner (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            expertise TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE partner_contact (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX partner_contact_by_partner ON partner_contact(partner_id);
        CREATE TABLE assignment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
            cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
            structure_id INTEGER REFERENCES structure(id) ON DELETE SET NULL,
            mission TEXT NOT NULL,
            days_planned REAL NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'prevue'
        );
        CREATE INDEX assignment_by_partner ON assignment(partner_id);
        CREATE INDEX assignment_by_cohort ON assignment(cohort_id);
        CREATE INDEX assignment_by_structure ON assignment(structure_id);
        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            starts_at INTEGER NOT NULL,
            duration_minutes INTEGER NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            video_link TEXT NOT NULL DEFAULT '',
            facilitators TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meeting_by_cohort ON meeting(cohort_id, starts_at);
        CREATE INDEX meeting_by_start ON meeting(starts_at);
        CREATE TABLE meeting_partner (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, partner_id)
        ) WITHOUT ROWID;
        CREATE INDEX meeting_partner_by_partner ON meeting_partner(partner_id);
        CREATE TABLE meeting_invitation (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            structure_id INTEGER NOT NULL REFERENCES structure(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, structure_id)
        ) WITHOUT ROWID;
        CREATE INDEX meeting_invitation_by_structure ON meeting_invitation(structure_id);
        CREATE TABLE agenda_item (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            minutes INTEGER NOT NULL DEFAULT 0,
            owner TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX agenda_item_by_meeting ON agenda_item(meeting_id, position);
        CREATE TABLE attendance (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            structure_id INTEGER NOT NULL REFERENCES structure(id) ON DELETE CASCADE,
            person TEXT NOT NULL,
            status TEXT NOT NULL,
            arrived_at INTEGER
        );
        CREATE INDEX attendance_by_meeting ON attendance(meeting_id);
        CREATE INDEX attendance_by_structure ON attendance(structure_id);
        """
}

/// The folded texts a structure is found and sorted by. The search key is
/// what its row shows (name, town, postcode, legal form), fields separated
/// by U+001F so that a query word never spans two fields.
public struct StructureKeys: Equatable, Sendable {
    public let search: String
    public let sortName: String
    public let sortTown: String

    public init(name: String, town: String, postcode: String, legalForm: LegalForm, sector: String = "") {
        sortName = SearchFolding.fold(name)
        sortTown = SearchFolding.fold(town)
        search = [
            sortName, sortTown, Siret.normalize(postcode), legalForm.searchTerms, SearchFolding.fold(sector),
        ]
        .joined(separator: "\u{1F}")
    }

    public init(_ structure: Structure) {
        self.init(
            name: structure.name, town: structure.town, postcode: structure.postcode,
            legalForm: structure.legalForm, sector: structure.sector)
    }
}

/// The folded text a meeting is found by: its title and place.
public enum MeetingKeys {
    public static func search(title: String, place: String) -> String {
        [title, place].map(SearchFolding.fold).joined(separator: "\u{1F}")
    }
}

/// Folded keys of cohorts and partners: name, then theme or expertise.
public enum LookupKeys {
    public static func cohort(name: String, theme: String) -> String {
        [name, theme].map(SearchFolding.fold).joined(separator: "\u{1F}")
    }

    public static func partner(name: String, expertise: String) -> String {
        [name, expertise].map(SearchFolding.fold).joined(separator: "\u{1F}")
    }
}
