import EssorCore
import Testing

@Suite struct SearchFoldingTests {
    @Test func foldsAccentsCaseAndLigatures() {
        #expect(SearchFolding.fold("Économie") == "economie")
        #expect(SearchFolding.fold("Œuvre Commune") == "oeuvre commune")
        #expect(SearchFolding.fold("ÉNERGIES du PERCHE") == "energies du perche")
        #expect(SearchFolding.fold("Maraîchers d’Yport") == "maraichers d'yport")
        #expect(SearchFolding.fold("Straße") == "strasse")
        #expect(SearchFolding.fold("Ærø") == "aero")
    }

    @Test func foldsDecomposedTextLikeComposed() {
        #expect(SearchFolding.fold("E\u{0301}conomie") == SearchFolding.fold("Économie"))
    }

    @Test func leavesOtherScriptsSearchable() {
        #expect(SearchFolding.fold("東京 Coop") == "東京 coop")
        #expect(SearchFolding.fold("Ελλάδα") == "ελλαδα")
    }

    @Test func queriesMatchAccentInsensitively() {
        #expect(SearchQuery("econ").matches(folded: SearchFolding.fold("Économie Circulaire")))
        #expect(SearchQuery("oeuvre").matches(folded: SearchFolding.fold("Réseau Œuvre Commune")))
        #expect(SearchQuery("ŒUVRE").matches(folded: SearchFolding.fold("reseau oeuvre")))
        #expect(!SearchQuery("econ").matches(folded: SearchFolding.fold("Recyclerie")))
    }

    @Test func everyWordMustMatch() {
        let key = SearchFolding.fold("Coop des Deux Rives Rouen")
        #expect(SearchQuery("rives coop").matches(folded: key))
        #expect(!SearchQuery("rives caen").matches(folded: key))
        #expect(SearchQuery("   ").isEmpty)
        #expect(SearchQuery("").matches(folded: key))
    }

    @Test func knowsWhenAQueryNarrowsAnother() {
        #expect(SearchQuery("econo").narrows(SearchQuery("econ")))
        #expect(SearchQuery("econ caen").narrows(SearchQuery("econ")))
        #expect(!SearchQuery("eco").narrows(SearchQuery("econ")))
        #expect(!SearchQuery("caen").narrows(SearchQuery("econ")))
    }
}
