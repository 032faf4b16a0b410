import EssorCore
import EssorStore

/// The workshop mode's effects: contributions, votes, check-in, minutes.
/// The controller hands them to `performWorkshop`.
public enum WorkshopEffect: Equatable, Sendable {
    case loadWorkshop(MeetingID)
    case addWorkshopItem(WorkshopItem)
    case updateWorkshopItem(WorkshopItem)
    case voteWorkshopItem(WorkshopItemID, delta: Int?, count: Int?)
    case deleteWorkshopItem(WorkshopItemID)
    case setActionStatus(WorkshopItemID, ActionStatus)
    case saveWorkshopState(MeetingID, WorkshopTimer, WorkshopOrder)
    case checkIn(MeetingID, AttendanceGroup, person: String, AttendanceStatus?, arrival: Int64? = nil)
    case exportMinutes(MeetingID)
}
