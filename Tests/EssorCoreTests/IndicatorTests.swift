import EssorCore
import Testing

/// The worked example of the indicators, checked by hand: a cohort of
/// five enterprises over 2026, a 3 h threshold, "now" on 1 June 2026.
///
/// - Coop A has two establishments (Caen, Rouen) of one SIREN: Caen came
///   to the 3 h workshop of 10 February, Rouen to it and to the 1h30
///   one-to-one of 5 March. One enterprise, 4h30 over 2 meetings: RCO04.
///   Its accounts (Caen's): 6 FTE in 2024, 8.5 FTE, €600k income in
///   2026; its support began on 12 May 2025: RCR01 = 8.5 − 6 = 2.5; micro.
/// - Atelier B came to the one-to-one only (1h30) and to the steering
///   committee: under the threshold, not supported.
/// - Épicerie C never came (invited once) but has a grant of €10,000
///   granted (RCO02) and an honour loan applied for (not RCO03); 12 FTE,
///   €1.2M income, no balance sheet: small.
/// - Jardin D, created on 1 May 2024, came to the workshop (3 h): RCO04
///   and, created 21 months before its first support, RCO05; no accounts:
///   size unknown, RCR01 cannot be computed.
/// - Ressourcerie E came to the workshop but has no SIRET: not counted.
struct IndicatorTests {
    static let siretCaen = Siret.appendingCheckDigit("1234567890001")
    static let siretRouen = Siret.appendingCheckDigit("1234567890002")
    static let siretB = Siret.appendingCheckDigit("2345678910001")
    static let siretC = Siret.appendingCheckDigit("3456789120001")
    static let siretD = Siret.appendingCheckDigit("4567891230001")

    static func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    static var facts: IndicatorFacts {
        let year = ReportPeriod(from: date(2026, 1, 1), to: date(2026, 12, 31))!
        return IndicatorFacts(
            period: year, thresholdMinutes: 180, cohorts: [1: "Alimentation"],
            organisations: [
                .init(id: 1, name: "Coop A Caen", siret: siretCaen, cohorts: [1]),
                .init(id: 2, name: "Coop A Rouen", siret: siretRouen, cohorts: [1]),
                .init(id: 3, name: "Atelier B", siret: siretB, cohorts: [1]),
                .init(id: 4, name: "Épicerie C", siret: siretC, cohorts: [1]),
                .init(id: 5, name: "Jardin D", siret: siretD, creationDate: date(2024, 5, 1), cohorts: [1]),
                .init(id: 6, name: "Ressourcerie E", siret: "", cohorts: [1]),
            ],
            meetings: [
                .init(
                    id: 10, cohortID: 1, kind: .workshop, date: date(2026, 2, 10),
                    minutes: 180, held: true),
                .init(
                    id: 11, cohortID: 1, kind: .oneToOne, date: date(2026, 3, 5),
                    minutes: 90, held: true),
                .init(
                    id: 12, cohortID: 1, kind: .steering, date: date(2026, 4, 1),
                    minutes: 120, held: true),
                .init(
                    id: 13, cohortID: 1, kind: .workshop, date: date(2026, 9, 1),
                    minutes: 180, held: false),
            ],
            presences: [
                .init(meetingID: 10, structureID: 1, person: "Anne Caen"),
                .init(meetingID: 10, structureID: 1, person: "Paul Caen"),
                .init(meetingID: 10, structureID: 2, person: "Rémi Rouen"),
                .init(meetingID: 11, structureID: 2, person: "Rémi Rouen"),
                .init(meetingID: 11, structureID: 3, person: "Bea B"),
                .init(meetingID: 12, structureID: 3, person: "Bea B"),
                .init(meetingID: 10, structureID: 5, person: "Dom D"),
                .init(meetingID: 10, structureID: 6, person: "Eve E"),
                // Marked on a meeting still to come: not support yet.
                .init(meetingID: 13, structureID: 3, person: "Bea B"),
            ],
            invitations: [10: [1, 2, 3, 4, 5, 6], 11: [2, 3], 13: [1, 2, 3, 4, 5, 6]],
            firstSupport: [
                1: date(2025, 5, 12), 2: date(2026, 2, 10), 3: date(2026, 3, 5), 5: date(2026, 2, 10),
            ],
            financings: [
                Financing(structureID: 4, cohortID: 1, instrument: .grant, amount: 10_000, status: .granted),
                Financing(
                    structureID: 4, cohortID: 1, instrument: .honourLoan, amount: 5_000, status: .requested),
                Financing(structureID: 3, cohortID: 1, instrument: .grant, amount: 2_000, status: .refused),
            ],
            accounts: [
                1: [
                    .init(year: 2024, staff: 6, turnover: 450_000, balanceSheet: 300_000),
                    .init(year: 2026, staff: 8.5, turnover: 600_000, balanceSheet: nil),
                ],
                4: [.init(year: 2025, staff: 12, turnover: 1_200_000, balanceSheet: nil)],
            ])
    }

    static func names(_ lines: [IndicatorLine]) -> [String] { lines.map(\.enterprise.name) }

    @Test func rco04CountsEnterprisesOverTheThresholdOnce() {
        let report = IndicatorReport(Self.facts)
        let rco04 = report.indicator(.rco04)
        #expect(rco04.value == 2)
        #expect(Self.names(rco04.counted) == ["Coop A Caen", "Jardin D"])
        #expect(rco04.counted[0].enterprise.label == "Coop A Caen + Coop A Rouen")
        #expect(rco04.counted[0].evidence == [.support(minutes: 270, meetings: [10, 11])])
        let why = Dictionary(
            uniqueKeysWithValues: rco04.notCounted.map { ($0.enterprise.name, $0.exclusion!) })
        #expect(why["Atelier B"] == .belowThreshold(minutes: 90, threshold: 180))
        #expect(why["Épicerie C"] == .invitedNeverPresent(invitations: 1))
        #expect(why["Ressourcerie E"] == .noSiren(invalid: false))
        #expect(IndicatorTexts.exclusion(why["Atelier B"]!, true) == "1h30 pointée, seuil 3h")
    }

    @Test func financingIndicatorsCountOnlyWhatWasGranted() {
        let report = IndicatorReport(Self.facts)
        let rco02 = report.indicator(.rco02)
        #expect(rco02.value == 1)
        #expect(rco02.amount == 10_000)
        #expect(Self.names(rco02.counted) == ["Épicerie C"])
        #expect(rco02.notCounted.map(\.exclusion) == [.notGranted(.refused)])
        let rco03 = report.indicator(.rco03)
        #expect(rco03.value == 0)
        #expect(rco03.amount == 0)
        #expect(rco03.notCounted.map(\.exclusion) == [.notGranted(.requested)])
        #expect(rco03.unlisted == 4)
    }

    @Test func financingCountsInThePeriodItWasGranted() {
        var facts = Self.facts
        facts.financings[0].grantedOn = Self.date(2025, 11, 3)
        let report = IndicatorReport(facts)
        #expect(report.indicator(.rco02).value == 0)
        #expect(
            report.indicator(.rco02).notCounted.contains {
                $0.exclusion == .grantedOutside(Self.date(2025, 11, 3))
            })
        #expect(report.indicator(.rco01).value == 2, "Épicerie C is no longer supported in 2026")
        facts.financings[0].grantedOn = Self.date(2026, 3, 1)
        let counted = IndicatorReport(facts).indicator(.rco02).counted
        #expect(
            counted.first?.evidence == [.financing(.grant, amount: 10_000, grantedOn: Self.date(2026, 3, 1))])
        #expect(
            IndicatorTexts.line(counted[0], true) == "prime 10\u{202F}000\u{00A0}€ accordée le 01/03/2026")
    }

    @Test func aFinancingPaidOutStillCountsWhereItWasGranted() {
        var facts = Self.facts
        facts.financings[0].status = .paid
        facts.financings[0].grantedOn = Self.date(2026, 3, 1)
        facts.financings[0].paidOn = Self.date(2026, 5, 2)
        let rco02 = IndicatorReport(facts).indicator(.rco02)
        #expect(rco02.value == 1 && rco02.amount == 10_000)
        facts.financings[0].status = .committee
        #expect(
            IndicatorReport(facts).indicator(.rco02).notCounted.map(\.exclusion).contains(
                .notGranted(.committee)))
    }

    @Test func aCreationDateAfterThePeriodIsNotTaken() {
        var facts = Self.facts
        facts.organisations[4].creationDate = Self.date(2030, 1, 1)
        let rco05 = IndicatorReport(facts).indicator(.rco05)
        #expect(rco05.value == 0)
        #expect(rco05.notCounted.contains { $0.exclusion == .createdAfterPeriod(Self.date(2030, 1, 1)) })
    }

    /// The panel, the documents and the tables print a value one way:
    /// jobs to two decimals (the panel rounded 10,25 to 10,3).
    @Test func aValueIsPrintedOneWayEverywhere() {
        let jobs = Indicator(
            code: .rcr01, value: 10.25, counted: [], notCounted: [], countedCount: 3, notCountedCount: 0)
        #expect(IndicatorTexts.value(jobs, true) == "10,25")
        #expect(IndicatorTexts.value(jobs, false) == "10.25")
        let count = Indicator(
            code: .rco04, value: 12, counted: [], notCounted: [], countedCount: 12, notCountedCount: 0)
        #expect(IndicatorTexts.value(count, true) == "12")
    }

    @Test func aCreationDateAfterTheFirstSupportIsNotTaken() throws {
        var facts = Self.facts
        #expect(IndicatorReport(facts).indicator(.rco05).value == 1)
        let first = try #require(facts.firstSupport[facts.organisations[4].id])
        let created = first.adding(days: 1)
        #expect(created <= facts.period.to)
        facts.organisations[4].creationDate = created
        let rco05 = IndicatorReport(facts).indicator(.rco05)
        #expect(rco05.value == 0)
        let line = try #require(
            rco05.notCounted.first { $0.exclusion == .createdAfterSupport(created, firstSupport: first) })
        #expect(IndicatorTexts.line(line, false).contains("after its first support meeting"))
    }

    @Test func aCohortCountsWhatItsOwnMeetingsAndFinancingSupport() {
        var facts = Self.facts
        // Jardin D also belongs to a second cohort, which it never attended.
        facts.cohorts[2] = "Numérique"
        facts.organisations[4].cohorts = [1, 2]
        let report = IndicatorReport(facts)
        #expect(report.cohorts.map(\.name) == ["Alimentation", "Numérique"])
        #expect(report.cohorts.map(\.supported) == [3, 0])
        #expect(report.cohorts.map(\.members) == [5, 1])
    }

    @Test func rco01IsTheUnionSplitBySize() {
        let rco01 = IndicatorReport(Self.facts).indicator(.rco01)
        #expect(rco01.value == 3)
        #expect(Self.names(rco01.counted) == ["Coop A Caen", "Épicerie C", "Jardin D"])
        #expect(rco01.bySize == [.micro: 1, .small: 1, .unknown: 1])
        #expect(rco01.counted[0].evidence == [.through([.rco04]), .size(.micro, year: 2026)])
        #expect(rco01.counted[1].evidence == [.through([.rco02]), .size(.small, year: 2025)])
        #expect(rco01.counted[2].evidence == [.through([.rco04]), .size(.unknown, year: nil)])
        #expect(
            rco01.notCounted.map(\.exclusion) == [
                .notSupported(.belowThreshold(minutes: 90, threshold: 180)), .noSiren(invalid: false),
            ])
    }

    @Test func newEnterprisesAndJobs() {
        let report = IndicatorReport(Self.facts)
        let rco05 = report.indicator(.rco05)
        #expect(rco05.value == 1)
        #expect(
            rco05.counted.map(\.evidence) == [
                [.created(Self.date(2024, 5, 1), firstSupport: Self.date(2026, 2, 10))]
            ])
        #expect(rco05.notCounted.map(\.exclusion) == [.noCreationDate, .noSupportMeeting])
        let rcr01 = report.indicator(.rcr01)
        #expect(rcr01.value == 2.5)
        #expect(
            rcr01.counted.map(\.evidence) == [
                [.jobs(beforeYear: 2024, before: 6, afterYear: 2026, after: 8.5)]
            ])
        #expect(rcr01.notCounted.map(\.exclusion) == [.noSupportMeeting, .noAccountsBefore(year: 2025)])
    }

    @Test func hoursPeopleAndMeetings() {
        let report = IndicatorReport(Self.facts)
        // Coop A 4h30, Jardin D 3h, Ressourcerie E 3h, Atelier B 1h30, C 0.
        #expect(report.hours.map(\.minutes) == [270, 180, 180, 90, 0])
        #expect(report.supportMinutes == 720)
        #expect(report.participants == 6)
        let anne = report.people.first { $0.person == "Anne Caen" }
        #expect(anne?.minutes == 180)
        let bea = report.people.first { $0.person == "Bea B" }
        // The one-to-one counts; the steering committee is a meeting
        // attended but not support; the future meeting is not held.
        #expect(bea?.minutes == 90)
        #expect(bea?.meetings == 2)
        #expect(report.cohorts.map(\.minutes) == [720])
        #expect(report.cohorts.map(\.supported) == [3])
        #expect(report.cohorts.map(\.members) == [5])
        let workshops = report.kinds.first { $0.kind == .workshop }
        #expect(workshops?.held == 1)
        #expect(workshops?.planned == 1)
        #expect(report.months.count == 12)
        #expect(report.months[1].minutes == 540)
        #expect(report.months[2].minutes == 180)
    }

    @Test func sizeFollowsTheRecommendationAndNeverGuesses() {
        #expect(EnterpriseSize.classify(staff: 9, turnover: 1_900_000, balanceSheet: nil) == .micro)
        #expect(EnterpriseSize.classify(staff: 9, turnover: 3_000_000, balanceSheet: 1_000_000) == .micro)
        #expect(EnterpriseSize.classify(staff: 9, turnover: 3_000_000, balanceSheet: nil) == .unknown)
        #expect(EnterpriseSize.classify(staff: 10, turnover: 100_000, balanceSheet: 100_000) == .small)
        #expect(EnterpriseSize.classify(staff: 49.5, turnover: 11_000_000, balanceSheet: 9_000_000) == .small)
        #expect(
            EnterpriseSize.classify(staff: 200, turnover: 60_000_000, balanceSheet: 43_000_000) == .medium)
        #expect(EnterpriseSize.classify(staff: 200, turnover: 60_000_000, balanceSheet: 44_000_000) == .large)
        #expect(EnterpriseSize.classify(staff: 250, turnover: 1, balanceSheet: 1) == .large)
        #expect(EnterpriseSize.classify(staff: nil, turnover: 1, balanceSheet: 1) == .unknown)
        #expect(EnterpriseSize.classify(staff: 3, turnover: nil, balanceSheet: nil) == .unknown)
    }

    @Test func periodsMoveByQuarterAndKeepTheirLength() {
        let year = ReportPeriod.year(of: Self.date(2026, 6, 15))
        #expect(year.from == Self.date(2026, 1, 1) && year.to == Self.date(2026, 12, 31))
        let next = year.shifted(quarters: 1)
        #expect(next.from == Self.date(2026, 4, 1) && next.to == Self.date(2027, 3, 31))
        let q1 = ReportPeriod(from: Self.date(2026, 1, 1), to: Self.date(2026, 3, 31))!
        #expect(q1.shifted(quarters: 1).to == Self.date(2026, 6, 30))
        #expect(q1.shifted(quarters: -1).from == Self.date(2025, 10, 1))
        #expect(ReportPeriod(from: Self.date(2026, 2, 1), to: Self.date(2026, 1, 1)) == nil)
        // At most 20 years; the longest period moves and stays a period
        // (31 January moves to 30 April: cut by a day, not refused).
        #expect(ReportPeriod(from: Self.date(1, 1, 1), to: Self.date(9999, 12, 31)) == nil)
        #expect(ReportPeriod(from: Self.date(2026, 1, 1), to: Self.date(2046, 1, 1)) == nil)
        #expect(ReportPeriod.problem(from: Self.date(2026, 1, 1), to: Self.date(2046, 1, 1)) == .tooLong)
        #expect(ReportPeriod.problem(from: Self.date(2026, 2, 1), to: Self.date(2026, 1, 1)) == .reversed)
        #expect(ReportPeriod.problem(from: Self.date(2026, 1, 1), to: Self.date(2045, 12, 31)) == nil)
        let longest = ReportPeriod(from: Self.date(2026, 1, 31), to: Self.date(2046, 1, 30))!
        let moved = longest.shifted(quarters: 1)
        #expect(moved.from == Self.date(2026, 4, 30) && moved.to == Self.date(2046, 4, 29))
        #expect(longest.shifted(quarters: -1).from == Self.date(2025, 10, 31))
    }

    @Test func thresholdIsAProgrammeSetting() {
        var draft = ProgrammeDraft(nil)
        draft[.name] = "ESSor"
        #expect(draft.programme(readLogo: nil)?.supportThresholdMinutes == 180)
        draft[.supportThreshold] = "2h30"
        #expect(draft.programme(readLogo: nil)?.supportThresholdMinutes == 150)
        for bad in ["3", "0 min", "200h", "trois"] {
            draft[.supportThreshold] = bad
            #expect(draft.issues(readLogo: nil)[.supportThreshold] == .supportThreshold, "\(bad)")
        }
    }
}

/// The French order's fast path for ASCII names agrees with folding.
struct FrenchOrderTests {
    @Test func asciiNamesCompareAsTheirFoldsDo() {
        var random = SystemRandomNumberGenerator()
        let letters = Array("aAbBzZ 0-'é")
        for _ in 0..<5_000 {
            let a = String(
                (0..<Int.random(in: 0...5, using: &random)).map { _ in letters.randomElement(using: &random)!
                })
            let b = String(
                (0..<Int.random(in: 0...5, using: &random)).map { _ in letters.randomElement(using: &random)!
                })
            let fa = SearchFolding.fold(a)
            let fb = SearchFolding.fold(b)
            let expected = fa != fb ? fa < fb : a < b
            #expect(FrenchOrder.less(a, b) == expected, "\(a) < \(b)")
        }
        #expect(FrenchOrder.less("Épicerie", "Mutuelle"))
        #expect(FrenchOrder.less("abc", "ABD"))
    }
}

/// The figures alone (what the table and `--format table` show) are the
/// figures of the report with its lists, on random programmes; and they
/// need the history of the structures counted in RCO01 only, which is all
/// the store reads for them.
struct IndicatorFiguresTests {
    static func randomFacts(_ random: inout some RandomNumberGenerator) -> IndicatorFacts {
        let year = ReportPeriod(
            from: LocalDate(year: 2026, month: 1, day: 1)!, to: LocalDate(year: 2026, month: 12, day: 31)!)!
        let structures = Int.random(in: 1...60, using: &random)
        let sirens = (0..<max(1, structures / 2)).map {
            Siret.appendingCheckDigit(String(100_000_00 + $0 * 7))
        }
        var organisations: [IndicatorFacts.Organisation] = []
        for id in 1...structures {
            let siret: String =
                switch Int.random(in: 0..<10, using: &random) {
                case 0: ""
                case 1: "12345"
                default:
                    Siret.appendingCheckDigit(
                        sirens.randomElement(using: &random)! + String(format: "%04d", id))
                }
            let name =
                ["Épicerie", "atelier", "Zèbre", "coop", "Ébène"].randomElement(using: &random)!
                + " \(id % 7)"
            organisations.append(
                .init(
                    id: Int64(id * 3), name: name, siret: siret,
                    creationDate: Bool.random(using: &random)
                        ? LocalDate(year: Int.random(in: 2020...2027, using: &random), month: 3, day: 1)
                        : nil,
                    cohorts: Array(
                        Set(
                            (0..<Int.random(in: 1...2, using: &random)).map { _ in
                                Int64.random(in: 1...3, using: &random)
                            })
                    )
                    .sorted()))
        }
        organisations.shuffle(using: &random)
        let meetings = (1...Int.random(in: 1...30, using: &random)).map { id in
            IndicatorFacts.MeetingFact(
                id: Int64(id), cohortID: Int64.random(in: 1...3, using: &random),
                kind: MeetingKind.allCases.randomElement(using: &random)!,
                date: LocalDate(
                    year: Int.random(in: 2025...2027, using: &random),
                    month: Int.random(in: 1...12, using: &random), day: 10)!,
                minutes: [0, 30, 90, 180, 240].randomElement(using: &random)!,
                held: Int.random(in: 0..<4, using: &random) > 0)
        }
        let people = ["Anne", "anne", "Paul", "Rémi", "remi", "Éve"]
        let presences = (0..<Int.random(in: 0...150, using: &random)).map { _ in
            IndicatorFacts.Presence(
                meetingID: meetings.randomElement(using: &random)!.id,
                structureID: organisations.randomElement(using: &random)!.id,
                person: people.randomElement(using: &random)!)
        }
        var facts = IndicatorFacts(
            period: year, thresholdMinutes: [0, 90, 180].randomElement(using: &random)!,
            cohorts: [1: "Caen", 2: "Évreux", 3: "alençon"], organisations: organisations, meetings: meetings,
            presences: presences)
        for organisation in organisations where Int.random(in: 0..<3, using: &random) == 0 {
            facts.invitations[meetings.randomElement(using: &random)!.id, default: []].append(organisation.id)
            facts.firstSupport[organisation.id] = LocalDate(
                year: Int.random(in: 2024...2026, using: &random), month: 5, day: 2)
            facts.accounts[organisation.id] = (2024...2027).filter { _ in Bool.random(using: &random) }.map {
                .init(
                    year: $0,
                    staff: Bool.random(using: &random)
                        ? Double(Int.random(in: 0...300, using: &random)) / 4 : nil,
                    turnover: Double(Int.random(in: 0...60_000_000, using: &random)), balanceSheet: nil)
            }
        }
        facts.financings = (0..<Int.random(in: 0...12, using: &random)).map { _ in
            Financing(
                structureID: organisations.randomElement(using: &random)!.id,
                cohortID: Bool.random(using: &random) ? Int64.random(in: 1...3, using: &random) : nil,
                instrument: FinancingInstrument.allCases.randomElement(using: &random)!,
                amount: Double(Int.random(in: 1...50, using: &random) * 1_000),
                status: FinancingStatus.allCases.randomElement(using: &random)!,
                grantedOn: Bool.random(using: &random)
                    ? LocalDate(year: Int.random(in: 2025...2027, using: &random), month: 6, day: 1) : nil)
        }
        return facts
    }

    /// What a report says without its lists.
    static func figures(_ report: IndicatorReport) -> [String] {
        report.indicators.map { indicator in
            let sizes = EnterpriseSize.allCases.map { String(indicator.bySize[$0] ?? 0) }.joined(
                separator: ",")
            return "\(indicator.code) \(indicator.value) \(indicator.amount ?? -1) \(indicator.countedCount) "
                + "\(indicator.notCountedCount) \(indicator.unlisted) \(sizes)"
        } + [
            "\(report.enterprises) \(report.attended) \(report.participants) \(report.supportMinutes)",
            "\(report.cohorts.sorted { $0.cohortID < $1.cohortID })", "\(report.kinds)", "\(report.months)",
            "\(report.partners)",
        ]
    }

    @Test func figuresAloneAreTheFiguresWithTheLists() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let facts = Self.randomFacts(&random)
            let full = IndicatorReport(facts)
            #expect(full.hasLists)
            for indicator in full.indicators {
                #expect(indicator.counted.count == indicator.countedCount, "\(indicator.code)")
                #expect(indicator.notCounted.count == indicator.notCountedCount, "\(indicator.code)")
            }
            #expect(full.hours.count == full.enterprises)
            #expect(full.people.count == full.participants)
            // The store reads the history of the structures RCO01 counts,
            // when asked for it, and the missions last.
            var bare = facts
            bare.firstSupport = [:]
            bare.accounts = [:]
            bare.invitations = [:]
            bare.missions = []
            for index in bare.organisations.indices {
                bare.organisations[index].creationDate = nil
                bare.organisations[index].name = ""
            }
            var asked: [StructureID] = []
            let quick = try IndicatorReport.figures(
                bare,
                history: { structures in
                    asked = structures
                    let needed = Set(structures)
                    return IndicatorFacts.History(
                        firstSupport: facts.firstSupport.filter { needed.contains($0.key) },
                        creationDates: Dictionary(
                            facts.organisations.compactMap { organisation in
                                organisation.creationDate.map { (organisation.id, $0) }
                            }.filter { needed.contains($0.0) }, uniquingKeysWith: { first, _ in first }),
                        accounts: facts.accounts.filter { needed.contains($0.key) })
                }, missions: { facts.missions })
            #expect(Set(asked) == Set(full.indicator(.rco01).counted.flatMap(\.enterprise.structureIDs)))
            #expect(!quick.hasLists)
            #expect(quick.indicators.allSatisfy { $0.counted.isEmpty && $0.notCounted.isEmpty })
            #expect(Self.figures(quick) == Self.figures(full))
        }
    }
}

struct SirenNumberTests {
    /// The byte-by-byte reading agrees with `Siret.problem` on any text.
    @Test func agreesWithTheRules() {
        var random = SystemRandomNumberGenerator()
        let pieces = ["0", "1", "5", "9", " ", "\u{00A0}", "\u{202F}", "a", "\u{0301}", "é", "٣", "\n", "-"]
        let valid = [Siret.appendingCheckDigit("7321234560001"), "35600000000001", "356 000 000 00001"]
        for _ in 0..<20_000 {
            var text = Bool.random(using: &random) ? valid.randomElement(using: &random)! : ""
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let piece = pieces.randomElement(using: &random)!
                let at = text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &random))
                text.insert(contentsOf: piece, at: at)
            }
            if text.isEmpty || Bool.random(using: &random) {
                text = String((0..<14).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            }
            let expected = Siret.problem(text) == nil ? Int(Siret.siren(text)) : nil
            #expect(Siret.sirenNumber(text) == expected, "\(text.debugDescription)")
        }
        #expect(Siret.sirenNumber("356 000 000 00001") == 356_000_000)
        #expect(Siret.sirenNumber("") == nil)
    }
}
