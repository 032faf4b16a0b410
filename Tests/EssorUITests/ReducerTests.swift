import EssorCore
import EssorStore
import Foundation
import Testing

@testable import EssorUI

@Suite struct NavigationTests {
    @Test func numberKeysSwitchPanels() throws {
        let app = try DemoFixture()
        #expect(app.state.panel == .cohorts)
        app.press(.char("2"))
        #expect(app.state.panel == .structures)
        app.press(.char("4"))
        #expect(app.state.panel == .partners)
        app.press(.char("3"))
        #expect(app.state.panel == .meetings)
        app.press(.char("1"))
        #expect(app.state.panel == .cohorts)
    }

    @Test func movesThroughTheList() throws {
        let app = try DemoFixture()
        app.press(.char("2"))
        let names = app.structureNames
        #expect(app.selectedStructure == names[0])
        app.press(.char("j"), .down)
        #expect(app.selectedStructure == names[2])
        app.press(.char("k"))
        #expect(app.selectedStructure == names[1])
        app.press(.char("G"))
        #expect(app.selectedStructure == names.last)
        #expect(app.state.structures.cursor.offset == names.count - 19)  // 19 rows visible at 80x24
        app.press(.char("g"))
        #expect(app.selectedStructure == names[0])
        app.press(.pageDown)
        #expect(app.selectedStructure == names[19])
        app.press(.pageUp)
        #expect(app.selectedStructure == names[0])
        app.press(.up)
        #expect(app.selectedStructure == names[0])
        app.press(.end, .down)
        #expect(app.selectedStructure == names.last)
    }

    @Test func meetingsOpenOnTheNextOne() throws {
        let app = try DemoFixture()
        app.press(.char("3"))
        let id = try #require(app.state.selectedID(.meetings))
        let meeting = try #require(try app.store.meetingRows([id]).first?.meeting)
        #expect(meeting.title == "Co-construction du modèle économique")
        #expect(meeting.start > DemoFixture.now)
    }
}

@Suite struct FilterTests {
    @Test func filtersAsYouTypeIgnoringAccentsAndCase() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        #expect(app.state.input?.kind == .filter)
        app.type("ECON")
        #expect(app.structureNames == ["Économie Circulaire Pays d'Auge"])
        app.press(.backspace, .backspace, .backspace, .backspace)
        #expect(app.structureNames.count == 21)
        app.type("oeuvre")
        #expect(app.structureNames == ["Réseau Œuvre Commune"])
        app.press(.enter)
        #expect(app.state.input == nil)
        #expect(app.state.structures.filter == "oeuvre")
        app.press(.escape)
        #expect(app.state.structures.filter.isEmpty)
        #expect(app.structureNames.count == 21)
    }

    @Test func matchesEveryWordAnywhere() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        app.type("dieppe scic")
        #expect(app.structureNames == ["Nettoyage Coopératif de Dieppe"])
        app.press(.ctrl("w"))
        #expect(app.state.input?.text == "dieppe ")
        #expect(app.structureNames.count == 2)
        app.press(.ctrl("u"))
        #expect(app.state.input?.text == "")
    }

    @Test func arrowsMoveWhileTypingAndEscapeCancels() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        app.type("les")
        let names = app.structureNames
        #expect(names.count >= 3)
        app.press(.down)
        #expect(app.selectedStructure == names[1])
        #expect(app.state.input?.text == "les")
        app.press(.escape)
        #expect(app.state.input == nil && app.state.structures.filter.isEmpty)
    }

    @Test func sayNothingMatches() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        app.type("zzzz")
        #expect(app.structureNames.isEmpty)
        #expect(app.screen.contains("Rien ne correspond à « zzzz »"))
    }

    @Test func sortCyclesAndKeepsTheSelection() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .down, .down)
        let selected = app.selectedStructure
        app.press(.char("s"))
        #expect(app.state.sort == .town)
        #expect(app.selectedStructure == selected)
        let towns = try app.store.structureRows(app.state.structures.visible).map {
            SearchFolding.fold($0.town)
        }
        #expect(towns == towns.sorted())
        #expect(app.screen.contains("tri : ville"))
        app.press(.char("s"), .char("s"), .char("s"))
        #expect(app.state.sort == .name)
    }
}

@Suite struct ScopeTests {
    @Test func enterOnACohortScopesTheOtherPanels() throws {
        let app = try DemoFixture()
        app.press(.down, .enter)
        let cohort = try #require(app.state.scopeName)
        #expect(cohort == "Filières de la transition écologique")
        #expect(app.state.panel == .structures)
        #expect(app.structureNames.count == 7)
        #expect(app.screen.contains("Cohorte : Filières de la transition écologique"))
        app.press(.char("3"))
        #expect(app.state.meetings.visible.count == 7)
        app.press(.char("4"))
        #expect(app.state.partners.visible.count == 3)
        app.press(.char("*"))
        #expect(app.state.scope == nil)
        #expect(app.state.partners.visible.count == 4)
    }

    @Test func escapeClearsDetailThenFilterThenScope() throws {
        let app = try DemoFixture()
        app.press(.enter)  // scope: Numérique
        app.press(.char("/"))
        app.type("coop")
        app.press(.enter, .enter)
        #expect(app.state.structures.focus == .detail)
        app.press(.escape)
        #expect(app.state.structures.focus == .list && app.state.structures.filter == "coop")
        app.press(.escape)
        #expect(app.state.structures.filter.isEmpty && app.state.scope != nil)
        app.press(.escape)
        #expect(app.state.scope == nil)
    }

    @Test func commandLineScopesByName() throws {
        let app = try DemoFixture()
        app.press(.char(":"))
        app.type("cohorte exemple")
        app.press(.enter)
        #expect(app.state.scopeName == "Exemple — Alimentation durable")
        app.press(.char(":"))
        app.type("cohorte")
        app.press(.enter)
        #expect(app.state.message?.text == "Nom de cohorte attendu : :cohorte NOM")
        app.press(.char(":"))
        app.type("tout")
        app.press(.enter)
        #expect(app.state.scope == nil)
        app.press(.char(":"))
        app.type("bidule")
        app.press(.enter)
        #expect(app.state.message?.isError == true)
        #expect(app.screen.contains("Commande inconnue : bidule"))
        app.press(.char(":"))
        app.type("q")
        #expect(app.press(.enter) == [.quit])
    }
}

@Suite struct DetailTests {
    @Test func enterOpensAFullScreenDetailAt80Columns() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        app.type("deux rives")
        app.press(.enter, .enter)
        let screen = app.screen
        #expect(screen.contains("Structures ▸ Coop des Deux Rives"))
        #expect(screen.contains("Problématique"))
        #expect(screen.contains("Camille Roussel"))
        app.press(.char("j"))
        #expect(app.state.structures.detailCursor == 1)
        #expect(app.state.structures.detailScroll == 0)
        app.press(.char("G"))
        let bottom = app.state.structures.detailCursor
        #expect(app.state.structures.detailScroll > 0)  // the view follows the cursor
        app.press(.char("j"))
        #expect(app.state.structures.detailCursor == bottom)  // clamped at the end
        app.press(.char("g"))
        #expect(app.state.structures.detailCursor == 0 && app.state.structures.detailScroll == 0)
        app.press(.escape)
        #expect(!app.screen.contains("Problématique"))
    }

    @Test func wideTerminalsShowTheDetailBesideTheList() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("2"))
        #expect(app.screen.contains("Problématique"))
        app.press(.tab)
        #expect(app.state.structures.focus == .detail)
        app.press(.tab)
        #expect(app.state.structures.focus == .list)
    }

    @Test func resizingKeepsTheSelection() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("G"))
        let selected = app.selectedStructure
        app.controller.resize(Size(width: 120, height: 40))
        #expect(app.selectedStructure == selected)
        #expect(app.state.structures.cursor.offset == 0)
        app.controller.resize(Size(width: 60, height: 12))
        #expect(app.selectedStructure == selected)
        #expect(app.screen.contains(selected!.prefix(10)))
    }

    @Test func tinyTerminalsSaySoAndStillQuit() throws {
        let app = try DemoFixture(width: 20, height: 5)
        #expect(app.screen.contains("Terminal trop"))
        #expect(app.press(.char("2")).isEmpty)
        #expect(app.state.panel == .cohorts)
        #expect(app.press(.char("q")) == [.quit])
        app.controller.resize(Size(width: 1, height: 1))
        _ = app.screen
        app.controller.resize(Size(width: 0, height: 0))
        _ = app.screen
    }
}

@Suite struct HelpTests {
    @Test func helpListsEveryBindingFromTheKeymap() throws {
        let app = try DemoFixture(width: 100, height: 60)
        app.press(.char("?"))
        #expect(app.state.overlay == .help(scroll: 0))
        let lines = HelpContent.lines(app.state)
        for binding in Keymap.standard.bindings {
            let description = Strings.text(binding.help, .fr)
            #expect(
                lines.contains {
                    if case .field(_, let text, _) = $0 {
                        return text.hasPrefix(description)
                    } else {
                        return false
                    }
                }, "\(binding.command) in \(binding.context)")
        }
        app.press(.pageDown)
        if case .help(let scroll) = app.state.overlay { #expect(scroll > 0) }
        app.press(.char("q"))
        #expect(app.state.overlay == nil)
        #expect(app.state.panel == .cohorts)  // q closed the help, it did not quit
    }

    @Test func statusHintsComeFromTheKeymap() throws {
        let app = try DemoFixture()
        app.press(.char("2"))
        let status = app.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.contains("s trier"))
        #expect(status.contains("/ filtrer"))
        #expect(status.contains("? aide"))
    }
}

@Suite struct LiveRefreshTests {
    @Test func changesFromAnotherProcessAppearAndKeepTheSelection() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .down, .down)
        let selected = app.selectedStructure
        let other = try Store.open(path: app.store.path)
        try other.transaction {
            try $0.insert(Structure(id: 0, name: "Aaa Nouvelle Structure", legalForm: .scic))
        }
        #expect(app.controller.tick(now: DemoFixture.now + 1))
        #expect(app.structureNames.first == "Aaa Nouvelle Structure")
        #expect(app.selectedStructure == selected)
        #expect(app.screen.contains("Données mises à jour"))
        #expect(!app.controller.tick(now: DemoFixture.now + 2))
    }
}

@Suite struct EnglishTests {
    @Test func speaksEnglishWhenAsked() throws {
        let app = try DemoFixture(lang: .en)
        let screen = app.screen
        #expect(screen.contains("1 Cohorts"))
        #expect(screen.contains("All cohorts"))
        #expect(screen.contains("finished"))
        app.press(.char("2"))
        #expect(app.screen.contains("sort: name"))
    }
}

@Suite struct LayoutTests {
    @Test func zGivesTheWholeWidthToTheList() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("2"))
        #expect(app.screen.contains("Problématique"))
        app.press(.char("z"))
        #expect(!app.screen.contains("Problématique"))
        #expect(app.screen.contains("Cohortes"))  // the last column has room again
        app.press(.enter)
        #expect(app.screen.contains("Problématique"))  // Enter still opens the detail
        app.press(.escape, .char("z"))
        #expect(app.screen.contains("Problématique"))
    }
}

@Suite struct PrefetchTests {
    @Test func buildsFilterIndexesInTheBackground() throws {
        let app = try DemoFixture()
        #expect(app.state.searchIndexes[.structures] == nil)
        app.controller.prefetchSearchIndexes()
        let deadline = Date().addingTimeInterval(10)
        while app.state.searchIndexes[.structures] == nil || app.state.searchIndexes[.meetings] == nil,
            Date() < deadline
        {
            app.controller.collectPrefetched()
            usleep(5_000)
        }
        #expect(app.state.searchIndexes[.structures]?.count == 21)
        #expect(app.state.searchIndexes[.meetings]?.count == 31)
        app.press(.char("2"), .char("/"))
        app.type("econ")
        #expect(app.structureNames == ["Économie Circulaire Pays d'Auge"])
    }

    @Test func buildsThemAgainAfterTheSessionsOwnSave() throws {
        let app = try DemoFixture()
        func waitForIndex() {
            let deadline = Date().addingTimeInterval(10)
            while app.state.searchIndexes[.structures] == nil, Date() < deadline {
                app.controller.prefetchSearchIndexes()
                app.controller.collectPrefetched()
                usleep(5_000)
            }
        }
        waitForIndex()
        let before = try #require(app.state.searchIndexes[.structures])
        app.press(.char("2"), .char("a"))
        app.type("Nouvelle Recyclerie")
        app.press(.ctrl("s"))
        #expect(app.state.searchIndexes[.structures] == nil)  // the save made it stale
        waitForIndex()
        let after = try #require(app.state.searchIndexes[.structures])
        #expect(after !== before && after.count == 22)
    }
}
