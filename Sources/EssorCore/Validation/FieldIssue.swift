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
    /// One of the contacts has a problem (shown in its own form).
    case invalidContact

    public var isWarning: Bool {
        if case .outsideNormandy = self { return true }
        return false
    }
}
