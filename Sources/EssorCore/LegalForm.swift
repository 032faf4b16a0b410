/// Legal forms of social-and-solidarity-economy organisations. The raw
/// value is what the store keeps.
public enum LegalForm: String, CaseIterable, Sendable, Codable {
    case association
    case scop
    case scic
    case cooperative
    case mutuelle
    case fondation
    case esus
    case autre

    /// Words a legal form is found by when filtering (French names).
    public var searchTerms: String {
        switch self {
        case .association: "association"
        case .scop: "scop"
        case .scic: "scic"
        case .cooperative: "coopérative"
        case .mutuelle: "mutuelle"
        case .fondation: "fondation"
        case .esus: "entreprise esus"
        case .autre: ""
        }
    }
}

/// Stage of a cohort's collective project.
public enum ProjectStage: String, CaseIterable, Sendable, Codable {
    case idee
    case conception
    case test
    case lance
}
