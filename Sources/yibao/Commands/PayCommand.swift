import ArgumentParser
import ScreenKit
import YibaoCore
import YibaoService

/// `yibao pay --beneficiary ID --amount AMOUNT [--dry-run]`: record (or preview) a medical payment.
struct PayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: "Record a medical payment and show who pays what.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Whose care it is (ID number).") var beneficiary: String
    @Option(help: "The self-pay amount to settle, e.g. 300.") var amount: String
    @Flag(help: "Show the split without recording it.") var dryRun = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context(global)
        let id = try context.residentID(beneficiary, option: "--beneficiary")
        let money = try context.money(amount, option: "--amount")
        let service = try context.openService(policy: true)
        let payment = try perform {
            dryRun
                ? try service.previewPayment(beneficiary: id, amount: money, asOf: context.today)
                : try service.pay(beneficiary: id, amount: money, asOf: context.today)
        }
        let deduction = payment.deduction
        let names = payment.names
        if json {
            try printJSON(
                [
                    "amount_fen": deduction.amount.fen,
                    "parts": deduction.parts.map {
                        ["account_of": $0.account.value, "fen": $0.amount.fen] as [String: Any]
                    },
                    "cash_fen": deduction.cash.fen,
                    "recorded": payment.recorded,
                    "explanation": deduction.explanation(language: context.language) { names[$0] ?? $0.masked },
                ] as [String: Any])
            return
        }
        print(deduction.explanation(language: context.language) { Sanitizer.inert(names[$0] ?? $0.masked) })
        if !payment.recorded {
            print(context.text(LocalizedText(zh: "（仅预览，未记账）", en: "(preview only; nothing recorded)")))
        }
    }
}
