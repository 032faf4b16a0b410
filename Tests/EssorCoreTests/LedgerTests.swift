import Testing

@testable import EssorCore

/// A general ledger added up and read by the mapping, on a worked example
/// whose every figure is computed by hand below.
@Suite struct LedgerTests {
    static let day = LocalDate(year: 2026, month: 6, day: 30)!

    /// One entry: its journal, number, and lines (account, debit, credit in
    /// cents). Lines are numbered from 2, as under a FEC's header.
    struct Book {
        var lines: [LedgerLine] = []

        mutating func entry(_ journal: String, _ number: String, _ parts: (String, Int64, Int64)...) {
            for (account, debit, credit) in parts {
                lines.append(
                    LedgerLine(
                        line: lines.count + 2, journal: journal,
                        journalLabel: journal == "AN" ? "A nouveaux" : "", entry: number,
                        date: LedgerTests.day,
                        account: account, debit: debit, credit: credit))
            }
        }
    }

    /// A small association's year:
    /// - opening: capital 20 000 (101), bank 25 000 (512), loan 5 000 (164);
    /// - services sold 12 000 (706 / 411); a Région grant 30 000 (741 / 512);
    /// - wages 18 000,50 (641) and social charges 7 000 (645), paid;
    /// - supplies 1 500 (606 / 401); computers 6 000 (2183 / 512);
    /// - depreciation 2 000 (6811 / 2818).
    static var worked: Book {
        var book = Book()
        book.entry("AN", "1", ("101000", 0, 20_000_00), ("512000", 25_000_00, 0), ("164000", 0, 5_000_00))
        book.entry("VE", "2", ("411000", 12_000_00, 0), ("706000", 0, 12_000_00))
        book.entry("BQ", "3", ("512000", 30_000_00, 0), ("741000", 0, 30_000_00))
        book.entry(
            "OD", "4", ("641000", 18_000_50, 0), ("645000", 7_000_00, 0), ("512000", 0, 25_000_50))
        book.entry("AC", "5", ("606000", 1_500_00, 0), ("401000", 0, 1_500_00))
        book.entry("OD", "6", ("681100", 2_000_00, 0), ("281800", 0, 2_000_00))
        book.entry("AC", "7", ("218300", 6_000_00, 0), ("512000", 0, 6_000_00))
        return book
    }

    @Test func theWorkedYearGivesTheFiguresComputedByHand() {
        let ledger = Ledger(Self.worked.lines)
        #expect(ledger.problems.isEmpty)
        #expect(ledger.totalDebit == ledger.totalCredit)
        let v = ledger.values
        #expect(v[.income] == 42_000)  // 706 12 000 + 741 30 000
        #expect(v[.grants] == 30_000)  // 741
        #expect(v[.expenses] == 28_500.5)  // 606 1 500 + 641/645 25 000,50 + 6811 2 000
        #expect(v[.payroll] == 25_000.5)  // 641 18 000,50 + 645 7 000
        #expect(v[.depreciation] == 2_000)  // 6811
        #expect(v[.result] == 13_499.5)  // 42 000 − 28 500,50
        // 101 20 000 + the year's result, not posted to 12.
        #expect(v[.equity] == 33_499.5)
        #expect(v[.financialDebt] == 5_000)  // 164
        #expect(v[.cash] == 23_999.5)  // 25 000 + 30 000 − 25 000,50 − 6 000
        // Assets: 2183 6 000 − 2818 2 000 + 411 12 000 + 512 23 999,50; the
        // liabilities add up the same: 33 499,50 + 5 000 + 401 1 500.
        #expect(v[.balanceSheetTotal] == 39_999.5)
        // The diagnostic's balance sheet: class 1, 101 20 000 + 164 5 000
        // + the result 13 499,50; class 2, 2183 6 000 − 2818 2 000; the
        // client 411 12 000 (debit) and the supplier 401 1 500 (credit).
        #expect(v[.stableResources] == 38_499.5)
        #expect(v[.fixedAssets] == 4_000)
        #expect(v[.currentAssets] == 12_000)
        #expect(v[.operatingDebts] == 1_500)
        // FR 34 499,50 − BFR 10 500 = 23 999,50: the bank, as it must be.
        let year = FinancialYear(structureID: 1, year: 2026, values: v)
        let ratios = FinancialRatios.compute(year, previous: nil, thresholds: FinanceThresholds())
        #expect(ratios.first { $0.kind == .workingCapital }?.value == 34_499.5)
        #expect(ratios.first { $0.kind == .workingCapitalNeed }?.value == 10_500)
        #expect(ratios.first { $0.kind == .netCash }?.value == 23_999.5)
        #expect(FinancialRatios.netCashGap(year) == nil)
        #expect(v[.fte] == nil)
        let equity = ledger.readings.first { $0.figure == .equity }
        #expect(equity?.addedResult == 13_499_50)
        let expenses = ledger.readings.first { $0.figure == .expenses }
        #expect(expenses?.parts.map(\.prefix) == ["60", "64", "681"])
        #expect(expenses?.parts.map(\.accounts) == [1, 2, 1])
    }

    @Test func aResultPostedToAccount12IsNotAddedTwice() {
        var book = Self.worked
        // The closing entries: the result moved from classes 6/7 to 120
        // would zero them; here only 120 is credited, as software that posts
        // the result without closing the management accounts does.
        book.entry("OD", "8", ("890000", 13_499_50, 0), ("120000", 0, 13_499_50))
        let ledger = Ledger(book.lines)
        #expect(ledger.problems.isEmpty)
        #expect(ledger.postedResult == 13_499_50)
        #expect(ledger.values[.equity] == 33_499.5)
        #expect(ledger.readings.first { $0.figure == .equity }?.addedResult == nil)
    }

    @Test func lastYearsResultBroughtForwardIsNotTheYearsResult() {
        var book = Self.worked
        // Last year's profit of 3 000 brought forward in 120, not yet
        // allocated: 12's closing balance is its opening one.
        book.entry("AN", "9", ("120000", 0, 3_000_00), ("512000", 3_000_00, 0))
        let ledger = Ledger(book.lines)
        #expect(ledger.problems.isEmpty)
        #expect(ledger.postedResult == nil)
        #expect(ledger.values[.equity] == 36_499.5)  // 20 000 + 3 000 + 13 499,50
    }

    @Test func aResultInAccount12OtherThanClasses7Minus6IsReported() {
        var book = Self.worked
        book.entry("OD", "8", ("890000", 10_000_00, 0), ("120000", 0, 10_000_00))
        #expect(Ledger(book.lines).problems == [.resultMismatch(classes: 13_499_50, account12: 10_000_00)])
    }

    @Test func unbalancedEntriesAreReportedWithTheirNumberAndLine() {
        var book = Self.worked
        book.entry("VE", "10", ("411000", 100_00, 0), ("706000", 0, 90_00))
        let ledger = Ledger(book.lines)
        #expect(
            ledger.problems == [
                .unbalancedEntry(journal: "VE", entry: "10", line: 18, debit: 100_00, credit: 90_00),
                .unbalancedTotals(debit: ledger.totalDebit, credit: ledger.totalCredit),
            ])
        #expect(ledger.totalDebit - ledger.totalCredit == 10_00)
    }

    @Test func anEntryNumberIsAnEntryWithinItsJournal() {
        var book = Book()
        // Two journals number their entries from 1: two balanced entries.
        book.entry("VE", "1", ("411000", 50_00, 0), ("706000", 0, 50_00))
        book.entry("AC", "1", ("606000", 20_00, 0), ("401000", 0, 20_00))
        #expect(Ledger(book.lines).problems.isEmpty)
    }

    @Test func accountsOutsideThePlanAreReported() {
        var book = Self.worked
        book.entry("OD", "11", ("912000", 10_00, 0), ("X12", 0, 10_00))
        #expect(
            Ledger(book.lines).problems == [
                .unknownClass(account: "912000", line: 18), .unknownClass(account: "X12", line: 19),
            ])
    }

    @Test func entriesOutsideTheFinancialYearAreFound() {
        var book = Self.worked  // dated 30/06/2026
        let closing = LocalDate(year: 2026, month: 12, day: 31)!
        #expect(Ledger.datedOutside(book.lines, closing: closing).isEmpty)
        book.lines[3].date = LocalDate(year: 2027, month: 1, day: 2)!
        book.lines[4].date = LocalDate(year: 2024, month: 12, day: 31)!  // 24 months before: outside
        book.lines[5].date = LocalDate(year: 2025, month: 1, day: 1)!  // a first year of 24 months
        #expect(
            Ledger.datedOutside(book.lines, closing: closing) == [
                .outsideYear(line: 5, date: book.lines[3].date, closing: closing),
                .outsideYear(line: 6, date: book.lines[4].date, closing: closing),
            ])
    }

    @Test func sumsBeyondWhatEssorHoldsAreRefusedNotWrapped() {
        var book = Book()
        let huge: Int64 = 100_000_000_000_000  // 10¹² € in cents, the reader's limit
        for n in 0..<30_000 { book.entry("OD", "\(n)", ("512000", huge, 0), ("101000", 0, huge)) }
        let ledger = Ledger(book.lines)
        guard case .tooLarge = ledger.problems.first else {
            Issue.record("expected tooLarge, got \(ledger.problems)")
            return
        }
        #expect(ledger.problems.count == 1)
    }

    @Test func everyFigureButTheFTEHasARuleAndTheRulesAreThoseOfTheREADME() {
        #expect(Set(AccountMapping.figures) == Set(FinancialYear.Figure.allCases).subtracting([.fte]))
        let income = AccountMapping.rules.first { $0.figure == .income }?.terms.first?.prefixes
        #expect(income == ["70", "71", "72", "73", "74", "75", "781", "791"])
        #expect(
            AccountMapping.isKnownClass("801") && !AccountMapping.isKnownClass("9")
                && !AccountMapping.isKnownClass(""))
    }
}
