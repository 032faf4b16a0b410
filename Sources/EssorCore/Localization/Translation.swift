/// Every text essor shows goes through these four functions: the English
/// source text is the key, French comes from the catalogue
/// (`Locales/fr.po`, embedded in the binary at build time, so an
/// installation stays one file).
///
/// Placeholders are C-style, so that `msgfmt --check` proves a
/// translation keeps them: `%s` (one argument), `%1$s`, `%2$s` (several,
/// which a translation may reorder), `%d` for the count of a plural, `%%`
/// for a percent sign. CI extracts these calls with `xgettext` (see
/// `scripts/l10n`).

/// `english` in French when `fr`, its placeholders filled with `args`.
public func tr(_ english: String, _ fr: Bool, _ args: any CustomStringConvertible...) -> String {
    Localization.text(context: nil, english, fr, args)
}

/// Same, for a text whose French depends on where it is used.
public func trc(_ context: String, _ english: String, _ fr: Bool, _ args: any CustomStringConvertible...)
    -> String
{
    Localization.text(context: context, english, fr, args)
}

/// A text that depends on a count: `trn("%d meeting", "%d meetings", n, fr)`.
/// The count fills `%d`; `args` fill `%s` or `%2$s`… (`%1$d` is the count).
public func trn(
    _ singular: String, _ plural: String, _ count: Int, _ fr: Bool, _ args: any CustomStringConvertible...
) -> String {
    Localization.plural(context: nil, singular, plural, count, fr, args)
}

/// A counted text with a context.
public func trnc(
    _ context: String, _ singular: String, _ plural: String, _ count: Int, _ fr: Bool,
    _ args: any CustomStringConvertible...
) -> String {
    Localization.plural(context: context, singular, plural, count, fr, args)
}

public enum Localization {
    /// The French catalogue, read once from the embedded `.po` text.
    public static let french = POCatalogue(text: String(decoding: PackageResources.fr_po, as: UTF8.self))

    /// Tests set this to render every text longer (see `pseudo(_:)`), to
    /// find labels that are cut without an ellipsis.
    @TaskLocal public static var pseudoLocale = false

    static func text(context: String?, _ english: String, _ fr: Bool, _ args: [any CustomStringConvertible])
        -> String
    {
        var format = english
        if fr || pseudoLocale, let french = french.messages[POCatalogue.key(context, english)]?.first {
            format = french
        }
        let text = PlaceholderFormat.fill(format, args.map { $0.description })
        return pseudoLocale ? pseudo(text) : text
    }

    static func plural(
        context: String?, _ singular: String, _ plural: String, _ count: Int, _ fr: Bool,
        _ args: [any CustomStringConvertible]
    ) -> String {
        var format = count == 1 ? singular : plural
        if fr || pseudoLocale, let forms = french.messages[POCatalogue.key(context, singular)] {
            let form = french.plural.form(count)
            if forms.indices.contains(form) { format = forms[form] }
        }
        let text = PlaceholderFormat.fill(format, [String(count)] + args.map { $0.description })
        return pseudoLocale ? pseudo(text) : text
    }

    /// A text 40 % longer, between ⟦ ⟧, so that a render shows whether it
    /// was cut: a label that fits ends with ⟧, one that was shortened
    /// properly ends with an ellipsis, and anything else was clipped.
    public static func pseudo(_ text: String) -> String {
        guard !text.isEmpty, !text.contains("\n") else { return text }
        let extra = max(1, (text.count * 4 + 9) / 10 - 2)
        return "⟦" + text + String(repeating: "·", count: extra) + "⟧"
    }
}

/// Fills C-style placeholders (`%s`, `%d`, `%1$s`, `%%`) with strings.
/// A placeholder without an argument stays as written, so a bad
/// translation shows itself instead of crashing.
enum PlaceholderFormat {
    static func fill(_ format: String, _ args: [String]) -> String {
        guard format.contains("%") else { return format }
        let chars = Array(format)
        var out = ""
        var next = 0
        var i = 0
        while i < chars.count {
            guard chars[i] == "%" else {
                out.append(chars[i])
                i += 1
                continue
            }
            // %% is a percent sign.
            if i + 1 < chars.count, chars[i + 1] == "%" {
                out.append("%")
                i += 2
                continue
            }
            // %s, %d, or %N$s, %N$d.
            var j = i + 1
            var position: Int?
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            if j > i + 1, j < chars.count, chars[j] == "$" {
                position = Int(String(chars[(i + 1)..<j])).map { $0 - 1 }
                j += 1
            } else {
                j = i + 1
            }
            guard j < chars.count, chars[j] == "s" || chars[j] == "d" else {
                out.append("%")
                i += 1
                continue
            }
            let index: Int
            if let position {
                index = position
            } else {
                index = next
                next += 1
            }
            if args.indices.contains(index) {
                out.append(args[index])
            } else {
                out.append(String(chars[i...j]))
            }
            i = j + 1
        }
        return out
    }
}
