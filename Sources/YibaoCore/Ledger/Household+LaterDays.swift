// A change dated in the past is decided against every later day as well (issue 12, item 2).
//
// What an account may spend without falling short ("room": balance less what its quotas set aside) only
// moves on days that have a line on that account: the balance is the sum of its lines, and what a quota
// has used is the sum of the payer's spending for that relative, also lines on the payer's account. So
// the lowest room from a day on is found by looking at that day and at each later day with a line of
// the account: nothing in between can be lower.

extension Household {
    /// What `account` may still spend without falling short: the balance less what is earmarked for
    /// relatives' quotas. Below zero means it has already fallen short.
    public func room(of account: ResidentID) -> Money {
        (accounts[account]?.balance ?? .zero) - earmarked(payer: account)
    }

    /// The first day, from `after.date` through `today`, on which one of `accounts` falls short once a
    /// change is saved, where it did not fall short as far without the change.
    ///
    /// `before` and `after` are the household as of the change's date without and with the change;
    /// `later` holds the saved ledger lines dated after that day through `today` (at least those of
    /// `accounts`; others are ignored, as are lines outside the days). A change never makes an account
    /// that was already short (an old record) refuse it, unless the change makes it shorter still.
    public static func firstShortfall(
        before: Household, after: Household, later: [LedgerEntry], through today: CivilDate,
        accounts: Set<ResidentID>
    ) -> Shortfall? {
        var before = before
        var after = after
        let ordered = accounts.sorted()
        func check(_ day: CivilDate) -> Shortfall? {
            for account in ordered {
                let room = after.room(of: account)
                guard room < .zero, room < before.room(of: account) else { continue }
                return Shortfall(
                    account: account, day: day, balance: after.accounts[account]?.balance ?? .zero,
                    earmarked: after.earmarked(payer: account))
            }
            return nil
        }
        if let shortfall = check(after.date) { return shortfall }
        let lines = later.filter {
            accounts.contains($0.account) && $0.date > after.date && $0.date <= today
        }
        let days = Dictionary(grouping: lines, by: \.date)
        for day in days.keys.sorted() {
            for line in days[day]! {
                before.count(line)
                after.count(line)
            }
            before.date = day
            after.date = day
            if let shortfall = check(day) { return shortfall }
        }
        return nil
    }

    /// Adds one later ledger line to the balance and, for spending on a relative under a quota binding
    /// begun by then, to what that quota has used (as the store counts it).
    mutating func count(_ line: LedgerEntry) {
        accounts[line.account, default: AccountTotals(account: line.account)].balance += line.amount
        guard line.kind == .relativeSpending, let relative = line.counterparty,
            let binding = bindings.first(where: { $0.payer == line.account && $0.beneficiary == relative }
            ),
            case .quota = binding.form, line.date >= binding.since
        else { return }
        quotaUsed[QuotaKey(payer: line.account, beneficiary: relative), default: .zero] -= line.amount
    }
}

extension Change {
    /// The account whose room this change may lower (a spending line, or a new quota set aside), if any.
    /// Credits, people, payer orders and ended bindings never lower an account's room.
    public var accountItMayLower: ResidentID? {
        switch self {
        case .addLedgerEntry(let entry): entry.amount < .zero ? entry.account : nil
        case .addBinding(let binding):
            if case .quota = binding.form { binding.payer } else { nil }
        case .addPerson, .updatePerson, .removeBinding, .setPayerOrder, .recordPersonEvent, .recordBindingEnd,
            .markPending, .confirmPerson:
            nil
        }
    }
}
