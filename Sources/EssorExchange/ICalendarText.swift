import EssorCore

/// The text rules of RFC 5545: escaping of TEXT values, and content lines
/// folded at 75 octets with CRLF.
public enum ICalendarText {
    /// `\`, `;`, `,` and line breaks escaped as TEXT values need.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in OutputText.clean(text, for: .file) {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": out += "\\n"
            default:
                // Other control characters have no place in a TEXT value.
                if c.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) { continue }
                out.append(c)
            }
        }
        return out
    }

    /// Reverses `escape` (and accepts `\N` for a line break, as some write).
    public static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for c in text {
            if escaping {
                switch c {
                case "n", "N": out += "\n"
                default: out.append(c)
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// A value of several TEXT fields (`30;Claire;Tour de table`): split at
    /// each `;` that is not escaped, each field unescaped.
    public static func fields(_ raw: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaping = false
        for c in raw {
            if escaping {
                current.append("\\")
                current.append(c)
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else if c == ";" {
                fields.append(unescape(current))
                current = ""
            } else {
                current.append(c)
            }
        }
        return fields + [unescape(current)]
    }

    /// One content line, folded so that no physical line exceeds 75
    /// octets (a multi-byte character is never split), ending in CRLF.
    public static func fold(_ line: String) -> String {
        var out = ""
        var width = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if width + size > limit {
                out += "\r\n "
                width = 0
                limit = 74  // the leading space counts
            }
            out.unicodeScalars.append(scalar)
            width += size
        }
        return out + "\r\n"
    }
}
