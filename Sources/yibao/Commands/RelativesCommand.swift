import ArgumentParser
import ScreenKit
import YibaoCore
import YibaoService

/// `yibao relatives add|list|remove`: family mutual-aid bindings (家庭共济).
struct RelativesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relatives", abstract: "Bind, list and unbind relatives for family mutual aid (家庭共济).",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let the payer's account pay for a near relative.",
            discussion: "--relation says what the beneficiary is to the payer: 母亲 means the payer's mother.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The payer's ID number (needs an employee personal account).") var payer: String
        @Option(help: "The relative's ID number.") var beneficiary: String
        @Option(help: "What the relative is to the payer: 配偶, 母亲, 儿子, mother, son, …") var relation: String
        @Option(help: "Cross-province only: the amount earmarked for the relative.") var quota: String?

        func run() throws {
            let context = try Context(global)
            let payerID = try context.residentID(payer, option: "--payer")
            let beneficiaryID = try context.residentID(beneficiary, option: "--beneficiary")
            let relationship: Relationship
            do { relationship = try Relationship.parse(relation) } catch {
                throw UsageError("--relation: " + context.text(error.message))
            }
            let quotaMoney = try quota.map { try context.money($0, option: "--quota") }
            let service = try context.openService(policy: true)
            try perform {
                try service.bind(
                    payer: payerID, beneficiary: beneficiaryID, relation: relationship, quota: quotaMoney,
                    asOf: context.today)
            }
            print(context.text(LocalizedText(zh: "已绑定。", en: "Bound.")))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List bindings (of one person with --person).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only bindings where this person pays or is paid for.") var person: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let context = try Context(global)
            let service = try context.openService()
            let filter = try person.map { try context.residentID($0, option: "--person") }
            let household = try perform { try service.household(asOf: context.today) }
            let bindings = household.bindings.filter { filter == nil || $0.payer == filter || $0.beneficiary == filter }
            func name(_ id: ResidentID) -> String { household.persons[id]?.name ?? "" }
            if json {
                try printJSON(
                    bindings.map { b in
                        var row: [String: Any] = [
                            "payer": b.payer.value, "payer_name": name(b.payer),
                            "beneficiary": b.beneficiary.value, "beneficiary_name": name(b.beneficiary),
                            "relation": b.relation.rawValue, "since": b.since.iso,
                        ]
                        switch b.form {
                        case .ordered: row["form"] = "ordered"
                        case .quota(let q):
                            row["form"] = "quota"
                            row["quota_fen"] = q.fen
                            row["quota_remaining_fen"] =
                                household.quotaRemaining(payer: b.payer, beneficiary: b.beneficiary).fen
                        }
                        return row
                    })
                return
            }
            if bindings.isEmpty {
                print(context.text(LocalizedText(zh: "还没有共济关系。", en: "No mutual-aid bindings yet.")))
            }
            for b in bindings {
                let form: String
                switch b.form {
                case .ordered: form = context.text(LocalizedText(zh: "省内按顺序", en: "ordered (same province)"))
                case .quota(let q):
                    let left = household.quotaRemaining(payer: b.payer, beneficiary: b.beneficiary)
                    form = context.text(
                        LocalizedText(
                            zh: "跨省额度 \(q.formatted)，剩余 \(left.formatted)",
                            en: "cross-province quota \(q.formatted), \(left.formatted) left"))
                }
                let line = LocalizedText(
                    zh:
                        "\(Sanitizer.inert(name(b.payer)))（\(b.payer.masked)）为 \(b.relation.name.zh) \(Sanitizer.inert(name(b.beneficiary)))（\(b.beneficiary.masked)）付款；\(form)；自 \(b.since.iso)",
                    en:
                        "\(Sanitizer.inert(name(b.payer))) (\(b.payer.masked)) pays for their \(b.relation.name.en) \(Sanitizer.inert(name(b.beneficiary))) (\(b.beneficiary.masked)); \(form); since \(b.since.iso)"
                )
                print(context.text(line))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End a binding; an unused quota returns to the payer.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The payer's ID number.") var payer: String
        @Option(help: "The relative's ID number.") var beneficiary: String

        func run() throws {
            let context = try Context(global)
            let payerID = try context.residentID(payer, option: "--payer")
            let beneficiaryID = try context.residentID(beneficiary, option: "--beneficiary")
            let service = try context.openService()
            let returned = try perform {
                try service.unbind(payer: payerID, beneficiary: beneficiaryID, asOf: context.today)
            }
            var message = LocalizedText(zh: "已解除绑定。", en: "Unbound.")
            if returned > .zero {
                message = LocalizedText(
                    zh: "已解除绑定。未用完的额度 \(returned.formatted) 已回到付款人账户。",
                    en: "Unbound. The unused quota of \(returned.formatted) is back in the payer's account.")
            }
            print(context.text(message))
        }
    }
}
