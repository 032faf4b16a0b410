import EssorUI

/// The names roles have in theme files.
public enum RoleNames {
    public static func name(_ role: Role) -> String {
        switch role {
        case .normal: "normal"
        case .title: "title"
        case .tab: "tab"
        case .tabActive: "tab-active"
        case .border: "border"
        case .borderFocused: "border-focused"
        case .selection: "selection"
        case .selectionDim: "selection-dim"
        case .header: "header"
        case .muted: "muted"
        case .accent: "accent"
        case .warning: "warning"
        case .error: "error"
        case .success: "success"
        case .status: "status"
        case .key: "key"
        case .escaped: "escaped"
        case .input: "input"
        case .overlay: "overlay"
        case .today: "today"
        case .conflict: "conflict"
        case .present: "present"
        case .absent: "absent"
        case .timer: "timer"
        case .bar: "bar"
        }
    }

    /// The role a file's key names (`tab_active` and `tabs` are accepted too).
    static func role(_ key: String) -> Role? {
        let folded = key.lowercased().replacingUnderscores
        if folded == "tabs" { return .tab }
        return Role.allCases.first { name($0) == folded }
    }
}
