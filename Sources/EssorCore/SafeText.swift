/// Text that came from data is never written raw to a terminal: control
/// characters (C0, DEL, C1) and bidirectional overrides are replaced by
/// visible escapes such as `\e`, `\r`, `\u{202E}`.
public enum SafeText {
    /// A run of text, either printable as is or an escape to show as such.
    public struct Segment: Equatable, Sendable {
        public let text: String
        public let isEscape: Bool

        public init(text: String, isEscape: Bool) {
            self.text = text
            self.isEscape = isEscape
        }
    }

    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
    }

    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x0D: return "\\r"
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x00: return "\\0"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// Whether any character of `text` would be escaped.
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: needsEscape)
    }

    /// `text` with every unsafe character escaped.
    public static func escaped(_ text: String) -> String {
        if isClean(text) { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` split into printable runs and escapes, so a view can style the
    /// escapes differently.
    public static func segments(_ text: String) -> [Segment] {
        if isClean(text) { return [Segment(text: text, isEscape: false)] }
        var result: [Segment] = []
        var run = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                if !run.isEmpty {
                    result.append(Segment(text: String(run), isEscape: false))
                    run = String.UnicodeScalarView()
                }
                result.append(Segment(text: escape(scalar), isEscape: true))
            } else {
                run.append(scalar)
            }
        }
        if !run.isEmpty { result.append(Segment(text: String(run), isEscape: false)) }
        return result
    }
}
