import Foundation
import Testing

@testable import EssorCore

@Suite struct LocalizationTests {
    @Test func theEmbeddedCatalogueIsReadWhole() {
        let catalogue = Localization.french
        #expect(catalogue.problems.isEmpty)
        #expect(catalogue.messages.count > 900)
        #expect(catalogue.plural.form(0) == 0)
        #expect(catalogue.plural.form(1) == 0)
        #expect(catalogue.plural.form(2) == 1)
    }

    /// « stock » reads as inventory to a French user: the store is « la
    /// base » everywhere. Inventory itself appears once, in the accounts'
    /// « stocks et créances ».
    @Test func theStoreIsNeverCalledAStockInFrench() {
        for (id, forms) in Localization.french.messages {
            for text in forms {
                let words = text.lowercased().replacingOccurrences(of: "stocks et créances", with: "")
                    .split { !$0.isLetter }
                #expect(!words.contains("stock") && !words.contains("stocks"), "\(id): \(text)")
            }
        }
    }

    @Test func frenchComesFromTheCatalogueAndEnglishIsTheSource() {
        #expect(tr("All cohorts", true) == "Toutes les cohortes")
        #expect(tr("All cohorts", false) == "All cohorts")
        #expect(tr("Cohort: %s", true, "Exemple") == "Cohorte : Exemple")
        #expect(tr("Cohort: %s", false, "Exemple") == "Cohort: Exemple")
        // Not in the catalogue: the English shows, never an empty text.
        #expect(tr("No such message %s", true, 3) == "No such message 3")
    }

    @Test func aContextTellsTwoFrenchTextsApart() {
        #expect(trc("cohort", "Status", true) == "Statut")
        #expect(trc("assignment", "Status", true) == "État")
        #expect(trc("assignment", "done", true) == "terminée")
        #expect(trc("agenda item", "done", true) == "faite")
    }

    @Test func pluralsFollowEachLanguagesRule() {
        #expect(trn("%d meeting", "%d meetings", 0, true) == "0 séance")
        #expect(trn("%d meeting", "%d meetings", 1, true) == "1 séance")
        #expect(trn("%d meeting", "%d meetings", 2, true) == "2 séances")
        #expect(trn("%d meeting", "%d meetings", 0, false) == "0 meetings")
        #expect(trn("%d meeting", "%d meetings", 1, false) == "1 meeting")
        #expect(trn("%d change by %s", "%d changes by %s", 3, true, "Ana") == "3 modifications par Ana")
    }

    @Test func placeholdersAreFilledInTheTranslationsOrder() {
        #expect(PlaceholderFormat.fill("%1$s then %2$s", ["a", "b"]) == "a then b")
        #expect(PlaceholderFormat.fill("%2$s avant %1$s", ["a", "b"]) == "b avant a")
        #expect(PlaceholderFormat.fill("%s et %s", ["a", "b"]) == "a et b")
        #expect(PlaceholderFormat.fill("80 %% de %d", ["5"]) == "80 % de 5")
        // A placeholder without its argument stays visible rather than crash.
        #expect(PlaceholderFormat.fill("%s et %s", ["a"]) == "a et %s")
        #expect(PlaceholderFormat.fill("%9$s", []) == "%9$s")
        // A lone percent sign or an unknown directive is kept as written.
        #expect(PlaceholderFormat.fill("50 % %x", []) == "50 % %x")
        #expect(PlaceholderFormat.fill("fin %", []) == "fin %")
        // An argument's own percent signs are not read again.
        #expect(PlaceholderFormat.fill("%s", ["%s %d 100 %"]) == "%s %d 100 %")
    }

    @Test func pluralRulesOfOtherLanguagesParse() throws {
        let polish = try #require(
            PluralRule("(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"))
        #expect([1, 2, 5, 12, 22, 25, 112].map(polish.form) == [0, 1, 2, 2, 1, 2, 2])
        let english = try #require(PluralRule("(n != 1)"))
        #expect([0, 1, 2].map(english.form) == [1, 0, 1])
        let russian = try #require(
            PluralRule("(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"))
        #expect([1, 11, 21, 3, 13, 5].map(russian.form) == [0, 2, 0, 1, 2, 2])
        #expect(PluralRule("!n")?.form(0) == 1)
        #expect(PluralRule("n / 0")?.form(5) == 0)
        for bad in ["", "n >", "(n", "n ? 1", "x", "n = 1", "n ! 1", "1 2"] {
            #expect(PluralRule(bad) == nil, "\(bad)")
        }
    }

    @Test func aCatalogueIsReadAsGettextWritesIt() {
        let po = #"""
            # comment
            msgid ""
            msgstr ""
            "Language: fr\n"
            "Plural-Forms: nplurals=2; plural=(n > 1);\n"

            #: Sources/x.swift:1
            msgid "Hello"
            msgstr "Bonjour"

            msgctxt "door"
            msgid "Open"
            msgstr "Ouverte"

            msgid "long"
            msgstr ""
            "une "
            "phrase \"citée\"\n"

            #, fuzzy
            msgid "Guess"
            msgstr "Devinette"

            msgid "Empty"
            msgstr ""

            msgid "%d file"
            msgid_plural "%d files"
            msgstr[0] "%d fichier"
            msgstr[1] "%d fichiers"

            #~ msgid "Old"
            #~ msgstr "Ancien"
            """#
        let catalogue = POCatalogue(text: po)
        #expect(catalogue.problems.isEmpty)
        #expect(catalogue.messages["Hello"] == ["Bonjour"])
        #expect(catalogue.messages["door\u{4}Open"] == ["Ouverte"])
        #expect(catalogue.messages["Open"] == nil)
        #expect(catalogue.messages["long"] == ["une phrase \"citée\"\n"])
        #expect(catalogue.messages["Guess"] == nil)
        #expect(catalogue.messages["Empty"] == nil)
        #expect(catalogue.messages["Old"] == nil)
        #expect(catalogue.messages["%d file"] == ["%d fichier", "%d fichiers"])
        #expect(catalogue.plural.form(1) == 0)
    }

    @Test func aBrokenCatalogueSaysWhereAndKeepsTheRest() {
        let catalogue = POCatalogue(
            text:
                "msgid \"A\"\nmsgstr \"a\"\n\nmsgid \"B\nmsgstr \"b\"\n\nbogus line\n\nmsgid \"C\"\nmsgstr \"c\"\n"
        )
        #expect(catalogue.messages["A"] == ["a"])
        #expect(catalogue.messages["C"] == ["c"])
        #expect(catalogue.problems.count == 2)
    }

    @Test func thePseudoLocaleIsLongerAndMarked() {
        let text = Localization.$pseudoLocale.withValue(true) { tr("All cohorts", false) }
        #expect(text.hasPrefix("⟦Toutes les cohortes"))
        #expect(text.hasSuffix("⟧"))
        #expect(text.count >= Int(Double("Toutes les cohortes".count) * 1.4))
        #expect(tr("All cohorts", false) == "All cohorts")
    }
}
