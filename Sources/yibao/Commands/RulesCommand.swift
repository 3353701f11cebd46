import ArgumentParser
import YibaoCore

/// `yibao rules [TOPIC]`: list the rule topics, or print one.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List rule topics, or print one (withdrawal, transfer, family-aid, uses, fraud).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The topic to print.") var topic: String?

    func run() throws {
        let context = try Context(global)
        let library = try context.rules()
        guard let topic else {
            for id in library.topics {
                let title = library.page(id, language: context.language)?.title ?? ""
                print("\(id)\t\(PlainText.safe(title))")
            }
            return
        }
        guard let page = library.page(topic, language: context.language) else {
            throw UsageError(
                context.text(
                    LocalizedText(
                        zh: "没有“\(topic)”这个主题。可选：\(library.topics.joined(separator: "、"))",
                        en: "There is no topic '\(topic)'. Choose one of: \(library.topics.joined(separator: ", "))")))
        }
        printText(page.fillingData(from: try context.policy(), guide: library.guide, on: context.today).text())
    }
}
