import NcursesBackend
import ScreenKit
import YibaoCore
import YibaoStore
import YibaoUI

/// Starts the full-screen app over the store, in the terminal, and gives the terminal back as it was.
enum AppLauncher {
    static func run(_ context: Context) throws {
        // Before the store: an app that cannot start must not create one.
        do { try NcursesTerminal.preflight() } catch { throw Refused(LocalizedText(zh: error.zh, en: error.en)) }
        let store = try context.openStore()
        let policy = try context.policy()
        let rules = try context.rules()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let error as NcursesError {
            throw Refused(LocalizedText(zh: error.zh, en: error.en))
        }
        defer { terminal.shutdown() }
        // A terminal that is not UTF-8 gets English in plain ASCII: Chinese would be mojibake there.
        let language: Language
        if !terminal.isUTF8 {
            language = .en
        } else if let explicit = context.options.lang.flatMap(Language.init(tag:)) {
            language = explicit
        } else if let remembered = store.preference("language").flatMap(Language.init(tag:)) {
            language = remembered
        } else {
            language = context.language
        }
        let environment = UIEnvironment(policy: policy, rules: rules, today: context.today, charset: terminal.charset)
        var runtime = Runtime(
            backend: terminal, data: StoreDataSource(store: store, policy: policy), environment: environment,
            language: language)
        try runtime.run()
    }
}
