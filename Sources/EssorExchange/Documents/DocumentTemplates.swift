import EssorCore
import EssorStore
import Foundation
import Mustache

/// The Mustache templates documents are made from: the ones built into
/// essor (`templates/` in the sources), each replaceable by a file of the
/// same name in the user's template folder
/// (`$XDG_CONFIG_HOME/essor/templates/emargement.html.mustache`), so that
/// a programme changes its wording or its look without a rebuild.
///
/// A user's template that does not parse is not used: the built-in one
/// is, and `problems` says which file and which line.
public struct DocumentTemplates: Sendable {
    /// The templates by name (`emargement.html`, `page.css`…).
    public static let builtIn: [String: String] = [
        "emargement.html": String(decoding: PackageResources.emargement_html_mustache, as: UTF8.self),
        "emargement.md": String(decoding: PackageResources.emargement_md_mustache, as: UTF8.self),
        "compte-rendu.html": String(decoding: PackageResources.compte_rendu_html_mustache, as: UTF8.self),
        "compte-rendu.md": String(decoding: PackageResources.compte_rendu_md_mustache, as: UTF8.self),
        "dossier.html": String(decoding: PackageResources.dossier_html_mustache, as: UTF8.self),
        "page.css": String(decoding: PackageResources.page_css_mustache, as: UTF8.self),
        "identity.html": String(decoding: PackageResources.identity_html_mustache, as: UTF8.self),
        "rapport.html": String(decoding: PackageResources.rapport_html_mustache, as: UTF8.self),
        "rapport.md": String(decoding: PackageResources.rapport_md_mustache, as: UTF8.self),
        "fiche-temps.html": String(decoding: PackageResources.fiche_temps_html_mustache, as: UTF8.self),
        "fiche-temps.md": String(decoding: PackageResources.fiche_temps_md_mustache, as: UTF8.self),
    ]

    /// A template file that could not be used.
    public struct Problem: Equatable, Sendable, Error {
        public var path: String
        /// 1-based; 0 when the file could not be read at all.
        public var line: Int
        public var reason: Reason
    }

    /// What is wrong with a template, in words a user can act on.
    public enum Reason: Equatable, Sendable {
        case unreadable
        /// A `{{#section}}` or `{{^section}}` never closed (found at the end).
        case unclosedSection
        /// `{{/name}}` closes another section than the one open.
        case wrongClose
        /// `{{` without its `}}`.
        case unfinishedTag
        case other(String)
    }

    let library: MustacheLibrary
    /// The user's templates that were replaced by the built-in ones.
    public let problems: [Problem]
    /// The user's templates in use, by name.
    public let overridden: [String]

    /// The built-in templates only.
    public static let standard = DocumentTemplates(folder: nil)

    /// The built-in templates, each replaced by `folder/NAME.mustache`
    /// when that file exists and parses.
    public init(folder: String?) {
        Self.registerContentTypes
        var library = MustacheLibrary()
        var problems: [Problem] = []
        var overridden: [String] = []
        for (name, text) in Self.builtIn.sorted(by: { $0.key < $1.key }) {
            if let folder {
                let path = folder + "/" + name + ".mustache"
                switch Self.userTemplate(at: path) {
                case .none: break
                case .success(let template):
                    library.register(template, named: name)
                    overridden.append(name)
                    continue
                case .failure(let problem): problems.append(problem)
                }
            }
            // The built-in templates are tested to parse; were one not to,
            // it would be said like a user's, not crash the export.
            switch Self.parse(text, path: "templates/" + name + ".mustache") {
            case .success(let template): library.register(template, named: name)
            case .failure(let problem): problems.append(problem)
            }
        }
        self.library = library
        self.problems = problems
        self.overridden = overridden
    }

    /// `name` rendered with `view` (a value whose properties the template names).
    public func render(_ name: String, _ view: Any) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    private static func userTemplate(at path: String) -> Result<MustacheTemplate, Problem>? {
        if PathKind.of(path) == .absent { return nil }
        guard let bytes = ExportFiles.readRegular(path, limit: 1 << 20),
            let text = String(validating: bytes, as: UTF8.self)
        else {
            return .failure(Problem(path: path, line: 0, reason: .unreadable))
        }
        return parse(text, path: path)
    }

    static func parse(_ text: String, path: String) -> Result<MustacheTemplate, Problem> {
        Self.registerContentTypes
        do {
            return .success(try MustacheTemplate(string: text))
        } catch let error as MustacheTemplate.ParserError {
            let reason: Reason
            switch error.error as? MustacheTemplate.Error {
            case .expectedSectionEnd?: reason = .unclosedSection
            case .sectionCloseNameIncorrect?: reason = .wrongClose
            case .unfinishedName?: reason = .unfinishedTag
            default: reason = .other(String(describing: error.error))
            }
            return .failure(Problem(path: path, line: error.context.lineNumber, reason: reason))
        } catch {
            return .failure(Problem(path: path, line: 0, reason: .other(String(describing: error))))
        }
    }

    /// What is wrong with a template's text, or nil when it parses.
    public static func problem(in text: String, path: String) -> Problem? {
        if case .failure(let problem) = parse(text, path: path) { return problem }
        return nil
    }

    /// Markdown's escaping, for templates that start with
    /// `{{% CONTENT_TYPE: MARKDOWN}}`.
    private static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownContent(), named: "MARKDOWN")
    }()

    struct MarkdownContent: MustacheContentType {
        func escapeText(_ text: String) -> String { AttendanceSheetExport.cell(text) }
    }
}
