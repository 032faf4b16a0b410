import Testing

@testable import EssorCore

/// One reader for every number from outside, with documented ranges; no
/// format of a stored number can trap.
@Suite struct NumberReaderTests {
    @Test func readsNumbersAsPeopleWriteThem() {
        #expect(NumberReader.parse("1 234,56") == 1_234.56)
        #expect(NumberReader.parse("1\u{00A0}234.5") == 1_234.5)
        #expect(NumberReader.parse("1.234,5") == 1_234.5)
        #expect(NumberReader.parse("(2 500) €") == -2_500)
        #expect(NumberReader.parse("−1 000,25") == -1_000.25)
        #expect(NumberReader.parse("+12") == 12)
        #expect(NumberReader.parse("1,5E+06") == 1_500_000)
        #expect(NumberReader.parse("2e3") == 2_000)
    }

    @Test func refusesWhatIsNotADecimalNumber() {
        for bad in [
            "nan", "NaN", "inf", "-inf", "infinity", "0x1p3", "0x10", "1e", "e5", "1,2,3", "12 %", "beaucoup",
            "1..2", "--1", "1-", ",5", "5,", "1e1e1", "1e400", "١٢",
        ] {
            #expect(NumberReader.parse(bad) == nil, "\(bad)")
        }
        #expect(NumberReader.parse(String(repeating: "9", count: 400)) == nil)
    }

    @Test func anAmountIsToTheCent() {
        #expect(NumberReader.read("1 234,56", as: .amount) == .success(1_234.56))
        #expect(NumberReader.read("0,005", as: .amount) == .failure(.finerThanCent))
        #expect(NumberReader.read("1.234", as: .payment) == .failure(.finerThanCent))
        #expect(NumberReader.read("350,125", as: .dayRate) == .failure(.finerThanCent))
        #expect(NumberReader.check(0.1 + 0.2, as: .amount) == .success(0.1 + 0.2))
        #expect(NumberReader.read("1,255", as: .fte) == .success(1.255))
        #expect(NumberReader.read("12,345", as: .percent) == .success(12.345))
        #expect(NumberReader.cents(utf8: Array("1 000,004".utf8), as: .amount) == .failure(.finerThanCent))
    }

    @Test func everyQuantityHasItsRange() {
        #expect(NumberReader.read("12345678901234567890", as: .amount) == .failure(.outOfRange(-1e12...1e12)))
        #expect(NumberReader.read("1e19", as: .amount) == .failure(.outOfRange(-1e12...1e12)))
        #expect(NumberReader.read("1e300", as: .amount) == .failure(.outOfRange(-1e12...1e12)))
        #expect(NumberReader.read("-1 000 000 000 000", as: .amount) == .success(-1e12))
        #expect(NumberReader.read("100001", as: .headcount) == .failure(.outOfRange(0...100_000)))
        #expect(NumberReader.read("-1", as: .headcount) == .failure(.outOfRange(0...100_000)))
        #expect(NumberReader.read("1441", as: .durationMinutes) == .failure(.outOfRange(1...1_440)))
        #expect(NumberReader.read("12,5", as: .votes) == .failure(.notWhole))
        #expect(NumberReader.read("45", as: .threshold(.cashDaysRed)) == .success(45))
        #expect(NumberReader.read("2", as: .threshold(.subsidyRed)) == .failure(.outOfRange(0...1)))
        #expect(NumberReader.check(.nan, as: .amount) == .failure(.outOfRange(-1e12...1e12)))
        #expect(NumberReader.check(.infinity, as: .fte) == .failure(.outOfRange(0...100_000)))
    }

    @Test func formattingNeverTraps() {
        for value in [1e19, -1e19, 1e300, .greatestFiniteMagnitude, -9.3e18] {
            #expect(!DecimalFormat.string(value, lang: .fr).isEmpty)
            #expect(!DecimalFormat.grouped(value, separator: " ").isEmpty)
        }
        #expect(DecimalFormat.string(.nan, lang: .fr) == "n/d")
        #expect(DecimalFormat.string(.infinity, lang: .en) == "n/a")
        #expect(DecimalFormat.grouped(1e19, separator: " ") == "10 000 000 000 000 000 000")
        #expect(DecimalFormat.grouped(-1_234_567, separator: " ") == "-1 234 567")
    }

    @Test func durationsThatWouldOverflowAreRefused() {
        #expect(ClockParsing.duration("1e300h") == nil)
        #expect(ClockParsing.duration("99999999999999999999h30") == nil)
        #expect(ClockParsing.duration("9999999999 min") == nil)
        #expect(ClockParsing.duration("1h30") == 90)
        #expect(ClockParsing.duration("1,5 h") == 90)
    }

    @Test func formsSayTheRangeAndTheLength() {
        var draft = StructureDraft()
        draft.name = String(repeating: "é", count: TextLimit.name + 1)
        draft.headcount = "1e19"
        draft.notes = String(repeating: "x", count: TextLimit.long + 1)
        let issues = draft.issues()
        #expect(issues[.name] == .tooLong(maximum: TextLimit.name))
        #expect(issues[.headcount] == .outOfRange(0...100_000))
        #expect(issues[.notes] == .tooLong(maximum: TextLimit.long))
        draft.name = String(repeating: "é", count: TextLimit.name)
        draft.headcount = "-3"
        #expect(draft.issues()[.name] == nil)
        #expect(draft.issues()[.headcount] == .negative)
    }

    @Test func thresholdsTheWrongWayRoundAreFound() {
        let thresholds = FinanceThresholds([.cashDaysRed: 100])
        #expect(thresholds.inverted.map(\.0) == [.cashDaysRed])
        #expect(FinanceThresholds().inverted.isEmpty)
    }

    @Test func centsAreReadFromBytesAsTheReaderReadsText() {
        func cents(_ text: String) -> Result<Int64, NumberReader.Problem> {
            NumberReader.cents(utf8: Array(text.utf8), as: .amount)
        }
        #expect(cents("1234,56") == .success(123_456))
        #expect(cents("-0,5") == .success(-50))
        #expect(cents("12.30") == .success(1_230))
        #expect(cents("7") == .success(700))
        #expect(cents("1000000000000,00") == .success(100_000_000_000_000))
        #expect(cents("1000000000000,01") == .failure(.outOfRange(-1e12...1e12)))
        #expect(cents("9999999999999999") == .failure(.outOfRange(-1e12...1e12)))
        // Not plain decimals: the text reader decides, with the same range.
        #expect(cents("1 234,50") == .success(123_450))
        #expect(cents("1 234,567") == .failure(.finerThanCent))
        #expect(cents("1000,004") == .failure(.finerThanCent))
        #expect(cents("12,340") == .success(1_234))
        #expect(cents("(12,00)") == .success(-1_200))
        #expect(cents("1,2,3") == .failure(.notANumber))
        #expect(cents(",5") == .failure(.notANumber))
        #expect(cents("5,") == .failure(.notANumber))
        #expect(cents("--5") == .failure(.notANumber))
        #expect(cents("1e300") == .failure(.outOfRange(-1e12...1e12)))
        // Any plain decimal reads as the text reader reads it.
        for text in ["0", "0,01", "99,9", "-12345678,90", "42.42", "1000000,5"] {
            let viaText = NumberReader.read(text, as: .amount).map { Int64(($0 * 100).rounded()) }
            #expect(cents(text) == viaText, "\(text)")
        }
    }

    @Test func aPercentageMaySaySo() {
        #expect(NumberReader.read("12,5 %", as: .percent) == .success(12.5))
        #expect(NumberReader.read("40%", as: .percent) == .success(40))
        #expect(NumberReader.read("40 \u{202F}%", as: .percent) == .success(40))
        #expect(NumberReader.read("140 %", as: .percent) == .failure(.outOfRange(0...100)))
        // Only a percentage: 12 % is not an amount (a spreadsheet's 0,12).
        #expect(NumberReader.read("12 %", as: .amount) == .failure(.notANumber))
        #expect(NumberReader.read("% 12", as: .percent) == .failure(.notANumber))
        #expect(NumberReader.read("1 % 2", as: .percent) == .failure(.notANumber))
    }
}
