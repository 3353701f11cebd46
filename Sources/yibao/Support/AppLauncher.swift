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
        // The data files are parsed on two other threads (policy; rule pages and the withdrawal guide)
        // while the store opens and the terminal starts; a bad file is still refused before the first
        // screen, policy first, as before (the terminal is given back first).
        let policyWork = BackgroundWork { [context] in try context.policy() }
        let rulesWork = BackgroundWork { [context] in try context.rules() }
        let store = try context.openStore()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let error as NcursesError {
            _ = (try policyWork.value(), try rulesWork.value())  // a bad data file is reported first, as before
            throw Refused(LocalizedText(zh: error.zh, en: error.en))
        }
        defer { terminal.shutdown() }
        // Home's data is read while the data files are still being parsed (it needs none of them); a
        // failure here is left for the app's first load to report, as before.
        let prefetched = try? StoreDataSource.snapshot(of: store, asOf: context.today)
        let (policy, rules) = (try policyWork.value(), try rulesWork.value())
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
        var environment = UIEnvironment(policy: policy, rules: rules, today: context.today, charset: terminal.charset)
        if store.isReadOnly { environment.readOnlyNotice = StoreError.readOnlyStatus(because: store.readOnlyReason) }
        var runtime = Runtime(
            backend: terminal, data: StoreDataSource(store: store, policy: policy, prefetched: prefetched),
            environment: environment,
            language: language)
        try runtime.run()
    }
}
