import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor snapshot`: prints one screen of a panel as text, without a
/// terminal, and exits (for scripts, mails, and timing the first frame).
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: tr("Prints a panel as text, without the full-screen interface.", HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("cohortes, structures, seances, partenaires, finances or rapport.", HelpLanguage.fr)))
    var panel: String = "cohortes"

    @Option(name: .long, help: ArgumentHelp(tr("Screen size, WIDTHxHEIGHT.", HelpLanguage.fr)))
    var size: String = "80x24"

    @Option(name: .long, help: ArgumentHelp(tr("Filter applied to the panel.", HelpLanguage.fr)))
    var filter: String?

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            guard let screen = Self.parseSize(size) else { throw Failure(.badSize(size), lang: lang) }
            guard let target = Self.parsePanel(panel) else { throw Failure(.badPanel(panel), lang: lang) }
            let store = try Store.openReadOnly(path: global.storePath)
            let controller = try AppController(
                store: store, lang: lang, size: screen, now: Launcher.now, home: global.environment["HOME"],
                panel: target)
            if let filter {
                controller.press(.char("/"))
                controller.press(Key.typing(filter))
                controller.press(.enter)
            }
            controller.waitForReport()
            let utf8 =
                ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { global.environment[$0] }
                .first { !$0.isEmpty }.map { $0.lowercased().contains("utf") } ?? false
            Console.document(
                HeadlessRenderer.text(controller.render(glyphs: utf8 ? .unicode : .ascii)) + "\n")
        }
    }

    static func parseSize(_ text: String) -> Size? {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0, w <= 1000,
            h <= 1000
        else { return nil }
        return Size(width: w, height: h)
    }

    static func parsePanel(_ text: String) -> PanelID? {
        switch SearchFolding.fold(text) {
        case "cohortes", "cohorts", "1": .cohorts
        case "structures", "organisations", "2": .structures
        case "seances", "meetings", "3": .meetings
        case "partenaires", "partners", "4": .partners
        case "finances", "5": .finances
        case "rapport", "report", "6": .report
        default: nil
        }
    }
}
