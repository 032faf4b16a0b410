import ArgumentParser
import EssorCore
import EssorUI

/// `--cohort`, `--from` and `--to`, as the audit pack and the programme
/// report take them: dates as DD/MM/YYYY, the first not after the second.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(tr("One cohort only (number or name).", HelpLanguage.fr)))
    var cohort: String?
    @Option(name: .long, help: ArgumentHelp(tr("From this date (DD/MM/YYYY).", HelpLanguage.fr))) var from:
        String?
    @Option(name: .long, help: ArgumentHelp(tr("Up to this date included (DD/MM/YYYY).", HelpLanguage.fr)))
    var to: String?

    /// The dates given, read and checked.
    func days(_ lang: Lang) throws -> (from: LocalDate?, to: LocalDate?) {
        func day(_ text: String?) throws -> LocalDate? {
            guard let text else { return nil }
            guard let day = Validators.date(text) else { throw Failure(.badDate(text), lang: lang) }
            return day
        }
        let (start, end) = (try day(from), try day(to))
        if let start, let end, let problem = ReportPeriod.problem(from: start, to: end) {
            switch problem {
            case .reversed:
                throw Failure(
                    .script(.periodReversed(from: start.dayMonthYear, to: end.dayMonthYear)), lang: lang)
            case .tooLong:
                throw Failure(.script(.periodTooLong(years: ReportPeriod.maximumYears)), lang: lang)
            }
        }
        return (start, end)
    }
}
