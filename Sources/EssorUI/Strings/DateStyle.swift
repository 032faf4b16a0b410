/// How dates are written in the interface and look-ups: the configuration
/// file's `dates` setting. Both take ten columns, so tables keep their shape.
public enum DateStyle: String, CaseIterable, Sendable {
    /// `15/01/2027`, as in France.
    case dayMonthYear = "jj/mm/aaaa"
    /// `2027-01-15`.
    case iso = "aaaa-mm-jj"

    /// The style named so in a configuration file (French or English spelling).
    public init?(setting: String) {
        switch setting.lowercased() {
        case "jj/mm/aaaa", "dd/mm/yyyy", "fr", "court", "short": self = .dayMonthYear
        case "aaaa-mm-jj", "yyyy-mm-dd", "iso": self = .iso
        default: return nil
        }
    }
}
