import Foundation
import Testing

@testable import EssorUI

/// Headless renders of the panels compared with expected screens in
/// `Golden/`. After an intended change of the interface, record them again
/// with `ESSOR_RECORD_GOLDEN=1 swift test --filter GoldenRenderTests` and
/// review the diff like code.
@Suite struct GoldenRenderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let width: Int
        let height: Int
        let keys: [Key]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "cohortes-80x24", width: 80, height: 24, keys: []),
        Case(name: "cohortes-120x40", width: 120, height: 40, keys: [.char("j"), .char("j"), .char("j")]),
        Case(name: "structures-80x24", width: 80, height: 24, keys: [.char("2")]),
        Case(name: "structures-120x40", width: 120, height: 40, keys: [.char("2"), .char("j")]),
        Case(
            name: "structures-filtre-80x24", width: 80, height: 24,
            keys: [.char("2"), .char("/")] + Key.typing("econ")),
        Case(name: "structures-fiche-80x24", width: 80, height: 24, keys: [.char("2"), .char("j"), .enter]),
        Case(
            name: "structures-cohorte-120x40", width: 120, height: 40,
            keys: [.char("j"), .char("j"), .char("j"), .enter]),
        Case(name: "seances-80x24", width: 80, height: 24, keys: [.char("3")]),
        Case(name: "partenaires-120x40", width: 120, height: 40, keys: [.char("4"), .char("G")]),
        Case(name: "aide-80x24", width: 80, height: 24, keys: [.char("?")]),
        Case(
            name: "finances-80x24", width: 80, height: 24,
            keys: [.char("j"), .char("j"), .char("j"), .enter, .char("5"), .char("j"), .char("j")]),
        Case(
            name: "finances-120x40", width: 120, height: 40,
            keys: [.char("j"), .char("j"), .char("j"), .enter, .char("5"), .char("j"), .char("j")]),
        Case(
            name: "budget-projet-120x40", width: 120, height: 40,
            keys: [.char("j"), .char("j"), .char("j"), .enter, .char("5"), .char("m"), .char("j")]),
        Case(
            name: "plan-tresorerie-80x24", width: 80, height: 24,
            keys: [.char("j"), .char("j"), .char("j"), .enter, .char("5"), .char("m"), .char("p")]),
        Case(
            name: "comptes-80x24", width: 80, height: 24,
            keys: [
                .char("j"), .char("j"), .char("j"), .enter, .char("5"), .char("j"), .char("j"), .char("e"),
            ]),
        Case(
            name: "formulaire-erreurs-80x24", width: 80, height: 24,
            keys: [.char("2"), .char("a")] + Key.typing("Atelier Vélo") + [.tab, .tab]
                + Key.typing("123 456 789 00012")
                + [.tab, .tab] + Key.typing("1400") + [.enter]),
        Case(
            name: "formulaire-cohorte-120x40", width: 120, height: 40,
            keys: [.char("j"), .char("j"), .char("e")]),
        Case(name: "suppression-80x24", width: 80, height: 24, keys: [.char("2"), .char("d")]),
        Case(name: "seances-semaine-80x24", width: 80, height: 24, keys: [.char("3"), .char("v")]),
        Case(name: "seances-semaine-120x40", width: 120, height: 40, keys: [.char("3"), .char("v")]),
        Case(name: "seances-mois-80x24", width: 80, height: 24, keys: [.char("3"), .char("v"), .char("v")]),
        Case(
            name: "seances-mois-120x40", width: 120, height: 40,
            keys: [.char("3"), .char("v"), .char("v"), .right, .right, .right, .right]),
        Case(name: "seance-formulaire-120x40", width: 120, height: 40, keys: [.char("3"), .char("e")]),
        Case(name: "emargement-120x40", width: 120, height: 40, keys: [.char("3"), .char("p"), .char("p")]),
        Case(name: "atelier-80x24", width: 80, height: 24, keys: [.char("3"), .char("w")]),
        Case(name: "partenaires-matrice-80x24", width: 80, height: 24, keys: [.char("4"), .char("v")]),
        Case(
            name: "partenaires-matrice-120x40", width: 120, height: 40,
            keys: [.char("4"), .char("v"), .char("j")]),
        Case(name: "mission-formulaire-120x40", width: 120, height: 40, keys: [.char("2"), .char("p")]),
        Case(name: "rapport-80x24", width: 80, height: 24, keys: [.char("6")]),
        Case(
            name: "rapport-120x40", width: 120, height: 40,
            keys: [.char("6"), .char("j"), .char("j"), .char("j")]),
        Case(
            name: "rapport-heures-120x40", width: 120, height: 40,
            keys: [.char("6"), .char("G"), .char("k"), .char("k"), .char("k"), .tab]),
        Case(
            name: "rapport-partenaires-80x24", width: 80, height: 24, keys: [.char("6"), .char("G"), .enter]),
        Case(
            name: "atelier-120x40", width: 120, height: 40,
            keys: [.char("3"), .char("w"), .enter] + Key.typing("Mutualiser la cuisine #legumerie") + [.enter]
                + Key.typing("action: relancer la mairie @Coop des Deux Rives 15/01") + [.enter]
                + Key.typing("décision: créer une SCIC") + [.enter, .escape, .char("+")]),
    ]

    /// Each screen is compared region by region: the tab bar (row 1) with
    /// one shared `tabs-<width>.txt`, everything else (the header, the
    /// body and the status line) with the case's own file. Adding a panel
    /// then rewrites the two tab bars, not every golden.
    @Test(arguments: cases)
    func matchesTheExpectedScreen(_ golden: Case) throws {
        let app = try DemoFixture(width: golden.width, height: golden.height)
        app.controller.press(golden.keys)
        var lines = app.screen.components(separatedBy: "\n")
        let tabs = lines.remove(at: 1) + "\n"
        let screen = lines.joined(separator: "\n") + "\n"
        let file = Self.folder.appendingPathComponent(golden.name + ".txt")
        let tabsFile = Self.folder.appendingPathComponent("tabs-\(golden.width).txt")
        if ProcessInfo.processInfo.environment["ESSOR_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try screen.write(to: file, atomically: true, encoding: .utf8)
            try tabs.write(to: tabsFile, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(screen == expected, "screen differs from Golden/\(golden.name).txt:\n\(screen)")
        let expectedTabs = try String(contentsOf: tabsFile, encoding: .utf8)
        #expect(tabs == expectedTabs, "tab bar differs from Golden/tabs-\(golden.width).txt:\n\(tabs)")
    }

    @Test func everyLineFitsTheTerminal() throws {
        for golden in Self.cases {
            let app = try DemoFixture(width: golden.width, height: golden.height)
            app.controller.press(golden.keys)
            let lines = HeadlessRenderer.lines(app.controller.render())
            #expect(lines.count == golden.height)
            for line in lines { #expect(TextWidth.of(line) <= golden.width, "\(golden.name): \(line)") }
        }
    }
}
