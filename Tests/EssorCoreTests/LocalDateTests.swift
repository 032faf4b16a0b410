import EssorCore
import Foundation
import Testing

@Suite struct LocalDateTests {
    @Test func daysSinceEpochRoundTripsOverCenturies() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(LocalDate(year: 2000, month: 3, day: 1)!.daysSinceEpoch == 11_017)
    }

    @Test func weekdayIsISO() {
        #expect(LocalDate(year: 2026, month: 11, day: 26)!.weekday == 4)  // Thursday
        #expect(LocalDate(year: 2026, month: 11, day: 29)!.weekday == 7)  // Sunday
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.weekday == 4)
        #expect(LocalDate(year: 1969, month: 12, day: 29)!.weekday == 1)
    }

    @Test func rejectsImpossibleDates() {
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
    }

    @Test func parsesFrenchDates() {
        #expect(LocalDate.parseDayMonthYear("15/03/2027") == LocalDate(year: 2027, month: 3, day: 15))
        #expect(LocalDate.parseDayMonthYear(" 5/3/27 ") == LocalDate(year: 2027, month: 3, day: 5))
        #expect(LocalDate.parseDayMonthYear("05.03.2027") == LocalDate(year: 2027, month: 3, day: 5))
        #expect(LocalDate.parseDayMonthYear("31/02/2027") == nil)
        #expect(LocalDate.parseDayMonthYear("2027/03/15") == nil)
        #expect(LocalDate.parseDayMonthYear("15/03") == nil)
        #expect(LocalDate.parseDayMonthYear("aa/bb/cccc") == nil)
        #expect(LocalDate.parseDayMonthYear("") == nil)
    }

    @Test func parsesAndPrintsISO() {
        let date = LocalDate(year: 2022, month: 9, day: 1)!
        #expect(date.iso == "2022-09-01")
        #expect(LocalDate.parseISO("2022-09-01") == date)
        #expect(LocalDate.parseISO("2022-9-1") == nil)
        #expect(date.dayMonthYear == "01/09/2022")
        #expect(date.monthYear == "09/2022")
    }

    @Test func addingMonthsClampsToMonthEnd() {
        let end = LocalDate(year: 2027, month: 1, day: 31)!
        #expect(end.adding(months: 1) == LocalDate(year: 2027, month: 2, day: 28))
        #expect(end.adding(months: -2) == LocalDate(year: 2026, month: 11, day: 30))
        #expect(end.adding(days: 1) == LocalDate(year: 2027, month: 2, day: 1))
    }
}

@Suite struct WallClockTests {
    let paris = WallClock.paris

    @Test func convertsWinterAndSummerTimes() {
        let winter = paris.instant(LocalDate(year: 2026, month: 1, day: 15)!, hour: 14, minute: 30)
        #expect(winter == 1_768_483_800)  // 13:30 UTC
        let summer = paris.instant(LocalDate(year: 2026, month: 7, day: 1)!, hour: 12, minute: 0)
        #expect(summer == 1_782_900_000)  // 10:00 UTC
        #expect(
            paris.local(summer)
                == LocalDateTime(date: LocalDate(year: 2026, month: 7, day: 1)!, hour: 12, minute: 0))
    }

    @Test func roundTripsAcrossTheYear() {
        var date = LocalDate(year: 2026, month: 1, day: 1)!
        for _ in 0..<366 {
            let instant = paris.instant(date, hour: 9, minute: 45)
            let back = paris.local(instant)
            #expect(back.date == date && back.hour == 9 && back.minute == 45)
            date = date.adding(days: 1)
        }
    }

    /// Around the changes of time: an hour that happens twice (autumn) is
    /// its first occurrence, as RFC 5545 says; one that never happens
    /// (spring) moves forward by the gap; every other hour of those days,
    /// and of every day of three years, reads back as itself.
    @Test func theChangesOfTimeAreResolvedAsRFC5545Says() {
        let autumn = LocalDate(year: 2027, month: 10, day: 31)!
        #expect(paris.instant(autumn, hour: 2, minute: 30) == 1_824_942_600)  // 00:30 UTC, +02:00
        #expect(paris.instant(autumn, hour: 3, minute: 30) == 1_824_949_800)  // 02:30 UTC, +01:00
        let spring = LocalDate(year: 2027, month: 3, day: 28)!
        #expect(paris.instant(spring, hour: 2, minute: 30) == paris.instant(spring, hour: 3, minute: 30))
        var date = LocalDate(year: 2025, month: 1, day: 1)!
        for _ in 0..<(3 * 366) {
            for hour in [0, 1, 3, 4, 12, 23] {
                let back = paris.local(paris.instant(date, hour: hour, minute: 15))
                #expect(back.date == date && back.hour == hour && back.minute == 15, "\(date) \(hour)h15")
            }
            date = date.adding(days: 1)
        }
    }

    @Test func writesTimesTheFrenchWay() {
        let time = LocalDateTime(date: LocalDate(year: 2026, month: 1, day: 1)!, hour: 9, minute: 5)
        #expect(time.frenchTime == "9h05")
        #expect(time.clockTime == "09:05")
    }
}

@Suite struct CohortStatusTests {
    @Test func followsTheDates() {
        let start = LocalDate(year: 2022, month: 9, day: 1)!
        let end = LocalDate(year: 2023, month: 1, day: 31)!
        #expect(CohortStatus(start: start, end: end, today: start.adding(days: -1)) == .upcoming)
        #expect(CohortStatus(start: start, end: end, today: start) == .running)
        #expect(CohortStatus(start: start, end: end, today: end) == .running)
        #expect(CohortStatus(start: start, end: end, today: end.adding(days: 1)) == .finished)
    }
}

/// One reader for every date a person types.
@Suite struct DateReaderTests {
    let today = LocalDate(year: 2026, month: 12, day: 1)!

    @Test func everyFormReadsTheSame() {
        let expected = LocalDate(year: 2027, month: 1, day: 21)
        for text in ["21/01/2027", "21/1/27", "21.01.2027", "2027-01-21", " 21/01 ", "21/1"] {
            #expect(DateReader.read(text, today: today) == expected, "\(text)")
        }
        // A day already past this year is next year's; today is today.
        #expect(DateReader.read("01/12", today: today) == today)
        #expect(DateReader.read("30/11", today: today) == LocalDate(year: 2027, month: 11, day: 30))
        // Without a reference day a date needs its year.
        #expect(DateReader.read("21/01", today: nil) == nil)
        for bad in ["31/02", "21/13", "21", "21/01/", "aa/bb", "21/01/2027x", "1/2/3", ""] {
            #expect(DateReader.read(bad, today: today) == nil, "\(bad)")
        }
        #expect(DateReader.completed("21/01", today: today) == "21/01/2027")
        #expect(DateReader.completed("n'importe", today: today) == "n'importe")
        #expect(CaptureLine.parse("action: relancer 21/01", today: today)?.due == expected)
    }
}
