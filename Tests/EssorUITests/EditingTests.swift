import EssorCore
import EssorStore
import Testing

@testable import EssorUI

/// Editing through the controller: key sequences in, store and screen checked.
@Suite struct EditingTests {
    /// Focuses the structure form's field `key` with Tab presses from the top.
    func go(to key: StructureDraft.Field, in app: DemoFixture) {
        while let form = app.state.form, form.focused.key != .structure(key) { app.press(.tab) }
    }

    @Test func addsAStructureAfterFixingItsSiret() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("a"))
        #expect(app.state.form?.title == "Nouvelle structure")
        app.type("Atelier Vélo Solidaire")
        go(to: .siret, in: app)
        app.type("123 456 789 00012")
        app.press(.enter)
        let form = try #require(app.state.form)
        #expect(form.focused.key == .structure(.siret))
        #expect(form.shownIssue(.structure(.siret)) == .siret(.checksum))
        #expect(app.screen.contains("SIRET invalide : la clé de contrôle ne correspond pas"))
        #expect(app.state.message?.text == "Un champ est à corriger : rien n'a été enregistré.")
        #expect(app.allStructures.count == 21)  // nothing reached the store

        app.press(.ctrl("u"))
        app.type("732 829 320 00074")
        go(to: .postcode, in: app)
        app.type("14000")
        app.press(.enter)
        #expect(app.state.form == nil)
        #expect(app.state.message?.text == "Enregistré : « Atelier Vélo Solidaire »")
        #expect(app.selectedStructure == "Atelier Vélo Solidaire")
        let id = try #require(app.state.selectedID(.structures))
        let saved = try #require(try app.store.structureRecord(id: id))
        #expect(saved.structure.siret == "73282932000074" && saved.structure.departement == "14")
        app.press(.char("/"))
        app.type("velo sol")
        #expect(app.structureNames == ["Atelier Vélo Solidaire"])
    }

    @Test func refusesADuplicateSiretOnTheField() throws {
        let app = try DemoFixture()
        let other = try #require(try app.store.structureRecord(id: app.allStructures[0].id))
        app.press(.char("2"), .char("a"))
        app.type("Doublon")
        go(to: .siret, in: app)
        app.type(other.structure.siret)
        app.press(.enter)
        let form = try #require(app.state.form)
        #expect(form.shownIssue(.structure(.siret)) == .duplicateSiret(otherName: other.structure.name))
        #expect(form.focused.key == .structure(.siret))
        app.press(.backspace)
        #expect(
            app.state.form?.shownIssue(.structure(.siret)) != .duplicateSiret(otherName: other.structure.name)
        )
    }

    @Test func editsTheSelectedStructure() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        app.type("velos en seine")
        app.press(.enter, .char("e"))
        #expect(app.state.form?.title == "Modifier « Vélos en Seine »")
        #expect(app.state.form?.isDirty == false)
        go(to: .town, in: app)
        app.press(.ctrl("u"))
        app.type("Rouen")
        #expect(app.state.form?.isDirty == true)
        app.press(.ctrl("s"))
        #expect(app.state.form == nil)
        let id = try #require(app.state.selectedID(.structures))
        #expect(try app.store.structureRecord(id: id)?.structure.town == "Rouen")
        #expect(try app.store.structureRecord(id: id)?.version == 2)
    }

    @Test func enterOnADetailLineEditsThatField() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("2"), .tab)
        let rows = app.state.detailRows(
            .structures, width: app.state.panelLayout(.structures).detailTextWidth)
        let sector = try #require(rows.firstIndex { $0.key == .structure(.sector) })
        for _ in 0..<sector { app.press(.char("j")) }
        app.press(.enter)
        #expect(app.state.form?.focused.key == .structure(.sector))
    }

    @Test func deletesAfterConfirmingAndUndoes() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        app.type("bessin")
        app.press(.enter, .char("d"))
        let dialog = try #require(app.state.dialog)
        #expect(dialog.title == "Supprimer la structure « Épicerie Solidaire du Bessin » ?")
        #expect(dialog.lines.contains("Elle sera retirée de : Exemple — Alimentation durable."))
        #expect(dialog.lines.contains { $0.contains("lignes d'émargement") })
        #expect(app.screen.contains("Entrée ou o : oui"))
        app.press(.char("n"))
        #expect(app.state.dialog == nil && app.structureNames.count == 1)
        app.press(.char("d"), .char("o"))
        #expect(app.structureNames.isEmpty)
        #expect(app.state.message?.text == "Supprimé : « Épicerie Solidaire du Bessin » — u pour annuler")
        app.press(.escape, .char("u"))
        #expect(app.state.message?.text == "Annulé : suppression de « Épicerie Solidaire du Bessin »")
        #expect(app.selectedStructure == "Épicerie Solidaire du Bessin")
        #expect(app.allStructures.count == 21)
        app.press(.char("u"))
        #expect(app.state.message?.text == "Rien à annuler.")
    }

    @Test func contactsAreEditedInTheirOwnForm() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("a"))
        app.type("Nouvelle Coop")
        go(to: .contacts, in: app)
        #expect(app.screen.contains("aucun contact — + pour en ajouter"))
        app.press(.char("+"))
        #expect(app.state.subform?.title == "Nouveau contact")
        app.type("Léa Martin")
        app.press(.tab, .tab)
        app.type("lea@")
        app.press(.enter)
        #expect(app.state.subform?.shownIssue(.contact(.email)) == .email)
        app.type("coop.example")
        app.press(.enter)
        #expect(app.state.subform == nil)
        guard case .contacts(let contacts, _)? = app.state.form?.focused.value else {
            Issue.record("contacts field expected")
            return
        }
        #expect(contacts.map(\.name) == ["Léa Martin"])
        #expect(app.screen.contains("Léa Martin · lea@coop.example"))
        app.press(.char("-"))
        guard case .contacts(let after, _)? = app.state.form?.focused.value else { return }
        #expect(after.isEmpty)
    }

    @Test func togglesCohortMemberships() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        app.type("clic")
        app.press(.enter, .char("e"))
        go(to: .cohorts, in: app)
        app.press(.down, .char(" "))  // second cohort: Filières de la transition écologique
        app.press(.ctrl("s"))
        let id = try #require(app.state.selectedID(.structures))
        #expect(try app.store.structureRecord(id: id)?.cohortIDs.count == 2)
        #expect(app.allStructures.first { $0.id == id }?.cohortNames.count == 2)
    }

    @Test func addsACohortWithMembersFromThePicker() throws {
        let app = try DemoFixture()
        app.press(.char("a"))
        #expect(app.state.form?.title == "Nouvelle cohorte")
        app.type("Mobilités douces")
        app.press(.tab)
        app.type("Mobilités")  // a theme of one's own
        app.press(.tab)
        app.type("01/09/2027")
        app.press(.tab)
        app.type("31/08/2027")
        app.press(.ctrl("s"))
        #expect(app.state.form?.shownIssue(.cohort(.end)) == .endBeforeStart)
        #expect(app.state.form?.focused.key == .cohort(.end))
        app.press(.ctrl("u"))
        app.type("2028-06-30")
        while app.state.form?.focused.key != .cohort(.members) { app.press(.tab) }
        app.press(.char("+"))
        #expect(app.state.picker != nil)
        app.type("velo")
        #expect(app.state.picker?.visible.count == 1)
        app.press(.enter)
        #expect(app.state.picker == nil)
        app.press(.enter)
        #expect(app.state.form == nil)
        let row = try #require(app.allCohorts.first { $0.cohort.name == "Mobilités douces" })
        #expect(row.cohort.theme == "Mobilités")
        #expect(row.cohort.endDate == LocalDate(year: 2028, month: 6, day: 30))
        #expect(row.structureCount == 1)
    }

    @Test func asksBeforeDiscardingWhatWasTyped() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("a"), .escape)
        #expect(app.state.form == nil)  // nothing typed: closes at once
        app.press(.char("a"))
        app.type("Brouillon")
        app.press(.escape)
        #expect(app.state.dialog?.title == "Abandonner les modifications ?")
        app.press(.escape)
        #expect(app.state.form?.text(.structure(.name)) == "Brouillon")
        app.press(.escape, .enter)
        #expect(app.state.form == nil)
        #expect(app.allStructures.count == 21)
    }

    /// Someone else saves the structure (sector and town) while this
    /// form is open; here the sector and the website are typed.
    func conflictingSave() throws -> (DemoFixture, StructureID, String) {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("2"), .char("e"))
        let id = try #require(app.state.selectedID(.structures))
        let other = try Store.open(path: app.store.path)
        var record = try #require(try other.structureRecord(id: id))
        let town = record.structure.town
        record.structure.sector = "Changé ailleurs"
        record.structure.town = "Ville d'ailleurs"
        try other.save(record, by: ChangeAuthor(name: "camille", session: "x"), at: 1)
        go(to: .sector, in: app)
        app.press(.ctrl("u"))
        app.type("Mon secteur")
        go(to: .website, in: app)
        app.press(.ctrl("u"))
        app.type("https://mon-site.example")
        app.press(.enter)
        return (app, id, town)
    }

    @Test func aConflictingSaveShowsBothVersionsFieldByField() throws {
        let (app, id, town) = try conflictingSave()
        let merge = try #require(app.state.merge)
        #expect(app.state.form?.text(.structure(.sector)) == "Mon secteur")
        #expect(merge.author == "camille")
        let byLabel = Dictionary(uniqueKeysWithValues: merge.fields.map { ($0.label, $0) })
        // Both changed the sector: the user's value, flagged; only the
        // other changed the town: theirs; only the user the website: mine.
        #expect(byLabel["Secteur"]?.bothChanged == true && byLabel["Secteur"]?.keepMine == true)
        #expect(byLabel["Ville"]?.keepMine == false && byLabel["Ville"]?.mine == town)
        #expect(byLabel["Site web"]?.keepMine == true && byLabel["Site web"]?.bothChanged == false)
        let screen = app.screen
        #expect(screen.contains("Modifiée par ailleurs"))
        #expect(screen.contains("camille"))
        #expect(screen.contains("Changé ailleurs") && screen.contains("Mon secteur"))
        #expect(screen.contains("Ville d'ailleurs"))
        // Nothing was written over the other save.
        #expect(try app.store.structureRecord(id: id)?.structure.sector == "Changé ailleurs")
    }

    @Test func mergingKeepsBothPeoplesChanges() throws {
        let (app, id, _) = try conflictingSave()
        app.press(.enter)  // the preset merge
        #expect(app.state.merge == nil)
        #expect(app.state.form?.text(.structure(.town)) == "Ville d'ailleurs")
        app.press(.enter)  // save
        #expect(app.state.form == nil)
        let saved = try #require(try app.store.structureRecord(id: id))
        #expect(saved.structure.sector == "Mon secteur")
        #expect(saved.structure.town == "Ville d'ailleurs")
        #expect(saved.structure.website == "https://mon-site.example")
        #expect(saved.version == 3)
    }

    @Test func takingTheOtherVersionOrCancelling() throws {
        let (app, id, _) = try conflictingSave()
        app.press(.char("a"), .enter, .enter)
        let saved = try #require(try app.store.structureRecord(id: id))
        #expect(saved.structure.sector == "Changé ailleurs")
        #expect(saved.structure.website != "https://mon-site.example")

        let (second, _, _) = try conflictingSave()
        second.press(.escape)
        // Back in the form, typed values intact, still unsaved.
        #expect(second.state.merge == nil)
        #expect(second.state.form?.text(.structure(.sector)) == "Mon secteur")
    }

    @Test func aRecordDeletedMeanwhileCanBeSavedAsNew() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("e"))
        let id = try #require(app.state.selectedID(.structures))
        let count = app.allStructures.count
        let other = try Store.open(path: app.store.path)
        try other.delete(.structure, id: id, by: ChangeAuthor(name: "camille", session: "x"), at: 1)
        go(to: .sector, in: app)
        app.type(" !")
        app.press(.enter)
        #expect(app.state.message?.isError == true)
        #expect(app.state.message?.text.contains("supprimée par ailleurs") == true)
        app.press(.enter)
        #expect(app.state.form == nil)
        #expect(app.allStructures.count == count)
    }

    @Test func helpListsTheFormKeys() throws {
        let app = try DemoFixture(width: 100, height: 200)
        app.press(.char("2"), .char("a"), .function(1))
        let help = app.screen
        #expect(help.contains("Formulaires"))
        #expect(help.contains("Ctrl-K"))
        #expect(help.contains("Alt-b"))
    }
}
