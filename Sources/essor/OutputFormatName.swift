import EssorCore
import EssorUI

/// The format an output's name says, for every command that writes
/// several: `-o rapport.xlsx` alone chooses the workbook, and a `--format`
/// that says another format than the name is refused (a CSV written
/// under `.xlsx` would not open).
enum OutputFormatName {
    /// The format among `formats` (their raw names, `md`, `csv`…) that the
    /// extension of `output` names; nil for standard output or another
    /// extension.
    static func format<F: RawRepresentable & CaseIterable>(of output: String?, in _: F.Type) -> F?
    where F.RawValue == String {
        guard let output, output != "-", let dot = output.lastIndex(of: ".") else { return nil }
        var suffix = output[output.index(after: dot)...].lowercased()
        if suffix == "htm" { suffix = "html" }
        return F.allCases.first { $0.rawValue == suffix }
    }

    /// The format to write: the one asked, else the name's, else `fallback`;
    /// a failure when the two say different ones.
    static func chosen<F: RawRepresentable & CaseIterable & Equatable>(
        _ asked: F?, output: String?, fallback: F, lang: Lang
    ) throws -> F where F.RawValue == String {
        let named = format(of: output, in: F.self)
        if let asked, let named, asked != named, let output {
            throw Failure(.script(.formatContradictsName(format: asked.rawValue, file: output)), lang: lang)
        }
        return asked ?? named ?? fallback
    }
}
