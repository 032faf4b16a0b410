import EssorCore
import GRDB

@testable import EssorStore

/// Everything a store holds, in list order: for assertions only (the
/// interface reads pages).
struct Everything {
    var cohorts: [CohortRow]
    var structures: [StructureRow]
    var meetings: [MeetingRow]
    var partners: [PartnerRow]
    var programme: Programme?
}

extension Store {
    func everything() throws -> Everything {
        Everything(
            cohorts: try cohortRows(cohortIDs()),
            structures: try structureRows(structureIDs(order: .name, cohort: nil)),
            meetings: try meetingRows(meetingIDs(cohort: nil)),
            partners: try partnerRows(partnerIDs(cohort: nil)),
            programme: try programme())
    }

    func searchKey(of id: StructureID) throws -> String? {
        try read {
            try String.fetchOne($0, sql: "SELECT search_key FROM structure WHERE id = ?", arguments: [id])
        }
    }

    func cohortIDs(ofStructure id: StructureID) throws -> [CohortID] {
        try structureRecord(id: id)?.cohortIDs ?? []
    }
}
