/// Legal forms of social-and-solidarity-economy organisations. The raw
/// value is what the store keeps (French); SCOP, SCIC and ESUS are French
/// legal categories with no English name, so their acronym is the name.
public enum LegalForm: String, CaseIterable, Sendable, Codable {
    case association
    case scop
    case scic
    case cooperative
    case mutual = "mutuelle"
    case foundation = "fondation"
    case esus
    case other = "autre"

    /// Words a legal form is found by when filtering (French names).
    public var searchTerms: String {
        switch self {
        case .association: "association"
        case .scop: "scop"
        case .scic: "scic"
        case .cooperative: "coopérative"
        case .mutual: "mutuelle"
        case .foundation: "fondation"
        case .esus: "entreprise esus"
        case .other: ""
        }
    }
}

/// Stage of a cohort's collective project.
public enum ProjectStage: String, CaseIterable, Sendable, Codable {
    case idea = "idee"
    case design = "conception"
    case pilot = "test"
    case launched = "lance"
}
