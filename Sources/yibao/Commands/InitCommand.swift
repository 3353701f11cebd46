import ArgumentParser
import YibaoCore
import YibaoData
import YibaoStore

/// `yibao init [--demo]`: create the store, optionally with the sample household.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the store; --demo fills it with a sample household.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Fill the new store with the demo household.") var demo = false

    func run() throws {
        let context = try Context(global)
        let store = try context.openStore()
        if demo {
            guard try perform({ try store.isEmpty }) else {
                throw Refused(
                    LocalizedText(
                        zh: "这个仓库里已经有数据，示例家庭只能放进空仓库。",
                        en: "This store already has data; the demo household goes only into an empty store."))
            }
            try DemoLoader.load(into: store, context: context)
            print(
                context.text(
                    LocalizedText(
                        zh: "已创建示例家庭：\(context.storePath)", en: "Demo household created: \(context.storePath)")))
        } else {
            print(context.text(LocalizedText(zh: "仓库已就绪：\(context.storePath)", en: "Store ready: \(context.storePath)")))
        }
    }
}

/// Builds the demo household through the model, one transaction per step.
enum DemoLoader {
    static func load(into store: Store, context: Context) throws {
        let policy = try context.policy()
        try perform { try build(into: store, today: context.today, policy: policy) }
    }

    /// The steps themselves; refusals come back as the model's or store's `UserFacingError`s.
    static func build(into store: Store, today: CivilDate, policy: PolicyBook) throws {
        guard let text = EmbeddedFiles.all["demo/household.yaml"] else {
            throw Refused(LocalizedText(zh: "缺少示例数据。", en: "The demo data is missing."))
        }
        let demo: DemoHousehold
        do { demo = try DemoHousehold(yaml: text, today: today) } catch { throw Refused(policyFile: error) }
        for spec in demo.people {
            try store.change(asOf: today, action: "demo.person", summary: "demo: add \(spec.person.id.masked)") {
                try $0.addPerson(spec.person, openingBalance: nil)
                    + demo.ledger(for: spec, today: today).map(Change.addLedgerEntry)
            }
        }
        for b in demo.bindings {
            try store.change(asOf: today, action: "bind", summary: "demo: bind") {
                try $0.bind(payer: b.payer, beneficiary: b.beneficiary, relation: b.relation, quota: b.quota, policy: policy)
            }
        }
        for p in demo.payments {
            try store.change(asOf: today, action: "pay", summary: "demo: payment") {
                try $0.pay(beneficiary: p.beneficiary, amount: p.amount, rules: policy).changes
            }
        }
    }
}

/// Runs `body`, turning the model's and the store's refusals into `Refused` (exit code 1).
func perform<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as any UserFacingError {
        throw Refused(error)
    }
}
