/// Structure fields as scripts name them (`essor add|edit structure
/// champ=valeur`), in French or English, accents and case ignored.
extension StructureDraft.Field {
    /// The names a script may use for the field; the first is the French
    /// one shown in messages.
    public var scriptNames: [String] {
        switch self {
        case .name: ["nom", "name"]
        case .legalForm: ["forme", "forme-juridique", "legal-form", "form"]
        case .siret: ["siret"]
        case .address: ["adresse", "address"]
        case .postcode: ["code-postal", "cp", "postcode"]
        case .town: ["commune", "ville", "town"]
        case .departement: ["departement", "department"]
        case .sector: ["secteur", "sector"]
        case .headcount: ["effectif", "headcount"]
        case .creationDate: ["date-creation", "creation", "creation-date", "created"]
        case .website: ["site", "website"]
        case .problem: ["probleme", "problematique", "problem"]
        case .notes: ["notes"]
        case .contacts: []
        case .cohorts: ["cohortes", "cohorte", "cohorts", "cohort"]
        }
    }

    /// The field `name` designates (`code_postal`, `Code-Postal` and
    /// `code postal` all name the postcode).
    public init?(scriptName name: String) {
        let key = SearchFolding.fold(name).replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
        guard let field = Self.allCases.first(where: { $0.scriptNames.contains(key) }) else { return nil }
        self = field
    }

    /// Every field a script can set, by their French names.
    public static var scriptable: [StructureDraft.Field] { allCases.filter { !$0.scriptNames.isEmpty } }
}

extension LegalForm {
    /// The legal form `text` names: its stored value or its French or
    /// English label (`SCOP`, `coopérative`, `cooperative`, `ESUS`...).
    public init?(naming text: String) {
        let key = SearchFolding.fold(text).trimmingSpaces
        let aliases: [LegalForm: [String]] = [
            .esus: ["entreprise esus", "entreprise-esus", "esus company"],
            .mutual: ["mutual"],
            .foundation: ["foundation"],
            .other: ["other"],
        ]
        guard
            let form = Self.allCases.first(where: {
                $0.rawValue == key || (aliases[$0] ?? []).contains(key)
            })
        else { return nil }
        self = form
    }
}

extension StructureDraft {
    /// Sets a text field from a script (cohorts are resolved against the
    /// store by the caller). Returns false when `value` is not a legal form
    /// this knows, for `.legalForm`.
    public mutating func set(_ field: Field, to value: String) -> Bool {
        switch field {
        case .name: name = value
        case .legalForm:
            guard let form = LegalForm(naming: value) else { return false }
            legalForm = form
        case .siret: siret = value
        case .address: address = value
        case .postcode: postcode = value
        case .town: town = value
        case .departement: departement = value.trimmingSpaces
        case .sector: sector = value
        case .headcount: headcount = value
        case .creationDate: creationDate = value
        case .website: website = value
        case .problem: problem = value
        case .notes: notes = value
        case .contacts, .cohorts: return false
        }
        return true
    }
}
