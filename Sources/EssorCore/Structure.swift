public typealias StructureID = Int64

/// An ESS organisation taking part in the programme.
public struct Structure: Equatable, Sendable, Identifiable {
    public var id: StructureID
    public var name: String
    public var legalForm: LegalForm
    public var siret: String
    public var address: String
    public var postcode: String
    public var town: String
    public var departement: String
    public var sector: String
    /// Full-time equivalents (ETP); nil when unknown.
    public var headcount: Double?
    /// When it was created (its registration), for RCO05; nil when unknown.
    public var creationDate: LocalDate?
    public var website: String
    /// The problem the structure brings to its cohort.
    public var problem: String
    public var notes: String

    public init(
        id: StructureID, name: String, legalForm: LegalForm, siret: String = "",
        address: String = "", postcode: String = "", town: String = "", departement: String = "",
        sector: String = "", headcount: Double? = nil, website: String = "", problem: String = "",
        notes: String = "", creationDate: LocalDate? = nil
    ) {
        self.id = id
        self.name = name
        self.legalForm = legalForm
        self.siret = siret
        self.address = address
        self.postcode = postcode
        self.town = town
        self.departement = departement
        self.sector = sector
        self.headcount = headcount
        self.creationDate = creationDate
        self.website = website
        self.problem = problem
        self.notes = notes
    }
}

/// A person to reach at a structure or a partner.
public struct Contact: Equatable, Sendable {
    public var name: String
    public var role: String
    public var email: String
    public var phone: String

    public init(name: String, role: String = "", email: String = "", phone: String = "") {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }
}
