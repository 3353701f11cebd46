import ArgumentParser
import YibaoCore
import YibaoService

/// `yibao init [--demo]`: create the store, optionally with the sample household (in one transaction).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the store; --demo fills it with a sample household.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Fill the new store with the demo household.") var demo = false

    func run() throws {
        let context = try Context(global)
        let service = try context.openService()
        if demo {
            try perform { try service.loadDemo(asOf: context.today) }
            print(
                context.text(
                    LocalizedText(
                        zh: "已创建示例家庭：\(context.storePath)", en: "Demo household created: \(context.storePath)")))
        } else {
            print(
                context.text(LocalizedText(zh: "仓库已就绪：\(context.storePath)", en: "Store ready: \(context.storePath)")))
        }
    }
}
