/// The image formats a logo may be in, told from the file's first bytes
/// (never from its name).
public enum ImageKind: String, Sendable {
    case png, jpeg, svg

    /// The MIME type, for a `data:` address.
    public var mime: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .svg: "image/svg+xml"
        }
    }

    /// The kind of an image file's content, or nil when it is none of them.
    public static func detect(_ bytes: [UInt8]) -> ImageKind? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        // SVG is XML text whose root element is <svg>: skip a BOM, blanks,
        // the XML declaration, comments and a doctype before it.
        var text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        while true {
            text = String(text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" })
            if text.hasPrefix("<?") || text.hasPrefix("<!") {
                let close = text.hasPrefix("<!--") ? "-->" : ">"
                guard let end = text.range(of: close) else { return nil }
                text = String(text[end.upperBound...])
                continue
            }
            break
        }
        return text.hasPrefix("<svg") ? .svg : nil
    }
}
