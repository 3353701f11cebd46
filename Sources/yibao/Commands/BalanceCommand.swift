import ArgumentParser
import Foundation
import ScreenKit
import YibaoCore
import YibaoService

/// `yibao balance [--person ID] [--json]`.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance", abstract: "Show a personal-account balance and this year's figures.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Whose account (ID number); default: the store's owner.") var person: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context(global)
        let service = try context.openService()
        _ = try perform { try service.policy() }  // a wrong data file is refused, as before
        let who = try context.personOrOwner(person, in: service)
        let household = try perform { try service.household(asOf: context.today) }
        let lastChange = try perform { try service.snapshot(asOf: context.today) }.lastChangeDate
        let report = BalanceReport(
            person: who, summary: BalanceSummary(person: who.id, household: household),
            names: household.persons.mapValues(\.name), lastUpdated: lastChange)
        if json {
            try printJSON(report.json)
        } else {
            print(report.text(context.language))
        }
    }
}

/// `yibao balance`'s two outputs of the model's `BalanceSummary` (the figures the balance screen shows).
struct BalanceReport {
    let person: Person
    let summary: BalanceSummary
    /// Everyone's name as saved, for the relatives' lines.
    let names: [ResidentID: String]
    /// When the store was last brought up to date (the day of its last change), if ever.
    var lastUpdated: String? = nil

    var json: [String: Any] {
        [
            "person": person.id.value,
            "name": person.name,
            "has_account": person.hasPersonalAccount,
            "as_of": summary.asOf.iso,
            "balance_fen": summary.balance.fen,
            "balance": summary.balance.plain,
            "available_fen": summary.available.fen,
            "earmarked_quota_fen": summary.earmarked.fen,
            "credits_this_year_fen": summary.creditedThisYear.fen,
            "own_spending_this_year_fen": summary.ownSpendingThisYear.fen,
            "year_start": summary.yearStart.iso,
            "prior_years_remaining_fen": summary.priorYearsRemaining.fen,
            "for_relatives_this_year": summary.forRelativesThisYear.sorted { $0.key < $1.key }.map {
                ["person": $0.key.value, "name": names[$0.key] ?? "", "fen": $0.value.fen] as [String: Any]
            },
            "own_records": true,
            "last_updated": lastUpdated ?? NSNull(),
            "died_on": person.diedOn?.iso ?? NSNull(),
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
        let date = summary.asOf.iso
        lines.append(zh ? "\(name) 的个人账户（截至 \(date)）" : "Personal account of \(name) (as of \(date))")
        lines.append((zh ? "余额：" : "Balance: ") + summary.balance.formatted)
        if summary.earmarked > .zero {
            lines.append((zh ? "其中已设为共济额度：" : "Earmarked as quotas for relatives: ") + summary.earmarked.formatted)
            lines.append((zh ? "本人可用：" : "Available to you: ") + summary.available.formatted)
        }
        if summary.isInsuranceYear {
            let start = summary.yearStart.iso
            lines.append(
                zh
                    ? "本医保年度从 \(start) 开始，下面的“今年”从这天算起（以当地规定为准）。"
                    : "This insurance year (医保年度) began on \(start); \"this year\" below counts from then (local policy prevails).")
            lines.append((zh ? "历年结余（往年结转）剩余：" : "Left from earlier years (历年结余): ") + summary.priorYearsRemaining.formatted)
        }
        lines.append((zh ? "今年划入：" : "Credited this year: ") + summary.creditedThisYear.formatted)
        lines.append((zh ? "今年本人支出：" : "Spent on yourself this year: ") + summary.ownSpendingThisYear.formatted)
        for (id, amount) in summary.forRelativesThisYear.sorted(by: { $0.key < $1.key }) {
            let relative = Sanitizer.inert(names[id] ?? id.masked)
            lines.append((zh ? "今年为\(relative)支出：" : "Spent for \(relative) this year: ") + amount.formatted)
        }
        if let died = person.diedOn {
            lines.append(
                LocalizedText(
                    zh: "已记录于\(died.iso)去世；余额可由继承人按继承情形申请提取（yibao rules withdrawal）。",
                    en: "Died on \(died.iso); the heirs may ask to withdraw the balance (the inheritance case: yibao rules withdrawal)."
                ).text(language))
        }
        lines.append("")
        lines.append(HonestFigures.lines(lastUpdated: lastUpdated).text(language))
        return lines.joined(separator: "\n")
    }
}
