import ArgumentParser
import YibaoCore
import YibaoService

/// `yibao credit --person ID --amount AMOUNT [--date] [--note]`: record a monthly credit (划入).
struct CreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit", abstract: "Record a credit (划入) to an account.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Whose account (ID number).") var person: String
    @Option(help: "Amount, e.g. 110 or ¥110.00.") var amount: String
    @Option(help: "A note for the ledger.") var note: String = ""

    func run() throws {
        let context = try Context(global)
        let id = try context.residentID(person, option: "--person")
        let money = try context.money(amount, option: "--amount")
        let service = try context.openService()
        try perform { try service.credit(account: id, amount: money, note: note, asOf: context.today) }
        print(context.text(LocalizedText(zh: "已划入 \(money.formatted)", en: "Credited \(money.formatted)")))
    }
}
