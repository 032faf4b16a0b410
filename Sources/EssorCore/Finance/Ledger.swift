/// One line of a general ledger (a FEC's line), amounts in cents.
public struct LedgerLine: Equatable, Sendable {
    /// The line in the file (the header is line 1).
    public var line: Int
    public var journal: String
    public var journalLabel: String
    /// The entry's number (`EcritureNum`): the lines of one entry share it
    /// within their journal.
    public var entry: String
    public var date: LocalDate
    public var account: String
    public var debit: Int64
    public var credit: Int64

    public init(
        line: Int, journal: String, journalLabel: String = "", entry: String, date: LocalDate,
        account: String, debit: Int64, credit: Int64
    ) {
        self.line = line
        self.journal = journal
        self.journalLabel = journalLabel
        self.entry = entry
        self.date = date
        self.account = account
        self.debit = debit
        self.credit = credit
    }

    /// An opening entry (« à-nouveaux »): its journal is coded AN, RAN or
    /// ANO, or its label speaks of « à nouveau ».
    public var isOpening: Bool {
        let code = journal.uppercased()
        if ["AN", "RAN", "ANO", "ANX", "ANOUV"].contains(code) { return true }
        return SearchFolding.fold(journalLabel).contains("nouveau")
    }
}

/// What a general ledger holds once its lines are added up: each
/// account's totals (opening entries included), the ledger's totals, and
/// what is wrong with it.
public struct Ledger: Sendable {
    public struct Account: Equatable, Sendable {
        public var number: String
        public var debit: Int64 = 0
        public var credit: Int64 = 0
        /// The part of `debit − credit` that comes from opening entries.
        public var opening: Int64 = 0
        /// The first line that uses the account.
        public var firstLine: Int

        /// debit − credit.
        public var balance: Int64 { debit - credit }
    }

    public enum Problem: Equatable, Sendable, Error {
        /// An entry whose lines' debits and credits differ.
        case unbalancedEntry(journal: String, entry: String, line: Int, debit: Int64, credit: Int64)
        /// The whole ledger's debits and credits differ.
        case unbalancedTotals(debit: Int64, credit: Int64)
        /// An account number that belongs to no class of the plan.
        case unknownClass(account: String, line: Int)
        /// Account 12 states a result that is not classes 7 − 6.
        case resultMismatch(classes: Int64, account12: Int64)
        /// Sums beyond what essor can hold (from this line on).
        case tooLarge(line: Int)
        /// An entry dated after the financial year's closing day, or more
        /// than 24 months before it (the longest a financial year lasts).
        case outsideYear(line: Int, date: LocalDate, closing: LocalDate)
    }

    /// The lines dated outside the financial year that closes on
    /// `closing` (the first of each run of them, at most `limit`).
    public static func datedOutside(_ lines: [LedgerLine], closing: LocalDate, limit: Int = 30) -> [Problem] {
        // The day after the same day two years before (28 February for a
        // 29th).
        let twoYears =
            LocalDate(year: closing.year - 2, month: closing.month, day: closing.day)
            ?? LocalDate(year: closing.year - 2, month: closing.month, day: closing.day - 1) ?? closing
        let earliest = twoYears.adding(days: 1)
        var out: [Problem] = []
        for line in lines where closing < line.date || line.date < earliest {
            out.append(.outsideYear(line: line.line, date: line.date, closing: closing))
            if out.count == limit { break }
        }
        return out
    }

    /// The accounts by number.
    public private(set) var accounts: [String: Account] = [:]
    public private(set) var totalDebit: Int64 = 0
    public private(set) var totalCredit: Int64 = 0
    public private(set) var lineCount = 0
    public private(set) var problems: [Problem] = []

    public init(_ lines: [LedgerLine]) {
        struct EntryTotal {
            var line: Int
            var debit: Int64 = 0
            var credit: Int64 = 0
        }
        var entries: [String: EntryTotal] = [:]
        var order: [String] = []
        var unknown: [String: Int] = [:]
        var overflow: Int?
        func add(_ a: Int64, _ b: Int64, line: Int) -> Int64 {
            let (sum, over) = a.addingReportingOverflow(b)
            if over, overflow == nil { overflow = line }
            return over ? a : sum
        }
        var opening: [String: Bool] = [:]
        for line in lines {
            lineCount += 1
            let key = line.journal + "\u{1F}" + line.entry
            var entry = entries[key] ?? EntryTotal(line: line.line)
            if entry.line == line.line { order.append(key) }
            entry.debit = add(entry.debit, line.debit, line: line.line)
            entry.credit = add(entry.credit, line.credit, line: line.line)
            entries[key] = entry
            totalDebit = add(totalDebit, line.debit, line: line.line)
            totalCredit = add(totalCredit, line.credit, line: line.line)
            if !AccountMapping.isKnownClass(line.account), unknown[line.account] == nil {
                unknown[line.account] = line.line
            }
            let journal = line.journal + "\u{1F}" + line.journalLabel
            let isOpening = opening[journal] ?? line.isOpening
            opening[journal] = isOpening
            var account =
                accounts.removeValue(forKey: line.account)
                ?? Account(number: line.account, firstLine: line.line)
            account.debit = add(account.debit, line.debit, line: line.line)
            account.credit = add(account.credit, line.credit, line: line.line)
            if isOpening {
                account.opening = add(account.opening, line.debit - line.credit, line: line.line)
            }
            accounts[line.account] = account
        }
        // Totals under a quarter of what a sum holds, so that no figure
        // (a sum of balances) can overflow.
        if overflow == nil, max(totalDebit, totalCredit) > Int64.max / 4 { overflow = lines.last?.line }
        if let overflow {
            problems = [.tooLarge(line: overflow)]
            return
        }
        for key in order {
            let total = entries[key]!
            guard total.debit != total.credit else { continue }
            let parts = key.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
            problems.append(
                .unbalancedEntry(
                    journal: String(parts[0]), entry: parts.count > 1 ? String(parts[1]) : "",
                    line: total.line, debit: total.debit, credit: total.credit))
        }
        if totalDebit != totalCredit {
            problems.append(.unbalancedTotals(debit: totalDebit, credit: totalCredit))
        }
        for (account, line) in unknown.sorted(by: { $0.value < $1.value }) {
            problems.append(.unknownClass(account: account, line: line))
        }
        if let posted = postedResult, posted != classResult {
            problems.append(.resultMismatch(classes: classResult, account12: posted))
        }
    }

    /// The accounts in number order.
    public var sortedAccounts: [Account] { accounts.values.sorted { $0.number < $1.number } }

    /// Class 7 − class 6 (credit − debit), in cents.
    public var classResult: Int64 {
        accounts.values.reduce(Int64(0)) { sum, account in
            account.number.hasPrefix("6") || account.number.hasPrefix("7") ? sum - account.balance : sum
        }
    }

    /// The result account 12 states (credit − debit), when the ledger posts
    /// the year's result to it: its closing balance is neither zero nor
    /// what the opening entries brought (last year's result not yet
    /// allocated). Nil otherwise.
    public var postedResult: Int64? {
        let twelve = accounts.values.filter { $0.number.hasPrefix(AccountMapping.resultAccount) }
        let closing = twelve.reduce(Int64(0)) { $0 - $1.balance }
        let opening = twelve.reduce(Int64(0)) { $0 - $1.opening }
        return closing == 0 || closing == opening ? nil : closing
    }

    /// One part of a figure: the accounts under one prefix of one term.
    public struct Part: Equatable, Sendable {
        public var term: AccountMapping.Term
        public var prefix: String
        public var cents: Int64
        /// How many accounts it adds up.
        public var accounts: Int
    }

    /// A figure read from the ledger, with what it is made of.
    public struct Reading: Equatable, Sendable {
        public var figure: FinancialYear.Figure
        public var cents: Int64
        public var parts: [Part]
        /// The year's result added to equity (not posted to account 12).
        public var addedResult: Int64?

        /// In euros, as the store keeps figures.
        public var euros: Double { Double(cents) / 100 }
    }

    /// Every figure the mapping reads, in the rules' order.
    public var readings: [Reading] {
        let sorted = sortedAccounts
        return AccountMapping.rules.map { rule in
            var parts: [Part] = []
            for term in rule.terms {
                var byPrefix: [String: (Int64, Int)] = [:]
                for account in sorted {
                    guard let prefix = term.prefix(of: account.number),
                        let value = term.value(ofBalance: account.balance)
                    else { continue }
                    let (sum, count) = byPrefix[prefix] ?? (0, 0)
                    byPrefix[prefix] = (sum + value, count + 1)
                }
                for prefix in term.prefixes {
                    guard let (sum, count) = byPrefix[prefix] else { continue }
                    parts.append(Part(term: term, prefix: prefix, cents: sum, accounts: count))
                }
            }
            var total = parts.reduce(Int64(0)) { $0 + $1.cents }
            var added: Int64?
            if rule.addsUnpostedResult, postedResult == nil {
                added = classResult
                total += classResult
            }
            return Reading(figure: rule.figure, cents: total, parts: parts, addedResult: added)
        }
    }

    /// The readings as figures of the store (euros).
    public var values: [FinancialYear.Figure: Double] {
        Dictionary(readings.map { ($0.figure, $0.euros) }) { $1 }
    }
}
