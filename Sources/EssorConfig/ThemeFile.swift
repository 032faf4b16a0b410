import EssorUI
import Foundation
import TOMLKit

/// Reads theme files:
///
/// ```toml
/// description = "Fond sombre"
/// [palette]
/// fond = "#1d2021"
/// texte = "#ebdbb2"
/// [roles]
/// normal = { fg = "texte", bg = "fond" }
/// title = { fg = "fond", bg = "#83a598", bold = true }
/// muted = "gris"            # a colour alone sets the text colour
/// ```
///
/// Roles left out take the built-in default's look, on the theme's own
/// text and background colours. Unknown keys are warnings; a colour essor
/// cannot read is an error, and the theme is not used.
public enum ThemeFile {
    static let attributes = ["bold", "dim", "underline", "reverse", "italic"]

    /// The theme in `text`, named `name`, with warnings.
    public static func parse(_ text: String, name: String, file: String) throws(ConfigProblem) -> (
        Theme, [ConfigProblem]
    ) {
        try parse(TOMLDocument(text: text, file: file), name: name)
    }

    public static func load(path: String, name: String) throws(ConfigProblem) -> (Theme, [ConfigProblem]) {
        try parse(TOMLDocument.read(path: path, file: path), name: name)
    }

    static func parse(_ document: TOMLDocument, name: String) throws(ConfigProblem) -> (
        Theme, [ConfigProblem]
    ) {
        var reader = Reader(document: document)
        var summary = ""
        for (key, value) in document.table {
            switch key {
            case "description":
                if let text = value.string {
                    summary = text
                } else {
                    reader.warn([key], .wrongType(key: key))
                }
            case "palette":
                try reader.readPalette(value)
            case "roles":
                continue
            default:
                reader.warn([key], .unknownKey(key))
            }
        }
        if let roles = document.table["roles"] { try reader.readRoles(roles) }
        let warnings = reader.warnings.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        return (Theme(name: name, summary: summary, styles: reader.completeStyles()), warnings)
    }

    /// The state of reading one file.
    private struct Reader {
        let document: TOMLDocument
        var warnings: [ConfigProblem] = []
        var palette: [String: ThemeColor] = [:]
        /// Declared roles; nil colours are left to the theme's normal ones.
        var declared: [Role: (foreground: ThemeColor?, background: ThemeColor?, style: TextStyle)] = [:]

        init(document: TOMLDocument) { self.document = document }

        mutating func warn(_ path: [String], _ kind: ConfigProblem.Kind) {
            warnings.append(document.problem(path, kind))
        }

        func fail(_ path: [String], _ kind: ConfigProblem.Kind) -> ConfigProblem {
            document.problem(path, kind)
        }

        mutating func readPalette(_ value: TOMLValueConvertible) throws(ConfigProblem) {
            guard let table = value.table else { return warn(["palette"], .wrongType(key: "palette")) }
            for (colorName, colorValue) in table {
                let path = ["palette", colorName]
                let dotted = path.joined(separator: ".")
                guard let text = colorValue.string, let color = ColorSpec.parse(text) else {
                    throw fail(path, .badColor(key: dotted, value: colorValue.string ?? "\(colorValue)"))
                }
                palette[colorName.lowercased()] = color
            }
        }

        mutating func readRoles(_ value: TOMLValueConvertible) throws(ConfigProblem) {
            guard let table = value.table else { return warn(["roles"], .wrongType(key: "roles")) }
            for (roleName, roleValue) in table {
                guard let role = RoleNames.role(roleName) else {
                    warn(["roles", roleName], .unknownKey("roles." + roleName))
                    continue
                }
                try readRole(role, roleName, roleValue)
            }
        }

        private mutating func readRole(_ role: Role, _ roleName: String, _ value: TOMLValueConvertible)
            throws(ConfigProblem)
        {
            var foreground: ThemeColor?
            var background: ThemeColor?
            var style = TextStyle()
            if let text = value.string {
                declared[role] = (try color(text, ["roles", roleName]), nil, style)
                return
            }
            guard let table = value.table else {
                return warn(["roles", roleName], .wrongType(key: "roles." + roleName))
            }
            for (key, item) in table {
                let path = ["roles", roleName, key]
                let dotted = path.joined(separator: ".")
                switch key {
                case "fg", "bg":
                    guard let text = item.string else {
                        throw fail(path, .badColor(key: dotted, value: "\(item)"))
                    }
                    if key == "fg" {
                        foreground = try color(text, path)
                    } else {
                        background = try color(text, path)
                    }
                case "bold", "dim", "underline", "reverse", "italic":
                    guard let flag = item.bool else {
                        warn(path, .wrongType(key: dotted))
                        continue
                    }
                    switch key {
                    case "bold": style.bold = flag
                    case "dim": style.dim = flag
                    case "underline": style.underline = flag
                    case "reverse": style.reverse = flag
                    default: style.italic = flag
                    }
                default:
                    warn(path, .unknownKey(dotted))
                }
            }
            declared[role] = (foreground, background, style)
        }

        /// A palette colour's name, else a colour written out.
        private func color(_ text: String, _ path: [String]) throws(ConfigProblem) -> ThemeColor {
            let name = text.trimmingSpacesAndTabs
            if let color = palette[name.lowercased()] { return color }
            if let color = ColorSpec.parse(name) { return color }
            let dotted = path.joined(separator: ".")
            let looksLikeName =
                !name.isEmpty && name.first?.isLetter == true
                && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            throw fail(
                path,
                looksLikeName
                    ? .unknownPaletteColor(key: dotted, name: name) : .badColor(key: dotted, value: text))
        }

        /// Every role: declared ones on the theme's normal colours, the
        /// others with the built-in default's attributes.
        func completeStyles() -> [Role: TextStyle] {
            let normalForeground = declared[.normal]?.foreground ?? .terminalDefault
            let normalBackground = declared[.normal]?.background ?? .terminalDefault
            var styles: [Role: TextStyle] = [:]
            for role in Role.allCases {
                if let (foreground, background, style) = declared[role] {
                    var complete = style
                    complete.foreground = foreground ?? normalForeground
                    complete.background = background ?? normalBackground
                    styles[role] = complete
                } else {
                    var fallback = Theme.builtIn.style(role)
                    if fallback.foreground == .terminalDefault { fallback.foreground = normalForeground }
                    if fallback.background == .terminalDefault { fallback.background = normalBackground }
                    styles[role] = fallback
                }
            }
            return styles
        }
    }
}
