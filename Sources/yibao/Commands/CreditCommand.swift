import ArgumentParser
import YibaoCore
import YibaoService

/// `yibao credit --person ID --amount AMOUNT [--date] [--note]`: record a monthly credit (划入);
/// `yibao credit --person ID --estimated [--month YYYY-MM] [--json]`: record the month's credit the
/// policy tables give for the person, marked as an estimate.
struct CreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit", abstract: "Record a credit (划入) to an account, typed or estimated.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Whose account (ID number).") var person: String
    @Option(help: "Amount, e.g. 110 or ¥110.00.") var amount: String?
    @Option(help: "A note for the ledger.") var note: String = ""
    @Flag(help: "Record the month's credit worked out from the policy tables (retirees by region and age; in service from the contribution base).")
    var estimated = false
    @Option(help: "With --estimated: the month (YYYY-MM, default this month).") var month: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context(global)
        let id = try context.residentID(person, option: "--person")
        if estimated {
            try runEstimated(id, context: context)
            return
        }
        guard month == nil else { throw UsageError("--month goes with --estimated") }
        guard let amount else { throw UsageError("give --amount, or --estimated for the policy tables' amount") }
        let money = try context.money(amount, option: "--amount")
        let service = try context.openService()
        try perform { try service.credit(account: id, amount: money, note: note, asOf: context.today) }
        if json {
            try printJSON(["person": id.value, "amount_fen": money.fen, "estimated": false] as [String: Any])
            return
        }
        print(context.text(LocalizedText(zh: "已划入 \(money.formatted)", en: "Credited \(money.formatted)")))
    }

    private func runEstimated(_ id: ResidentID, context: Context) throws {
        guard amount == nil else { throw UsageError("give --amount or --estimated, not both") }
        var day = context.today
        if let month {
            guard month.count == 7, let first = CivilDate(iso: month + "-01") else {
                throw UsageError("--month must be written YYYY-MM, like 2026-03")
            }
            day = first
        }
        let service = try context.openService(policy: true)
        let estimate = try perform { try service.creditEstimated(for: id, month: day) }
        if json {
            try printJSON(
                ["person": id.value, "month": estimate.month, "amount_fen": estimate.amount.fen, "estimated": true]
                    as [String: Any])
            return
        }
        let rule = estimate.rule
        printText(
            context.text(
                LocalizedText(
                    zh: "已记录\(estimate.month)的估算划入 \(estimate.amount.formatted)（估算，可以日后更正）。",
                    en: "Recorded the estimated credit for \(estimate.month): \(estimate.amount.formatted) "
                        + "(an estimate; it can be corrected later).")))
        printText(context.text(LocalizedText(zh: "依据：\(rule.text.zh)", en: "Rule: \(rule.text.en)")))
        printText(context.text(LocalizedText(zh: "来源：\(rule.basis.source)", en: "Source: \(rule.basis.source)")))
    }
}
