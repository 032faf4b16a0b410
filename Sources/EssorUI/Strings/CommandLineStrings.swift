import EssorCore
import EssorExchange
import EssorStore

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// The text with its first letter in lower case.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

/// Messages of the command line (errors on stderr), in both languages.
enum CommandLineStrings {
    static func text(_ msg: CLIMsg, _ fr: Bool) -> String {
        switch msg {
        case .storeProblem(let error): return storeError(error, fr)
        case .script(let msg): return ScriptStrings.text(msg, fr)
        case .finance(let msg): return FinanceStrings.text(msg, fr)
        case .notATerminal:
            return fr
                ? "essor a besoin d'un terminal : l'entrée ou la sortie est redirigée. Pour un aperçu sans terminal : essor snapshot"
                : "essor needs a terminal: input or output is redirected. For a view without a terminal: essor snapshot"
        case .unsupportedTerminal(let term):
            let name = term.isEmpty ? (fr ? "(TERM non défini)" : "(TERM not set)") : "« \(term) »"
            return fr
                ? "Le terminal \(name) ne permet pas l'interface plein écran. Essayez TERM=xterm-256color ; les consultations marchent partout : essor find, essor show, essor agenda, essor list."
                : "Terminal \(name) cannot run the full-screen interface. Try TERM=xterm-256color; look-ups work anywhere: essor find, essor show, essor agenda, essor list."
        case .unknownLanguage(let value):
            return fr ? "Langue inconnue « \(value) » : fr ou en" : "Unknown language “\(value)”: fr or en"
        case .notADemo(let path):
            return fr
                ? "« \(path) » n'est pas un stock de démonstration : il n'a pas été modifié."
                : "“\(path)” is not a demonstration store: it was left unchanged."
        case .badSize(let value):
            return fr
                ? "Taille invalide « \(value) » : LARGEURxHAUTEUR, par exemple 120x40"
                : "Invalid size “\(value)”: WIDTHxHEIGHT, for example 120x40"
        case .badPanel(let value):
            return fr
                ? "Panneau inconnu « \(value) » : cohortes, structures, seances, partenaires ou finances"
                : "Unknown panel “\(value)”: cohorts, structures, meetings, partners or finances"
        case .lookupKind(let kind): return kindName(kind, fr, plural: false).capitalizedFirst
        case .themesHeading(let current):
            return fr
                ? "Thèmes (actuel : \(current) ; T ou :theme NOM pour changer dans l'interface)"
                : "Themes (current: \(current); T or :theme NAME to switch in the interface)"
        case .themeOrigin(let origin):
            switch origin {
            case .builtIn: return fr ? "intégré" : "built-in"
            case .bundled: return fr ? "fourni" : "bundled"
            case .user: return fr ? "personnel" : "personal"
            }
        case .roleSample(let role): return roleSample(role, fr)
        case .themeUnusable: return fr ? "inutilisable" : "unusable"
        case .badKind(let text):
            return fr
                ? "Type inconnu « \(text) » : structure, cohorte, partenaire ou séance"
                : "Unknown kind “\(text)”: organisation, cohort, partner or meeting"
        case .notFound(let kind, let text):
            return fr
                ? "Aucun\(kind == .structure || kind == .cohort || kind == .meeting ? "e" : "") \(kindName(kind, fr, plural: false)) ne correspond à « \(text) »."
                : "No \(kindName(kind, fr, plural: false)) matches “\(text)”."
        case .ambiguous(let kind, let text):
            return fr
                ? "Plusieurs \(kindName(kind, fr, plural: true)) correspondent à « \(text) » ; précisez le nom ou donnez le numéro :"
                : "Several \(kindName(kind, fr, plural: true)) match “\(text)”; give the full name or the number:"
        case .nothingFound(let text):
            return fr ? "Rien ne correspond à « \(text) »." : "Nothing matches “\(text)”."
        case .noMeetingsSoon(let days):
            return fr
                ? "Aucune séance dans les \(days) prochains jours." : "No meetings in the next \(days) days."
        case .emptyList: return fr ? "La liste est vide." : "The list is empty."
        case .columnKind: return "Type"
        case .columnName: return fr ? "Nom" : "Name"
        case .columnDetail: return fr ? "Détail" : "Detail"
        case .columnNumber: return fr ? "N°" : "No."
        case .notEmpty(let path):
            return fr
                ? "« \(path) » n'est pas vide : choisissez un nouveau fichier (rien n'a été modifié)."
                : "“\(path)” is not empty: choose a new file (nothing was changed)."
        case .icsProblem(let file, let problem): return icsProblem(file, problem, fr)
        case .imported(let created, let updated, let cohort):
            return fr
                ? "Import dans « \(cohort) » : \(created) \(created <= 1 ? "séance créée" : "séances créées"), \(updated) \(updated <= 1 ? "mise à jour" : "mises à jour")."
                : "Imported into “\(cohort)”: \(created) created, \(updated) updated."
        case .nothingImported(let file):
            return fr
                ? "« \(file) » ne contient aucune séance (VEVENT)." : "“\(file)” holds no meeting (VEVENT)."
        case .written(let path): return fr ? "Écrit : \(path)" : "Written: \(path)"
        case .icsForeignUID(let file, let line, let title, let cohort):
            return fr
                ? "\(file), ligne \(line) : « \(title) » a l'UID d'une séance de la cohorte « \(cohort) »"
                : "\(file), line \(line): “\(title)” has the UID of a meeting of cohort “\(cohort)”"
        case .icsForeignHint:
            return fr
                ? "Rien n'a été importé : vérifiez la cohorte (--cohort), ou importez ces événements comme nouvelles séances avec --as-new."
                : "Nothing was imported: check the cohort (--cohort), or import these events as new meetings with --as-new."
        case .cannotRead(let path, let reason):
            return fr ? "Impossible de lire « \(path) » : \(reason)" : "Cannot read “\(path)”: \(reason)"
        case .badDate(let text):
            return fr
                ? "Date non reconnue « \(text) » : JJ/MM/AAAA ou AAAA-MM-JJ"
                : "Date not understood “\(text)”: DD/MM/YYYY or YYYY-MM-DD"
        case .generated(let path, let structures, let meetings):
            return fr
                ? "Stock synthétique créé : \(path) (\(structures) structures, \(meetings) séances)"
                : "Synthetic store created: \(path) (\(structures) organisations, \(meetings) meetings)"
        case .demoReset(let path):
            return fr ? "Stock de démonstration recréé : \(path)" : "Demonstration store recreated: \(path)"
        }
    }

    static func kindName(_ kind: LookupKind, _ fr: Bool, plural: Bool) -> String {
        let s = plural ? "s" : ""
        switch kind {
        case .structure: return fr ? "structure\(s)" : "organisation\(s)"
        case .cohort: return fr ? "cohorte\(s)" : "cohort\(s)"
        case .partner: return fr ? "partenaire\(s)" : "partner\(s)"
        case .meeting: return fr ? "séance\(s)" : "meeting\(s)"
        }
    }

    static func storeError(_ error: StoreError, _ fr: Bool) -> String {
        switch error {
        case .isDirectory(let path):
            return fr
                ? "« \(path) » est un dossier, pas un fichier de stock."
                : "“\(path)” is a folder, not a store file."
        case .notSQLite(let path):
            return fr
                ? "« \(path) » n'est pas un stock essor (ce n'est pas une base SQLite) : il n'a pas été modifié."
                : "“\(path)” is not an essor store (not an SQLite database): it was left unchanged."
        case .foreignDatabase(let path):
            return fr
                ? "« \(path) » est une base SQLite d'une autre application : essor ne l'a pas modifiée."
                : "“\(path)” is another application's SQLite database: essor left it unchanged."
        case .newerSchema(let path, _):
            return fr
                ? "« \(path) » a été écrit par une version plus récente d'essor : mettez essor à jour."
                : "“\(path)” was written by a newer essor: please update essor."
        case .corrupt(let path, let detail):
            return fr
                ? "« \(path) » est endommagé (\(detail)) : il n'a pas été modifié ; restaurez une sauvegarde."
                : "“\(path)” is damaged (\(detail)): it was left unchanged; restore a backup."
        case .cannotCreateFolder(let path, let reason):
            return fr
                ? "Impossible de créer le dossier « \(path) » : \(fileProblem(reason, fr))."
                : "Cannot create folder “\(path)”: \(fileProblem(reason, fr))."
        case .notWritable(let path, let reason):
            return fr
                ? "Impossible d'écrire dans « \(path) » : \(fileProblem(reason, fr))."
                : "Cannot write to “\(path)”: \(fileProblem(reason, fr))."
        case .locked(let path, let waited):
            let seconds = DecimalFormat.string(waited, lang: fr ? .fr : .en)
            return fr
                ? "« \(path) » est occupé par un autre processus : attendu \(seconds) s sans obtenir la main ; rien n'a été écrit, réessayez."
                : "“\(path)” is busy with another process: waited \(seconds) s without getting it; nothing was written, try again."
        case .file(let problem): return fileError(problem, fr)
        case .missingStore(let path):
            return fr
                ? "Aucun stock à « \(path) ». « essor demo » ouvre le programme de démonstration ; « essor » crée un stock vide."
                : "No store at “\(path)”. “essor demo” opens the demonstration programme; “essor” creates an empty store."
        case .needsMigration(let path):
            return fr
                ? "« \(path) » vient d'une version plus ancienne d'essor : ouvrez-le une fois avec « essor » pour le mettre à jour (les consultations ne modifient jamais le stock)."
                : "“\(path)” comes from an older essor: open it once with “essor” to update it (look-ups never change the store)."
        case .conflict:
            return fr
                ? "Cette fiche a été modifiée ou supprimée par quelqu'un d'autre pendant votre saisie ; vos modifications restent dans le formulaire."
                : "Someone else changed or deleted this record while you were editing; your changes stay in the form."
        case .duplicateSiret(let name):
            return fr ? "Ce SIRET est déjà celui de « \(name) »." : "This SIRET already belongs to “\(name)”."
        case .cannotUndo(.changedSince(let summary)):
            return fr
                ? "Impossible d'annuler : « \(summary) » a été modifié depuis."
                : "Cannot undo: “\(summary)” was changed since."
        case .cannotUndo(.alreadyUndone):
            return fr ? "Cette modification est déjà annulée." : "This change is already undone."
        case .cannotUndo(.nothing):
            return fr ? "Rien à annuler." : "Nothing to undo."
        case .readOnly(let reason):
            return (fr ? "Stock en lecture seule" : "Read-only store") + " (" + readOnlyReason(reason, fr)
                + ")"
                + (fr ? " : rien n'a été écrit." : ": nothing was written.")
        case .constraint(let kind):
            let why: String
            switch kind {
            case .missingReference:
                why =
                    fr ? "une fiche liée n'existe pas ou plus" : "a linked record is not there (or no longer)"
            case .missingValue: why = fr ? "une valeur obligatoire manque" : "a required value is missing"
            case .duplicate: why = fr ? "une valeur est déjà prise" : "a value is already taken"
            case .other:
                why = fr ? "une règle de la base n'est pas respectée" : "a rule of the store is broken"
            }
            return (fr ? "Modification refusée par la base (" : "Change refused by the store (") + why
                + (fr ? ") : rien n'a été écrit." : "): nothing was written.")
        case .invalidRows(let violations):
            return (fr ? "Données refusées, rien n'a été écrit : " : "Data refused, nothing was written: ")
                + violations.prefix(3).map { ScriptStrings.violation($0, fr) }.joined(separator: " ; ")
        case .sqlite(let path, let detail):
            return fr ? "Erreur SQLite sur « \(path) » : \(detail)" : "SQLite error on “\(path)”: \(detail)"
        }
    }

    /// Why a path cannot be read or written as a file.
    static func fileError(_ error: FileError, _ fr: Bool) -> String {
        switch error {
        case .exists(let path):
            return fr
                ? "« \(path) » existe déjà : rien n'a été écrit (--force pour le remplacer)."
                : "“\(path)” already exists: nothing was written (--force to replace it)."
        case .isFolder(let path):
            return fr ? "« \(path) » est un dossier, pas un fichier." : "“\(path)” is a folder, not a file."
        case .special(let path, let kind):
            let what: String
            switch kind {
            case .fifo: what = fr ? "un tube nommé (FIFO)" : "a named pipe (FIFO)"
            case .characterDevice, .blockDevice: what = fr ? "un périphérique" : "a device"
            case .socket: what = fr ? "une socket" : "a socket"
            }
            return fr
                ? "« \(path) » est \(what), pas un fichier ordinaire : essor ne lit et n'écrit que des fichiers ordinaires."
                : "“\(path)” is \(what), not a regular file: essor reads and writes regular files only."
        case .danglingLink(let path, let target, true):
            return fr
                ? "« \(path) » est un lien symbolique vers « \(target) », et ces liens tournent en rond : essor ne le suit pas."
                : "“\(path)” is a symbolic link to “\(target)”, and these links go round in a loop: essor does not follow it."
        case .danglingLink(let path, let target, false):
            return fr
                ? "« \(path) » est un lien symbolique vers « \(target) », qui n'existe pas : essor ne crée pas de fichier au bout d'un lien."
                : "“\(path)” is a symbolic link to “\(target)”, which does not exist: essor does not create files through links."
        case .link(let path):
            return fr
                ? "« \(path) » est un lien symbolique : donnez le chemin du fichier lui-même (rien n'a été écrit)."
                : "“\(path)” is a symbolic link: give the path of the file itself (nothing was written)."
        case .refused(let path, let reason):
            return fr
                ? "Impossible d'écrire « \(path) » : \(fileProblem(reason, fr)) ; rien n'a été écrit."
                : "Cannot write “\(path)”: \(fileProblem(reason, fr)); nothing was written."
        }
    }

    static func readOnlyReason(_ reason: ReadOnlyReason, _ fr: Bool) -> String {
        switch reason {
        case .asked: return fr ? "demandé" : "as asked"
        case .notWritable(let path):
            return fr ? "« \(path) » n'est pas modifiable" : "“\(path)” cannot be written"
        case .newerSchema:
            return fr ? "écrit par une version plus récente d'essor" : "written by a newer essor"
        }
    }

    static func fileProblem(_ problem: FileProblem, _ fr: Bool) -> String {
        switch problem {
        case .notAFolder:
            fr ? "un élément du chemin n'est pas un dossier" : "a part of the path is not a folder"
        case .missing: fr ? "le dossier n'existe pas" : "the folder does not exist"
        case .linkLoop: fr ? "des liens symboliques tournent en rond" : "symbolic links go round in a loop"
        case .nameTooLong: fr ? "nom trop long" : "name too long"
        case .permissionDenied: fr ? "permission refusée" : "permission denied"
        case .readOnlyFileSystem: fr ? "système de fichiers en lecture seule" : "read-only file system"
        case .noSpace: fr ? "disque plein" : "no space left on device"
        case .other(let detail): detail
        }
    }

    /// A word showing a role, for theme previews.
    static func roleSample(_ role: Role, _ fr: Bool) -> String {
        switch role {
        case .title: fr ? "Titre" : "Title"
        case .selection: fr ? "Sélection" : "Selection"
        case .normal: fr ? "Texte" : "Text"
        case .muted: fr ? "discret" : "muted"
        case .accent: fr ? "accent" : "accent"
        case .warning: fr ? "attention" : "warning"
        case .error: fr ? "erreur" : "error"
        case .success: fr ? "succès" : "success"
        case .conflict: fr ? "conflit" : "conflict"
        case .key: fr ? "touche" : "key"
        default: String(describing: role)
        }
    }

    static func icsProblem(_ file: String, _ problem: ICalendarProblem, _ fr: Bool) -> String {
        let place = fr ? "\(file), ligne \(problem.line) : " : "\(file), line \(problem.line): "
        let detail: String
        switch problem.kind {
        case .notUTF8: detail = fr ? "le fichier n'est pas en UTF-8" : "the file is not UTF-8"
        case .noCalendar:
            detail =
                fr
                ? "pas de BEGIN:VCALENDAR : ce n'est pas un fichier iCalendar"
                : "no BEGIN:VCALENDAR: not an iCalendar file"
        case .malformedLine:
            detail = fr ? "ligne illisible (NOM:VALEUR attendu)" : "unreadable line (NAME:VALUE expected)"
        case .unexpectedEnd(let name):
            detail = fr ? "END:\(name) sans BEGIN correspondant" : "END:\(name) without a matching BEGIN"
        case .unclosed(let name): detail = fr ? "BEGIN:\(name) jamais fermé" : "BEGIN:\(name) never closed"
        case .missing(let property):
            detail = fr ? "\(property) manquant dans l'événement" : "\(property) missing from the event"
        case .badDate(let text):
            detail = fr ? "date-heure illisible « \(text) »" : "unreadable date-time “\(text)”"
        case .unknownTimeZone(let name):
            detail = fr ? "fuseau horaire inconnu « \(name) »" : "unknown time zone “\(name)”"
        case .allDay:
            detail =
                fr
                ? "événement sur la journée entière : donnez une heure de début et de fin"
                : "all-day event: give a start and end time"
        case .recurring:
            detail =
                fr
                ? "événement répété (RRULE) : exportez les occurrences une à une"
                : "repeating event (RRULE): export its occurrences one by one"
        case .endBeforeStart: detail = fr ? "la fin précède le début" : "the end is before the start"
        case .badDuration(let text):
            detail =
                fr
                ? "durée illisible ou de plus de 24 h « \(text) »"
                : "unreadable duration, or longer than 24 h “\(text)”"
        case .tooLong(let property, let maximum):
            detail =
                fr
                ? "\(property) de plus de \(FormStrings.number(Double(maximum), fr)) caractères"
                : "\(property) longer than \(FormStrings.number(Double(maximum), fr)) characters"
        case .outOfRange(let text):
            detail = fr ? "date hors de 1900–2199 « \(text) »" : "date outside 1900–2199 “\(text)”"
        case .tooShort(let text):
            detail =
                fr
                ? "l'événement dure moins d'une minute (« \(text) ») : une séance dure de 1 min à 24 h"
                : "the event lasts less than a minute (“\(text)”): a meeting lasts 1 min to 24 h"
        case .controlCharacter(let property):
            detail =
                fr
                ? "caractère de contrôle dans \(property) (un fichier iCalendar n'en contient pas)"
                : "control character in \(property) (an iCalendar file holds none)"
        case .duplicateUID(let uid, let first):
            detail =
                fr
                ? "UID « \(uid) » déjà donné à l'événement de la ligne \(first) : chaque événement a le sien"
                : "UID “\(uid)” already used by the event at line \(first): each event needs its own"
        }
        return place + detail
    }
}
