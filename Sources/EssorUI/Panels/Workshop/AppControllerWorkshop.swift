import EssorCore
import EssorExchange
import EssorStore
import Foundation

/// The workshop screen's store effects: each completed change is its own
/// transaction, committed at once.
extension AppController {
    func performWorkshop(_ effect: WorkshopEffect) throws -> Action? {
        switch effect {
        case .loadWorkshop(let id):
            guard let detail = try store.meetingDetail(id: id),
                let sheet = try store.attendanceSheet(meeting: id)
            else { return .writeFailed(.conflict(entity: .meeting, id: id)) }
            let data = WorkshopData(
                detail: detail, workshop: try store.workshop(meeting: id), sheet: sheet,
                pending: try store.pendingActions(before: id))
            return .workshopLoaded(id, data)
        case .addWorkshopItem(let item):
            try store.addWorkshopItem(item, by: author, at: state.now)
        case .updateWorkshopItem(let item):
            try store.updateWorkshopItem(item, by: author, at: state.now)
        case .voteWorkshopItem(let id, let delta, let count):
            try store.vote(id, delta: delta, count: count, by: author, at: state.now)
        case .deleteWorkshopItem(let id):
            try store.deleteWorkshopItem(id, by: author, at: state.now)
        case .setActionStatus(let id, let status):
            try store.setActionStatus(id, status, by: author, at: state.now)
        case .saveWorkshopState(let id, let timer, let order):
            try store.saveWorkshopState(meeting: id, timer: timer, order: order, at: state.now)
        case .checkIn(let id, let group, let person, let status, let arrival):
            try store.checkIn(
                meeting: id, group: group, person: person, status: status, arrival: arrival,
                at: state.now, by: author)
        case .exportMinutes(let id):
            return exportMinutes(id)
        }
        changedHere()
        return nil
    }

    func exportMinutes(_ id: MeetingID) -> Action {
        do {
            let documents = MeetingDocuments(
                store: store, lang: state.lang, clock: state.clock, templates: documentTemplates)
            guard let markdown = try documents.minutes(id, format: .md, now: state.now),
                let html = try documents.minutes(id, format: .html, now: state.now)
            else { return .writeFailed(.conflict(entity: .meeting, id: id)) }
            let written = try DocumentSet.write(
                markdown: markdown.text, html: html.text,
                base: MeetingDocuments.baseName("compte-rendu", markdown.meeting, clock: state.clock),
                in: exportFolder, pdf: true)
            return .exported(written.paths, pdf: written.pdfProblem, templates: documentTemplates.problems)
        } catch {
            return .exportFailed(Strings.describe(error, state.lang))
        }
    }

    /// Opens the workshop of a meeting at start (`essor atelier`).
    public func openWorkshop(_ id: MeetingID, follow: Bool) {
        dispatch(.openWorkshop(id, follow: follow))
    }

    /// How often the terminal should look for changes: often when
    /// following a workshop, so the projector is never a second behind.
    /// How often the terminal ticks: the clock, messages, and the poll of
    /// the store's `data_version` that brings others' changes within a
    /// second (a cheap read, no query).
    public var tickInterval: Double { state.workshop?.follow == true ? 0.2 : 0.5 }
}
