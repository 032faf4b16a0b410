import EssorCore
import Testing

@Suite struct SiretTests {
    @Test(arguments: [
        "73282932000074", "44306184100047", "813 136 900 00012", "813\u{00A0}136\u{00A0}900\u{00A0}00012",
    ])
    func acceptsValidNumbers(_ siret: String) {
        #expect(Siret.problem(siret) == nil)
        #expect(Siret.isValid(siret))
    }

    @Test func explainsWhatIsWrong() {
        #expect(Siret.problem("73282932000075") == .checksum)
        #expect(Siret.problem("7328293200007") == .wrongLength(13))
        #expect(Siret.problem("732829320000741") == .wrongLength(15))
        #expect(Siret.problem("7328293200007A") == .notDigits)
        #expect(Siret.problem("") == .wrongLength(0))
    }

    @Test func laPosteFollowsTheDigitSumRule() {
        // SIREN 356 000 000: digits must add up to a multiple of 5.
        #expect(Siret.isValid("35600000000001"))
        #expect(!Siret.isValid("35600000000002"))
    }

    @Test func formatsAndExtractsSiren() {
        #expect(Siret.formatted("73282932000074") == "732 829 320 00074")
        #expect(Siret.siren("732 829 320 00074") == "732829320")
        #expect(Siret.formatted("123") == "123")
    }

    @Test func completesCheckDigits() {
        let siren = Siret.appendingCheckDigit("81234500")
        #expect(siren.count == 9)
        let siret = Siret.appendingCheckDigit(siren + "0001")
        #expect(Siret.isValid(siret))
    }
}

@Suite struct DepartementTests {
    @Test func findsTheDepartementOfAPostcode() {
        #expect(Departement.code(forPostcode: "14000") == "14")
        #expect(Departement.code(forPostcode: "76 600") == "76")
        #expect(Departement.code(forPostcode: "20000") == "2A")
        #expect(Departement.code(forPostcode: "20200") == "2B")
        #expect(Departement.code(forPostcode: "97400") == "974")
        #expect(Departement.code(forPostcode: "1400") == nil)
        #expect(Departement.code(forPostcode: "14OOO") == nil)
    }

    @Test func namesNormandy() {
        #expect(Departement.normandy.map(\.code) == ["14", "27", "50", "61", "76"])
        #expect(Departement.name("61") == "Orne")
        #expect(Departement.name("75") == nil)
        #expect(Departement.isNormandy("50"))
    }
}
