import Foundation

/// The text of a file written by a French spreadsheet or accounting
/// package: UTF-8 (with or without BOM); otherwise Windows-1252 when the
/// file has a byte that only Windows-1252 prints (0x80–0x9F: `€` is 0x80
/// there), else ISO-8859-15 (Latin-9, where `€` is 0xA4).
public enum LegacyText {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
        case latin9 = "ISO-8859-15"
        /// Bytes that both read the same (no euro, no letter that tells
        /// them apart).
        case eitherLatin = "ISO-8859-15 / Windows-1252"
    }

    public static func decode(_ data: Data) -> (text: String, encoding: Encoding) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let utf8 = String(validating: bytes, as: UTF8.self) { return (utf8, .utf8) }
        if bytes.contains(where: { (0x80...0x9F).contains($0) }),
            let text = String(data: Data(bytes), encoding: .windowsCP1252)
        {
            return (text, .windows1252)
        }
        var scalars = String.UnicodeScalarView()
        var told = false
        for byte in bytes {
            let scalar = latin9(byte)
            told = told || scalar.value != UInt32(byte)
            scalars.append(scalar)
        }
        return (String(scalars), told ? .latin9 : .eitherLatin)
    }

    /// ISO-8859-15: Latin-1 but for eight letters and the euro.
    static func latin9(_ byte: UInt8) -> Unicode.Scalar {
        switch byte {
        case 0xA4: "\u{20AC}"
        case 0xA6: "\u{0160}"
        case 0xA8: "\u{0161}"
        case 0xB4: "\u{017D}"
        case 0xB8: "\u{017E}"
        case 0xBC: "\u{0152}"
        case 0xBD: "\u{0153}"
        case 0xBE: "\u{0178}"
        default: Unicode.Scalar(byte)
        }
    }
}
