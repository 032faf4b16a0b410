/// What is wrong with a field as typed. Errors keep a record out of the
/// store; warnings are shown but do not block saving.
public enum FieldIssue: Equatable, Sendable {
    case required
    case siret(Siret.Problem)
    case duplicateSiret(otherName: String)
    case postcodeFormat
    /// The postcode belongs to another département than the one chosen.
    case postcodeMismatch(postcodeDepartement: String, chosen: String)
    /// Accepted, but the programme is about Normandy.
    case outsideNormandy(departement: String)
    case email
    case phone
    case date
    case endBeforeStart
    case number
    case negative
    /// A number outside what it can mean (see `NumberReader`).
    case outOfRange(ClosedRange<Double>)
    /// A whole number expected.
    case notWhole
    /// An amount finer than the cent.
    case finerThanCent
    /// Hours finer than the minute.
    case finerThanMinute
    /// Longer than the field takes, in characters.
    case tooLong(maximum: Int)
    /// One of the contacts has a problem (shown in its own form).
    case invalidContact
    /// `14h30` or `14:30` expected.
    case time
    /// `2h`, `1h30` or `90 min` expected.
    case duration
    /// The RCO04 threshold: a duration from a minute to 100 hours.
    case supportThreshold
    /// A web address (`https://…`) expected.
    case url
    /// A number of occurrences from 2 to the maximum expected.
    case occurrences(maximum: Int)
    /// One of the agenda items has a problem (shown in its own form).
    case invalidAgendaItem
    /// One of the days entered by hand has a problem.
    case invalidEntry
    /// The agenda takes longer than the meeting: accepted.
    case agendaLongerThanMeeting(agenda: Int, meeting: Int)
    /// A meeting outside its cohort's period: accepted.
    case outsidePeriod(start: LocalDate, end: LocalDate)
    /// A one-to-one meeting invites exactly one organisation.
    case oneToOneInvitesOne(invited: Int)
    /// Documents are kept 5 years, or 10 under State-aid rules.
    case retentionYears
    /// One of these words expected.
    case oneOf([String])
    /// A number above zero expected.
    case aboveZero
    /// A share of time, given for someone not on a fixed share.
    case onlyWithFixedShare
    /// A funder's logo that cannot be used.
    case logo(funder: String, problem: LogoProblem)

    public var isWarning: Bool {
        switch self {
        case .outsideNormandy, .agendaLongerThanMeeting, .outsidePeriod: return true
        default: return false
        }
    }
}

/// Why a logo file cannot be printed.
public enum LogoProblem: Equatable, Sendable {
    /// Given as a relative path (the documents are written elsewhere).
    case notAbsolute
    case unreadable
    /// Neither PNG, SVG nor JPEG.
    case notAnImage
}
