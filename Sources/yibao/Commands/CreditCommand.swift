import ArgumentParser
import YibaoCore

/// `yibao credit --person ID --amount AMOUNT [--date] [--note]`: record a monthly credit (划入).
struct CreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "credit", abstract: "Record a credit (划入) to an account.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Whose account (ID number).") var person: String
    @Option(help: "Amount, e.g. 110 or ¥110.00.") var amount: String
    @Option(help: "A note for the ledger.") var note: String = ""

    func run() throws {
        let context = try Context(global)
        let id = try context.residentID(person, option: "--person")
        let money = try context.money(amount, option: "--amount")
        let store = try context.openStore()
        try perform {
            try store.change(asOf: context.today, action: "credit", summary: "credit \(money.plain) to \(id.masked)") {
                try $0.credit(account: id, amount: money, note: note)
            }
        }
        print(context.text(LocalizedText(zh: "已划入 \(money.formatted)", en: "Credited \(money.formatted)")))
    }
}
