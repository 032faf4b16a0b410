import EssorCore
import Foundation

/// The programme's identity as every document prints it: its name and
/// operator, the funders with their logos, the EU emblem with its
/// statement in one block (Regulation (EU) 2021/1060, annex IX), the
/// operation's reference, the privacy notice and the signatory.
///
/// Every text passes `OutputText` here; the template's own escaping
/// (HTML entities, Markdown's backslashes) does the rest.
struct IdentityView {
    struct FunderView {
        var name: String
        /// A `data:` address, so that the document carries its logos.
        var logo: String
        var hasLogo: Bool
        /// Shown by the EU block rather than by a logo of its own.
        var isEU: Bool
    }

    var programme: String
    var operatorName: String
    var hasOperator: Bool
    var funders: [FunderView]
    var fundersText: String
    var hasFunders: Bool
    var eu: Bool
    /// Markup built by essor (`EUEmblem`), inserted as is.
    var emblem: String
    var euStatement: String
    var operationReference: String
    var hasOperationReference: Bool
    var privacyNotice: String
    var hasPrivacyNotice: Bool
    var signatoryName: String
    var signatoryRole: String
    var hasSignatory: Bool
    /// `Name, role`.
    var signatory: String

    init(
        _ programme: Programme?, lang: Lang, readLogo: (String) -> [UInt8]? = { ExportFiles.readRegular($0) }
    ) {
        let p = programme
        let clean = { (text: String) in OutputText.clean(text, for: .file) }
        self.programme = clean(p?.name ?? "essor")
        operatorName = clean(p?.operatorName ?? "")
        hasOperator = !operatorName.isEmpty
        funders = (p?.funders ?? []).map { funder in
            var logo = ""
            if !funder.logo.isEmpty, let bytes = readLogo(funder.logo), let kind = ImageKind.detect(bytes) {
                logo = "data:\(kind.mime);base64," + Data(bytes).base64EncodedString()
            }
            return FunderView(
                name: clean(funder.name), logo: logo, hasLogo: !logo.isEmpty,
                isEU: funder.isEU && logo.isEmpty)
        }
        fundersText = funders.map(\.name).joined(separator: ", ")
        hasFunders = !funders.isEmpty
        eu = p?.isEUFunded ?? false
        let statement = p?.euStatement.isEmpty == false ? p!.euStatement : EUEmblem.statement(lang)
        euStatement = clean(statement)
        emblem = EUEmblem.svg(height: 12, title: lang == .fr ? "Union européenne" : "European Union")
        operationReference = clean(p?.operationReference ?? "")
        hasOperationReference = !operationReference.isEmpty
        privacyNotice = clean(p?.privacyNotice ?? "")
        hasPrivacyNotice = !privacyNotice.isEmpty
        signatoryName = clean(p?.signatoryName ?? "")
        signatoryRole = clean(p?.signatoryRole ?? "")
        hasSignatory = !signatoryName.isEmpty
        signatory = [signatoryName, signatoryRole].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
