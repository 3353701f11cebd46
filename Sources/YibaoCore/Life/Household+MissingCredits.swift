extension Household {
    /// How many months back, this month included, estimated credits are offered at most.
    public static let missingCreditMonthsCap = 24

    /// The months (their first days, oldest first) with no credit recorded yet for `id`: from the month
    /// after `lastCredit` (the last recorded credit, if any) to `today`'s month, and never more than
    /// `missingCreditMonthsCap` months back nor before the person was born.
    public static func missingCreditMonths(for id: ResidentID, lastCredit: CivilDate?, today: CivilDate) -> [CivilDate] {
        func index(_ date: CivilDate) -> Int { date.year * 12 + date.month - 1 }
        func first(_ index: Int) -> CivilDate { CivilDate(year: index / 12, month: index % 12 + 1, day: 1)! }
        let end = index(today)
        var start = end - (missingCreditMonthsCap - 1)
        if let lastCredit { start = max(start, index(lastCredit) + 1) }
        start = max(start, index(id.birthDate))
        guard start <= end else { return [] }
        return (start...end).map(first)
    }

    /// The estimated credit of each month in `months` (first days) that the tables can give for `id`,
    /// and for the others the reason none can be given (each month decided as `estimatedCredit` does,
    /// on the household dated that month). Nothing is recorded.
    public func estimatedCredits(
        for id: ResidentID, months: [CivilDate], policy: PolicyBook, today: CivilDate
    ) -> (estimates: [CreditEstimate], refused: [(month: String, reason: LocalizedText)]) {
        var estimates: [CreditEstimate] = []
        var refused: [(month: String, reason: LocalizedText)] = []
        for month in months {
            var dated = self
            dated.date = month
            do {
                estimates.append(try dated.estimatedCredit(for: id, policy: policy, credited: false, today: today).estimate)
            } catch {
                refused.append((month: Household.monthText(month), reason: error.message))
            }
        }
        return (estimates, refused)
    }
}

extension CreditEstimate {
    /// Consecutive estimates with the same amount and rule, as runs: `2025-03 – 2025-12, ¥160.00 a month`.
    public static func runs(_ estimates: [CreditEstimate]) -> [[CreditEstimate]] {
        var runs: [[CreditEstimate]] = []
        for estimate in estimates {
            if let last = runs.last?.last, last.amount == estimate.amount, last.rule == estimate.rule,
                Household.monthIndex(last.month) + 1 == Household.monthIndex(estimate.month)
            {
                runs[runs.count - 1].append(estimate)
            } else {
                runs.append([estimate])
            }
        }
        return runs
    }
}

extension Household {
    /// A `YYYY-MM` month as a count of months, for comparing and stepping.
    static func monthIndex(_ month: String) -> Int {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return 0 }
        return y * 12 + m - 1
    }
}
