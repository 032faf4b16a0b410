/// A structure as typed in a form (or a row of an import): every field as
/// text, checked by `issues()` and turned into a `Structure` by `structure`.
public struct StructureDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case name, legalForm, siret, address, postcode, town, departement, sector, headcount, creationDate
        case website, problem, notes, contacts, cohorts
    }

    public var name = ""
    public var legalForm: LegalForm = .association
    public var siret = ""
    public var address = ""
    public var postcode = ""
    public var town = ""
    /// A département code; empty means "from the postcode".
    public var departement = ""
    public var sector = ""
    public var headcount = ""
    /// Optional in the encoding: drafts saved before it existed still read.
    private var created: String?
    /// `JJ/MM/AAAA`, or empty.
    public var creationDate: String {
        get { created ?? "" }
        set { created = newValue }
    }
    public var website = ""
    public var problem = ""
    public var notes = ""
    public var contacts: [ContactDraft] = []
    public var cohortIDs: [CohortID] = []

    public init() {}

    /// The draft of an existing structure, as the form shows it.
    public init(_ structure: Structure, contacts: [Contact], cohortIDs: [CohortID], lang: Lang) {
        name = structure.name
        legalForm = structure.legalForm
        siret = structure.siret.isEmpty ? "" : Siret.formatted(structure.siret)
        address = structure.address
        postcode = structure.postcode
        town = structure.town
        departement = structure.departement
        sector = structure.sector
        headcount =
            structure.headcount.map { DecimalFormat.string($0, lang: lang, maxFractionDigits: 2) } ?? ""
        creationDate = structure.creationDate.map(\.dayMonthYear) ?? ""
        website = structure.website
        problem = structure.problem
        notes = structure.notes
        self.contacts = contacts.map(ContactDraft.init)
        self.cohortIDs = cohortIDs
    }

    /// The département the structure is in: the one chosen, else the
    /// postcode's.
    public var effectiveDepartement: String {
        departement.isEmpty ? Departement.code(forPostcode: postcode) ?? "" : departement
    }

    /// Problems per field (contacts are checked one by one with their own
    /// drafts; a bad contact shows as an issue on `.contacts`).
    public func issues() -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if name.trimmingSpaces.isEmpty { issues[.name] = .required }
        if !siret.trimmingSpaces.isEmpty, let problem = Siret.problem(siret.trimmingSpaces) {
            issues[.siret] = .siret(problem)
        }
        if !postcode.trimmingSpaces.isEmpty {
            if !Validators.isPostcode(postcode) {
                issues[.postcode] = .postcodeFormat
            } else if let fromPostcode = Departement.code(forPostcode: postcode) {
                if !departement.isEmpty && departement != fromPostcode {
                    issues[.postcode] = .postcodeMismatch(
                        postcodeDepartement: fromPostcode, chosen: departement)
                } else if !Departement.isNormandy(fromPostcode) {
                    issues[.postcode] = .outsideNormandy(departement: fromPostcode)
                }
            }
        }
        if !headcount.trimmingSpaces.isEmpty, let issue = Validators.number(headcount, as: .headcount) {
            issues[.headcount] = issue
        }
        let created = creationDate.trimmingSpaces
        if !created.isEmpty, Validators.date(created) == nil { issues[.creationDate] = .date }
        if contacts.contains(where: { !$0.issues().isEmpty }) { issues[.contacts] = .invalidContact }
        Validators.lengths(
            [
                (.name, name, TextLimit.name), (.address, address, TextLimit.line),
                (.town, town, TextLimit.name),
                (.sector, sector, TextLimit.name), (.website, website, TextLimit.line),
                (.problem, problem, TextLimit.long), (.notes, notes, TextLimit.long),
            ], into: &issues)
        return issues
    }

    /// Whether nothing blocks saving (warnings allowed).
    public var isValid: Bool { issues().values.allSatisfy(\.isWarning) }

    /// The structure to store, or nil while there are errors.
    public func structure(id: StructureID) -> Structure? {
        guard isValid else { return nil }
        return Structure(
            id: id, name: name.trimmingSpaces, legalForm: legalForm,
            siret: Siret.normalize(siret.trimmingSpaces),
            address: address.trimmingSpaces, postcode: Siret.normalize(postcode), town: town.trimmingSpaces,
            departement: effectiveDepartement, sector: sector.trimmingSpaces,
            headcount: NumberReader.value(headcount, as: .headcount), website: website.trimmingSpaces,
            problem: problem.trimmingSpaces, notes: notes.trimmingSpaces,
            creationDate: Validators.date(creationDate.trimmingSpaces))
    }
}
