import ArgumentParser
import ScreenKit
import YibaoCore
import YibaoService

/// `yibao payers show|set`: the order in which a beneficiary's payers are charged (扣款顺序).
struct PayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payers", abstract: "Show or set the order in which payers are charged (扣款顺序).",
        subcommands: [Show.self, SetOrder.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a beneficiary's payer order.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The beneficiary's ID number.") var beneficiary: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let context = try Context(global)
            let id = try context.residentID(beneficiary, option: "--beneficiary")
            let service = try context.openService()
            let policy = try perform { try service.policy() }
            let household = try perform { try service.household(asOf: context.today) }
            guard household.persons[id] != nil else { throw Refused(unknownPerson(id)) }
            let order = household.payerOrder(for: id)
            if json {
                try printJSON(["beneficiary": id.value, "order": order.map(\.value)] as [String: Any])
                return
            }
            let zh = context.language == .zhHans
            print(zh ? "扣款顺序（先用本人账户）：" : "Charge order (own account first):")
            // Numbered as on the payer-order screen: the own account is number 1, the first payer 2.
            print("  1. " + (zh ? "本人账户" : "own account") + "  " + household.ownAvailable(person: id).formatted)
            for (i, payer) in order.enumerated() {
                let name = Sanitizer.inert(household.persons[payer]?.name ?? payer.masked)
                let funds = household.shareable(payer: payer, for: id, rules: policy)
                print("  \(i + 2). \(name) (\(payer.masked))  \(funds.formatted)")
            }
            if order.isEmpty {
                print(zh ? "  （没有人为此人付款）" : "  (no one pays for this person)")
            }
        }
    }

    struct SetOrder: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set a beneficiary's payer order.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The beneficiary's ID number.") var beneficiary: String
        @Option(help: "Every payer's ID number, comma-separated, first charged first.") var order: String
        @Option(
            help: ArgumentHelp(
                "The order you decided on (as `payers show` printed it), comma-separated: when the saved order is "
                    + "no longer this, nothing is saved (exit 1). Without it, the last writer wins."))
        var expect: String?

        func run() throws {
            let context = try Context(global)
            let id = try context.residentID(beneficiary, option: "--beneficiary")
            let payers = try context.residentIDs(order, option: "--order")
            let basis = try expect.map { try context.residentIDs($0, option: "--expect") }
            let service = try context.openService()
            try perform {
                try service.setPayerOrder(beneficiary: id, order: payers, basis: basis, asOf: context.today)
            }
            print(context.text(LocalizedText(zh: "扣款顺序已保存。", en: "Payer order saved.")))
        }
    }
}

func unknownPerson(_ id: ResidentID) -> LocalizedText {
    LocalizedText(
        zh: "仓库里没有这个人：\(id.masked)。请先用 yibao person add 添加。",
        en: "No one with ID \(id.masked) is in the store. Add them first with `yibao person add`.")
}
