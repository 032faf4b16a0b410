import EssorCore
import EssorStore

/// Messages about the shared store: read-only sessions, other people's
/// changes, history, and merging a conflicting edit.
public enum StoreMsg: Equatable, Sendable {
    case readOnlyBadge
    case readOnlyRefused(ReadOnlyReason)
    case changedBy(author: String, action: String, summary: String)
    case changesBy(count: Int, authors: [String])
    case historyTitle(String)
    case storeHistoryTitle
    case historyEmpty
    case historyLine(when: String, author: String, action: String)
    case action(String)
    case difference(ChangeRecord.Difference)
    case moreDifferences(Int)
    case settingsSummary
    case defaultValue(String)
    case empty
    case mergeTitle
    case mergeIntro(author: String?)
    case mergeMine
    case mergeTheirs
    case mergeKeys
    case mergeReady
    case recordGone
}

enum StoreStrings {
    /// A stored column as the forms name it (history shows these).
    static func columnLabel(_ column: String, _ fr: Bool) -> String {
        let programme: [String: ProgrammeDraft.Field] = [
            "operator": .operatorName, "funders": .funders, "contact_email": .contactEmail,
            "contact_address": .contactAddress, "operation_ref": .operationReference,
            "eu_statement": .euStatement,
            "privacy_notice": .privacyNotice, "signatory_name": .signatoryName,
            "signatory_role": .signatoryRole,
            "retention_years": .retention, "last_payment": .lastPayment,
            "support_threshold_minutes": .supportThreshold,
        ]
        if let field = programme[column] { return FormStrings.programmeField(field, fr) }
        switch column {
        case "name": return tr("Name", fr)
        case "legal_form": return tr("Legal form", fr)
        case "siret": return "SIRET"
        case "address": return tr("Address", fr)
        case "postcode": return tr("Postcode", fr)
        case "town": return tr("Town", fr)
        case "departement": return "Département"
        case "sector": return tr("Sector", fr)
        case "headcount": return tr("Headcount", fr)
        case "creation_date": return tr("Created on", fr)
        case "website": return tr("Website", fr)
        case "problem": return tr("Problem", fr)
        case "notes": return "Notes"
        case "theme": return tr("Theme", fr)
        case "start_date", "starts_at": return tr("Start", fr)
        case "end_date": return tr("End", fr)
        case "summary": return tr("Description", fr)
        case "title": return trc("meeting", "Title", fr)
        case "kind": return tr("Kind", fr)
        case "duration_minutes": return tr("Duration", fr)
        case "rule": return tr("Rule", fr)
        case "place": return tr("Place", fr)
        case "video_link": return tr("Video link", fr)
        case "facilitators": return tr("Facilitators", fr)
        case "mission": return "Mission"
        case "days_planned": return tr("Days planned", fr)
        case "status": return trc("cohort", "Status", fr)
        case "expertise": return "Expertise"
        case "project_title": return tr("Collective project", fr)
        case "project_summary": return tr("Project summary", fr)
        case "project_stage": return tr("Project stage", fr)
        case "project_start_year": return tr("Budget's first year", fr)
        case "project_years": return tr("Budget's length (years)", fr)
        case "project_day_rate": return tr("Day rate of staff time", fr)
        case "amount": return tr("Amount", fr)
        case "instrument": return tr("Instrument", fr)
        case "note": return "Note"
        case "partner_id": return tr("Partner", fr)
        case "cohort_id": return tr("Cohort", fr)
        case "text": return tr("Text", fr)
        case "votes": return tr("Votes", fr)
        case "owner": return tr("Owner", fr)
        case "due_date": return tr("Due", fr)
        case "tags": return tr("Tags", fr)
        case "person": return tr("Person", fr)
        case "arrived_at": return tr("Arrival", fr)
        case "value": return tr("Value", fr)
        case "label": return tr("Label", fr)
        case "amounts": return tr("Amounts", fr)
        case "percent": return "%"
        case "cash": return tr("Cash contribution", fr)
        case "staff_days": return tr("Staff days", fr)
        default: return column
        }
    }

    /// A term of an instrument: « Prêt d'honneur · plafond ».
    public static func instrumentTerm(_ change: InstrumentCatalogue.Change, _ fr: Bool) -> String {
        let term =
            switch change.setting {
            case .minimum: tr("minimum", fr)
            case .maximum: tr("ceiling", fr)
            case .coverage: tr("share of the loan guaranteed", fr)
            }
        return change.instrument.name(fr) + " · " + term
    }

    /// Which field changed: the record's own, or the row it owns that
    /// holds it (a year of accounts, a financing, a budget line…).
    static func fieldLabel(_ d: ChangeRecord.Difference, _ fr: Bool) -> String {
        let key = d.key.first ?? ""
        let row: String? =
            switch d.table {
            case "financial_year": tr("Accounts %s", fr, key)
            case "financing": tr("Financing #%s", fr, key)
            case "project_line": tr("Budget line %d", fr, (Int(key) ?? 0) + 1)
            case "project_share":
                tr("Share of line %1$d: %2$s", fr, (Int(key) ?? 0) + 1, d.key.dropFirst().first ?? "")
            case "finance_threshold":
                FinanceThresholds.Key(rawValue: key).map { threshold($0, fr) } ?? tr("Threshold %s", fr, key)
            case "instrument_term":
                InstrumentCatalogue.Change(key: d.key.joined(separator: ".")).map { instrumentTerm($0, fr) }
                    ?? d.key.joined(separator: ".")
            case "attendance": tr("Attendance of %s", fr, d.key.dropFirst().first ?? key)
            case "structure_contact", "partner_contact": tr("Contact %d", fr, (Int(key) ?? 0) + 1)
            case "agenda_item": tr("Agenda item %d", fr, (Int(key) ?? 0) + 1)
            case "meeting_invitation": tr("Invitation: %s", fr, key)
            case "meeting_partner": tr("Partner taking part: %s", fr, key)
            case "membership": tr("Membership: %1$s in %2$s", fr, d.key.last ?? "", key)
            case "time_entry": tr("Time entry #%s", fr, key)
            case "staff_cost": tr("Annual cost %s", fr, key)
            case "staff_month": tr("Signed month %s", fr, key)
            case "time_task": tr("Task %s", fr, key)
            case "time_setting": tr("Preparation proposed with a meeting (%%)", fr)
            default: d.key.isEmpty ? nil : "\(d.table) \(d.key.joined(separator: " "))"
            }
        guard !d.column.isEmpty else { return row ?? d.table }
        // A threshold has one value: its name says it all.
        if d.table == "finance_threshold" || d.table == "instrument_term", d.column == "value", let row {
            return row
        }
        let column =
            FinancialYear.Figure(rawValue: d.column).map { FinanceUIStrings.figure($0, fr) }
            ?? columnLabel(d.column, fr)
        return row.map { "\($0) · \(column)" } ?? column
    }

    /// A finance threshold by what it bounds.
    static func threshold(_ key: FinanceThresholds.Key, _ fr: Bool) -> String {
        switch key {
        case .cashDaysRed: tr("Red threshold of cash (days of expenses)", fr)
        case .cashDaysOrange: tr("Orange threshold of cash (days of expenses)", fr)
        case .subsidyRed: tr("Red threshold of grant dependency", fr)
        case .subsidyOrange: tr("Orange threshold of grant dependency", fr)
        case .equityRed: tr("Red threshold of the equity ratio", fr)
        case .equityOrange: tr("Orange threshold of the equity ratio", fr)
        case .cafRed: tr("Red threshold of the self-financing capacity", fr)
        }
    }

    /// A stored value as the forms show it (an instrument or a status by
    /// its name, not its code).
    static func value(_ column: String, _ value: String, _ fr: Bool) -> String {
        switch column {
        case "instrument":
            FinancingInstrument(rawValue: value).map { FinanceUIStrings.text(.instrument($0), fr) } ?? value
        default: value
        }
    }

    static func text(_ msg: StoreMsg, _ fr: Bool) -> String {
        switch msg {
        case .readOnlyBadge: return tr("READ ONLY", fr)
        case .readOnlyRefused(let reason):
            return tr(
                "Read only (%s): nothing is changed.", fr, CommandLineStrings.readOnlyReason(reason, fr))
        case .changedBy(let author, let action, let summary):
            return tr("%1$s: %2$s of “%3$s”", fr, author, text(.action(action), fr), summary)
        case .changesBy(let count, let authors):
            return trn("%d change by %s", "%d changes by %s", count, fr, authors.joined(separator: ", "))
        case .historyTitle(let name): return tr("History — %s", fr, name)
        case .storeHistoryTitle: return tr("Store history", fr)
        case .historyEmpty: return tr("No change recorded", fr)
        case .historyLine(let when, let author, let action):
            return "\(when) · \(author) · \(text(.action(action), fr))"
        case .action(let action):
            switch action {
            case "insert": return tr("creation", fr)
            case "delete": return tr("deletion", fr)
            case "undo": return tr("undo", fr)
            default: return tr("change", fr)
            }
        case .difference(let d):
            let field = fieldLabel(d, fr)
            let empty = text(.empty, fr)
            if d.column.isEmpty {
                return tr("%1$s: %2$s", fr, field, d.after == nil ? tr("removed", fr) : tr("added", fr))
            }
            let was = d.before.map { value(d.column, $0, fr) } ?? empty
            let now = d.after.map { value(d.column, $0, fr) } ?? empty
            return "\(field) : \(was) → \(now)"
        case .empty: return tr("(empty)", fr)
        case .settingsSummary: return tr("Programme settings", fr)
        case .defaultValue(let value): return tr("%s (default)", fr, value)
        case .moreDifferences(let n): return trn("and %d more field", "and %d more fields", n, fr)
        case .mergeTitle:
            return tr("Changed elsewhere while you were editing", fr)
        case .mergeIntro(let author):
            let who = author.map { tr(" by %s", fr, $0) } ?? ""
            return tr(
                "This record was changed%s while you were editing. Each differing field is preset to the side that changed it; those marked ! were changed on both sides: choose.",
                fr, who)
        case .mergeMine: return tr("yours", fr)
        case .mergeTheirs: return tr("theirs", fr)
        case .mergeKeys:
            return tr(
                "↑↓ field · ← yours · → theirs · Space: swap · v all yours · a all theirs · Enter: back to the form · Esc: cancel",
                fr)
        case .mergeReady:
            return tr("Merged: check the form, then Enter to save", fr)
        case .recordGone:
            return tr("This record was deleted elsewhere: Enter saves it as a new one, Esc drops it", fr)
        }
    }
}
