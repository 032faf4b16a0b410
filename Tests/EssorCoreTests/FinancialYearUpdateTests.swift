import Testing

@testable import EssorCore

/// An import merges by column: what the file leaves out is kept.
@Suite struct FinancialYearUpdateTests {
    let stored = FinancialYear(
        structureID: 7, year: 2025, values: [.income: 100, .grants: 40, .cash: 12, .equity: 30], version: 3)

    @Test func aColumnLeftOutOrAnEmptyCellKeepsTheStoredFigure() {
        let update = FinancialYearUpdate(
            structureID: 7, year: 2025, values: [.income: 120], columns: [.income, .grants])
        let merged = update.applied(to: stored)
        #expect(merged.values == [.income: 120, .grants: 40, .cash: 12, .equity: 30])
        #expect(merged.version == 3)
        #expect(update.changes(from: stored) == [.init(figure: .income, stored: 100, new: 120)])
    }

    @Test func clearingEmptyCellsMakesOnlyTheFileColumnsUnknown() {
        let update = FinancialYearUpdate(
            structureID: 7, year: 2025, values: [.income: 100], columns: [.income, .grants], clearsEmpty: true
        )
        #expect(update.applied(to: stored).values == [.income: 100, .cash: 12, .equity: 30])
        #expect(update.changes(from: stored) == [.init(figure: .grants, stored: 40, new: nil)])
    }

    @Test func aNewYearIsEveryFigureOfTheRow() {
        let update = FinancialYearUpdate(
            structureID: 7, year: 2026, values: [.cash: -5, .fte: 1.25], columns: [.cash, .fte, .equity])
        #expect(
            update.applied(to: nil)
                == FinancialYear(structureID: 7, year: 2026, values: [.cash: -5, .fte: 1.25]))
        #expect(
            update.changes(from: nil) == [
                .init(figure: .cash, stored: nil, new: -5), .init(figure: .fte, stored: nil, new: 1.25),
            ])
    }

    @Test func aRowOfEmptyCellsCreatesNoYear() {
        let filled = FinancialYearUpdate(structureID: 7, year: 2026, values: [.cash: 1], columns: [.cash])
        #expect(filled.outcome(from: nil).isNew && filled.outcome(from: nil).changes.count == 1)
        #expect(!filled.outcome(from: stored).isNew)
        let empty = FinancialYearUpdate(structureID: 7, year: 2026, values: [:], columns: [.cash])
        #expect(empty.outcome(from: nil) == .init(changes: [], isNew: false))
    }

    @Test func theSameFiguresChangeNothing() {
        let update = FinancialYearUpdate(
            structureID: 7, year: 2025, values: stored.values, columns: Set(FinancialYear.Figure.allCases))
        #expect(update.changes(from: stored).isEmpty)
    }

    @Test func figuresAreShownAsTyped() {
        #expect(DecimalFormat.figure(185_300.5, .income, lang: .fr) == "185\u{202F}300,50\u{00A0}€")
        #expect(DecimalFormat.figure(-0.05, .cash, lang: .fr) == "-0,05\u{00A0}€")
        #expect(DecimalFormat.figure(1_200, .cash, lang: .fr) == "1\u{202F}200\u{00A0}€")
        #expect(DecimalFormat.figure(185_300.5, .income, lang: .en) == "€185,300.50")
        #expect(DecimalFormat.figure(1.25, .fte, lang: .fr) == "1,25")
        #expect(
            DecimalFormat.figure(1e12, .income, lang: .fr)
                == "1\u{202F}000\u{202F}000\u{202F}000\u{202F}000\u{00A0}€")
        #expect(DecimalFormat.euros(-0.4, lang: .fr) == "0\u{00A0}€")
    }
}
