import EssorCore
import Testing

@Suite struct ValidatorTests {
    @Test(arguments: ["camille@coop.fr", "a.b-c@sub.domaine.org", "x@y.example"])
    func acceptsEmails(_ email: String) { #expect(Validators.isEmail(email)) }

    @Test(arguments: [
        "camille", "camille@", "@coop.fr", "a@b", "a b@coop.fr", "a@@coop.fr", "a@coop..fr", "a@.fr",
    ])
    func rejectsEmails(_ email: String) { #expect(!Validators.isEmail(email)) }

    @Test(arguments: [
        "02 31 00 00 00", "0231000000", "06.39.98.10.02", "06-39-98-10-02", "+33 6 39 98 10 02",
        "+33 (0)2 31 00 00 00",
    ])
    func acceptsFrenchPhones(_ phone: String) { #expect(Validators.isFrenchPhone(phone)) }

    @Test(arguments: [
        "02 31 00 00", "12 31 00 00 00", "+33 02 31 00 00 00", "+44 20 7946 0000", "02 31 00 00 0A", "",
    ])
    func rejectsOtherPhones(_ phone: String) { #expect(!Validators.isFrenchPhone(phone)) }

    @Test func readsBothDateForms() {
        #expect(Validators.date("15/03/2027") == LocalDate(year: 2027, month: 3, day: 15))
        #expect(Validators.date("2027-03-15") == LocalDate(year: 2027, month: 3, day: 15))
        #expect(Validators.date(" 1/2/2027 ") == LocalDate(year: 2027, month: 2, day: 1))
        #expect(Validators.date("31/04/2027") == nil)
        #expect(Validators.date("15 mars 2027") == nil)
    }

    @Test func checksPostcodes() {
        #expect(Validators.isPostcode("14000"))
        #expect(Validators.isPostcode("76 600"))
        #expect(!Validators.isPostcode("1400"))
        #expect(!Validators.isPostcode("14 0000"))
        #expect(!Validators.isPostcode("CAEN1"))
    }
}

@Suite struct StructureDraftTests {
    func draft(_ edit: (inout StructureDraft) -> Void) -> StructureDraft {
        var d = StructureDraft()
        d.name = "Coop des Deux Rives"
        edit(&d)
        return d
    }

    @Test func requiresAName() {
        #expect(StructureDraft().issues()[.name] == .required)
        #expect(draft { $0.name = "   " }.issues()[.name] == .required)
        #expect(draft { _ in }.issues().isEmpty)
    }

    @Test func checksTheSiretAllowingSpaces() {
        #expect(draft { $0.siret = "732 829 320 00074" }.issues()[.siret] == nil)
        #expect(draft { $0.siret = "732 829 320 00075" }.issues()[.siret] == .siret(.checksum))
        #expect(draft { $0.siret = "732829320" }.issues()[.siret] == .siret(.wrongLength(9)))
        #expect(draft { $0.siret = "73282932O00074" }.issues()[.siret] == .siret(.notDigits))
        #expect(draft { $0.siret = "732 829 320 00074" }.structure(id: 0)?.siret == "73282932000074")
    }

    @Test func checksPostcodeAgainstTheDepartement() {
        #expect(draft { $0.postcode = "14000" }.issues()[.postcode] == nil)
        #expect(draft { $0.postcode = "14000" }.effectiveDepartement == "14")
        #expect(draft { $0.postcode = "1400" }.issues()[.postcode] == .postcodeFormat)
        #expect(
            draft {
                $0.postcode = "14000"
                $0.departement = "27"
            }.issues()[.postcode] == .postcodeMismatch(postcodeDepartement: "14", chosen: "27"))
        let paris = draft { $0.postcode = "75011" }
        #expect(paris.issues()[.postcode] == .outsideNormandy(departement: "75"))
        #expect(paris.isValid)  // a warning only
        #expect(paris.structure(id: 0)?.departement == "75")
    }

    @Test func readsHeadcountWithADecimalComma() {
        #expect(draft { $0.headcount = "12,5" }.structure(id: 0)?.headcount == 12.5)
        #expect(draft { $0.headcount = "3.5" }.structure(id: 0)?.headcount == 3.5)
        #expect(draft { $0.headcount = "" }.structure(id: 0)?.headcount == nil)
        #expect(draft { $0.headcount = "-1" }.issues()[.headcount] == .negative)
        #expect(draft { $0.headcount = "douze" }.issues()[.headcount] == .number)
        #expect(draft { $0.headcount = "douze" }.structure(id: 0) == nil)
    }

    @Test func flagsContactsWithProblems() {
        let bad = draft { $0.contacts = [ContactDraft(name: "Léa", email: "lea@")] }
        #expect(bad.issues()[.contacts] != nil)
        #expect(ContactDraft(name: "Léa", email: "lea@").issues() == [.email: .email])
        #expect(ContactDraft(name: "", phone: "12").issues() == [.name: .required, .phone: .phone])
        #expect(ContactDraft(name: "Léa", role: "Gérante", email: "", phone: "").issues().isEmpty)
    }

    @Test func roundTripsAStructure() {
        let structure = Structure(
            id: 7, name: "Vélos en Seine", legalForm: .association, siret: "73282932000074",
            address: "33 rue",
            postcode: "76500", town: "Elbeuf", departement: "76", sector: "Mobilités", headcount: 5.5,
            website: "https://velos.example", problem: "p", notes: "n")
        let draft = StructureDraft(structure, contacts: [], cohortIDs: [1], lang: .fr)
        #expect(draft.headcount == "5,5")
        #expect(draft.siret == "732 829 320 00074")
        #expect(draft.structure(id: 7) == structure)
    }
}

@Suite struct CohortDraftTests {
    func draft(start: String, end: String) -> CohortDraft {
        var d = CohortDraft()
        d.name = "Mobilités"
        d.theme = "Mobilités"
        d.start = start
        d.end = end
        return d
    }

    @Test func checksDates() {
        #expect(draft(start: "01/09/2027", end: "2028-01-31").issues().isEmpty)
        #expect(draft(start: "31/09/2027", end: "01/10/2027").issues()[.start] == .date)
        #expect(draft(start: "01/09/2027", end: "").issues()[.end] == .required)
        #expect(draft(start: "01/09/2027", end: "31/08/2027").issues()[.end] == .endBeforeStart)
        #expect(draft(start: "01/09/2027", end: "01/09/2027").issues().isEmpty)
        #expect(CohortDraft().issues()[.theme] == .required)
    }

    @Test func buildsTheCohort() {
        let cohort = draft(start: "1/9/2027", end: "31/1/2028").cohort(id: 3)
        #expect(cohort?.startDate == LocalDate(year: 2027, month: 9, day: 1))
        #expect(cohort?.endDate == LocalDate(year: 2028, month: 1, day: 31))
        #expect(draft(start: "x", end: "y").cohort(id: 3) == nil)
    }
}
