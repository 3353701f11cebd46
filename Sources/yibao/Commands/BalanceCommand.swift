import ArgumentParser
import ScreenKit
import YibaoCore

/// `yibao balance [--person ID] [--json]`.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance", abstract: "Show a personal-account balance and this year's figures.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Whose account (ID number); default: the store's owner.") var person: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context(global)
        let store = try context.openStore()
        let policy = try context.policy()
        let who = try context.personOrOwner(person, in: store)
        let household = try perform { try store.household(asOf: context.today) }
        let summary = BalanceSummary(person: who, household: household, rules: policy)
        if json {
            try printJSON(summary.json)
        } else {
            print(summary.text(context.language))
        }
    }
}

/// A person's account figures as of the household's date, in the shape both outputs print.
struct BalanceSummary {
    let person: Person
    let household: Household
    let totals: AccountTotals
    let available: Money
    let earmarked: Money

    init(person: Person, household: Household, rules: any RegionRules) {
        self.person = person
        self.household = household
        totals = household.accounts[person.id] ?? AccountTotals(account: person.id)
        available = household.ownAvailable(person: person.id)
        earmarked = household.earmarked(payer: person.id)
    }

    private func thisYear(_ kind: LedgerEntry.Kind) -> Money { totals.thisYearByKind[kind] ?? .zero }

    var json: [String: Any] {
        [
            "person": person.id.value,
            "name": person.name,
            "has_account": person.hasPersonalAccount,
            "as_of": household.date.iso,
            "balance_fen": totals.balance.fen,
            "balance": totals.balance.plain,
            "available_fen": available.fen,
            "earmarked_quota_fen": earmarked.fen,
            "credits_this_year_fen": thisYear(.credit).fen,
            "own_spending_this_year_fen": -thisYear(.ownSpending).fen,
            "for_relatives_this_year": totals.thisYearForRelatives.sorted { $0.key < $1.key }.map {
                ["person": $0.key.value, "name": household.persons[$0.key]?.name ?? "", "fen": -$0.value.fen]
                    as [String: Any]
            },
        ]
    }

    func text(_ language: Language) -> String {
        let name = Sanitizer.inert(person.name)
        if !person.hasPersonalAccount {
            return LocalizedText(
                zh: "\(name)参加的是\(person.scheme.name.zh)，没有职工医保个人账户。",
                en: "\(name) has \(person.scheme.name.en), which has no employee personal account."
            ).text(language)
        }
        var lines: [String] = []
        let zh = language == .zhHans
        lines.append(zh ? "\(name) 的个人账户（截至 \(household.date.iso)）" : "Personal account of \(name) (as of \(household.date.iso))")
        lines.append((zh ? "余额：" : "Balance: ") + totals.balance.formatted)
        if earmarked > .zero {
            lines.append((zh ? "其中已设为共济额度：" : "Earmarked as quotas for relatives: ") + earmarked.formatted)
            lines.append((zh ? "本人可用：" : "Available to you: ") + available.formatted)
        }
        lines.append((zh ? "今年划入：" : "Credited this year: ") + thisYear(.credit).formatted)
        lines.append((zh ? "今年本人支出：" : "Spent on yourself this year: ") + (-thisYear(.ownSpending)).formatted)
        for (id, amount) in totals.thisYearForRelatives.sorted(by: { $0.key < $1.key }) {
            let relative = Sanitizer.inert(household.persons[id]?.name ?? id.masked)
            lines.append((zh ? "今年为\(relative)支出：" : "Spent for \(relative) this year: ") + (-amount).formatted)
        }
        return lines.joined(separator: "\n")
    }
}
