import EssorCore
import EssorStore
import EssorUI
import Foundation

/// What `essor add|edit structure` share: `champ=valeur` arguments applied
/// to a draft, the same validation as the form, and the change log's
/// author (the login of the real uid).
struct StructureScript {
    let lookup: Lookup
    var lang: Lang { lookup.lang }

    /// A change made by this command: one session of its own, so the
    /// interface reports it as someone else's and `u` there can undo it.
    static var author: ChangeAuthor {
        ChangeAuthor(name: ChangeAuthor.login(), session: "cli-" + UUID().uuidString)
    }

    /// `text` as `field=value`, the field known.
    func assignment(_ text: String) throws -> (StructureDraft.Field, String) {
        guard let equals = text.firstIndex(of: "=") else {
            throw Failure(.script(.notAnAssignment(text)), lang: lang)
        }
        let name = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        guard let field = StructureDraft.Field(scriptName: name) else {
            throw Failure(.script(.unknownField(name)), lang: lang)
        }
        return (field, String(text[text.index(after: equals)...]))
    }

    /// Applies `assignments` in order; cohorts (`cohortes=A,B`, numbers or
    /// names) replace the structure's memberships.
    func apply(_ assignments: [(StructureDraft.Field, String)], to draft: inout StructureDraft) throws {
        // A new postcode brings its département, unless one is given.
        if assignments.contains(where: { $0.0 == .postcode }),
            !assignments.contains(where: { $0.0 == .departement })
        {
            draft.departement = ""
        }
        for (field, value) in assignments {
            if field == .cohorts {
                let names = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                draft.cohortIDs = try names.filter { !$0.isEmpty }.map { try lookup.resolve(.cohort, $0) }
            } else if !draft.set(field, to: value) {
                throw Failure(.script(.badLegalForm(value)), lang: lang)
            }
        }
    }

    /// The draft's errors as one failure (every field, not only the first);
    /// its warnings on stderr.
    func validate(_ draft: StructureDraft, excluding id: StructureID) throws {
        var issues = draft.issues()
        let siret = Siret.normalize(draft.siret.trimmingSpaces)
        if issues[.siret] == nil, !siret.isEmpty,
            let other = try lookup.store.structureName(withSiret: siret, excluding: id)
        {
            issues[.siret] = .duplicateSiret(otherName: other)
        }
        let order = StructureDraft.Field.allCases
        let sorted = issues.sorted { order.firstIndex(of: $0.key)! < order.firstIndex(of: $1.key)! }
        let errors = sorted.filter { !$0.value.isWarning }
        guard errors.isEmpty else {
            let lines = errors.map { Strings.text(.cli(.script(.invalid(field: $0.key, $0.value))), lang) }
            throw Failure(message: lines.joined(separator: "\n"), status: 2)
        }
        for (field, issue) in sorted {
            Launcher.warn(Strings.text(.cli(.script(.warning(field: field, issue))), lang))
        }
    }

    /// The fields whose stored value differs between `old` and `new`.
    static func changedFields(_ old: StructureRecord, _ new: StructureRecord) -> [StructureDraft.Field] {
        let a = old.structure
        let b = new.structure
        var fields: [StructureDraft.Field] = []
        if a.name != b.name { fields.append(.name) }
        if a.legalForm != b.legalForm { fields.append(.legalForm) }
        if a.siret != b.siret { fields.append(.siret) }
        if a.address != b.address { fields.append(.address) }
        if a.postcode != b.postcode { fields.append(.postcode) }
        if a.town != b.town { fields.append(.town) }
        if a.departement != b.departement { fields.append(.departement) }
        if a.sector != b.sector { fields.append(.sector) }
        if a.headcount != b.headcount { fields.append(.headcount) }
        if a.creationDate != b.creationDate { fields.append(.creationDate) }
        if a.website != b.website { fields.append(.website) }
        if a.problem != b.problem { fields.append(.problem) }
        if a.notes != b.notes { fields.append(.notes) }
        if Set(old.cohortIDs) != Set(new.cohortIDs) { fields.append(.cohorts) }
        return fields
    }

    /// Says `msg` on stderr (stdout stays for what scripts read).
    func tell(_ msg: ScriptMsg) {
        Console.message(Strings.text(.cli(.script(msg)), lang))
    }

    /// A conflict, as a failure with its own status (3), so a script can
    /// retry.
    func conflict(_ id: StructureID, _ name: String) -> Failure {
        Failure(message: Strings.text(.cli(.script(.conflict(id: id, name: name))), lang), status: 3)
    }
}
