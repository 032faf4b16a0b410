import EssorCore
import GRDB

// Row → model decoding, shared by snapshot and detail queries. Unknown enum
// values (from a newer essor, or edited by hand) fall back instead of failing.

extension Cohort {
    init(row: Row) {
        let start = LocalDate.parseISO(row["start_date"]) ?? LocalDate(daysSinceEpoch: 0)
        self.init(
            id: row["id"], name: row["name"], theme: row["theme"], startDate: start,
            endDate: LocalDate.parseISO(row["end_date"]) ?? start, summary: row["summary"],
            project: CollectiveProject(
                title: row["project_title"], summary: row["project_summary"],
                stage: ProjectStage(rawValue: row["project_stage"]) ?? .idea))
    }
}

extension Structure {
    init(row: Row) {
        self.init(
            id: row["id"], name: row["name"],
            legalForm: LegalForm(rawValue: row["legal_form"]) ?? .other, siret: row["siret"],
            address: row["address"], postcode: row["postcode"], town: row["town"],
            departement: row["departement"], sector: row["sector"], headcount: row["headcount"],
            website: row["website"], problem: row["problem"], notes: row["notes"],
            creationDate: (row["creation_date"] as String?).flatMap(LocalDate.parseISO))
    }
}

extension Contact {
    init(row: Row) {
        self.init(name: row["name"], role: row["role"], email: row["email"], phone: row["phone"])
    }
}

extension Partner {
    init(row: Row) {
        self.init(
            id: row["id"], name: row["name"], expertise: row["expertise"], summary: row["summary"],
            website: row["website"])
    }
}

extension Assignment {
    init(row: Row) {
        self.init(
            id: row["id"], partnerID: row["partner_id"], cohortID: row["cohort_id"],
            structureID: row["structure_id"], mission: row["mission"],
            daysPlanned: row["days_planned"],
            status: AssignmentStatus(rawValue: row["status"]) ?? .planned,
            start: (row["start_date"] as String?).flatMap(LocalDate.parseISO),
            end: (row["end_date"] as String?).flatMap(LocalDate.parseISO))
    }
}

extension Meeting {
    init(row: Row) {
        self.init(
            id: row["id"], cohortID: row["cohort_id"],
            kind: MeetingKind(rawValue: row["kind"]) ?? .workshop, title: row["title"],
            start: row["starts_at"], durationMinutes: row["duration_minutes"], place: row["place"],
            videoLink: row["video_link"], facilitators: row["facilitators"], notes: row["notes"])
    }
}

extension Programme {
    init(row: Row) {
        let payment: String? = row["last_payment"]
        self.init(
            name: row["name"], operatorName: row["operator"], funders: Funder.fromStored(row["funders"]),
            contactEmail: row["contact_email"], contactAddress: row["contact_address"],
            summary: row["summary"], operationReference: row["operation_ref"],
            euStatement: row["eu_statement"],
            privacyNotice: row["privacy_notice"], signatoryName: row["signatory_name"],
            signatoryRole: row["signatory_role"],
            retention: Retention(rawValue: row["retention_years"]) ?? .standard,
            lastPayment: payment.flatMap(LocalDate.parseISO),
            supportThresholdMinutes: row["support_threshold_minutes"] ?? Programme.defaultSupportThreshold)
    }
}

extension AttendanceGroup {
    /// The group of an `attendance` row.
    init(row: Row) {
        if let structure = row["structure_id"] as StructureID? {
            self = .structure(structure)
        } else if let partner = row["partner_id"] as PartnerID? {
            self = .partner(partner)
        } else {
            self = .other(row["organisation"])
        }
    }

    /// The same structure or partner, or another organisation of the same
    /// name (accents and case aside).
    func sameGroup(as other: AttendanceGroup) -> Bool {
        switch (self, other) {
        case (.other(let a), .other(let b)): SearchFolding.fold(a) == SearchFolding.fold(b)
        default: self == other
        }
    }

    /// The organisation typed for another organisation's person.
    public var organisation: String {
        if case .other(let name) = self { return name }
        return ""
    }
}

extension Attendance {
    init(row: Row) {
        self.init(
            group: AttendanceGroup(row: row), person: row["person"],
            status: AttendanceStatus(rawValue: row["status"]) ?? .absent, arrivedAt: row["arrived_at"])
    }
}
