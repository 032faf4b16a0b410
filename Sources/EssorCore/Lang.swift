/// The interface language: French first, English available.
public enum Lang: String, Sendable, CaseIterable {
    case fr
    case en

    /// The language an explicit choice or the locale variables ask for:
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`; English when the first one
    /// set starts with `en`, French otherwise.
    public static func resolve(explicit: String?, environment: [String: String]) -> Lang? {
        if let explicit {
            return Lang(rawValue: explicit.lowercased().prefix(2).description)
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .fr
            }
        }
        return .fr
    }
}
