import Foundation
import NcursesBackend
import ScreenKit
import YibaoCore
import YibaoService
import YibaoStore
import YibaoUI

/// Starts the kiosk over the store in the terminal: refuses to start without the operator's file
/// (there would be no way out but a kill), ignores SIGINT, SIGQUIT and SIGTSTP, and gives the
/// terminal back as it was when the operator leaves.
enum KioskLauncher {
    static func run(_ context: Context, configPath: String?) throws {
        let path = configPath ?? KioskConfig.path(environment: Environment.variables)
        let config = try perform { try KioskConfig.load(path: path) }
        guard config.exitPin != nil else {
            throw Refused(
                LocalizedText(
                    zh: "自助机设置文件 \(path) 里还没有管理员退出密码，所以自助机不启动。请先用 yibao operator exit-pin set --config \(path) 设置。",
                    en: "The kiosk settings file \(path) has no operator exit PIN, so the kiosk does not start. "
                        + "Set one first with `yibao operator exit-pin set --config \(path)`."))
        }
        // Before the store: a kiosk that cannot start must not create one.
        do { try NcursesTerminal.preflight() } catch { throw Refused(LocalizedText(zh: error.zh, en: error.en)) }
        let store = try context.openStore()
        let policy = try context.policy()
        let rules = try context.rules()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(options: .init(ignoreInteractiveSignals: true))
        } catch let error as NcursesError {
            throw Refused(LocalizedText(zh: error.zh, en: error.en))
        }
        defer { terminal.shutdown() }
        // The kiosk's language is the operator's (LANG or --lang), never one a visitor chose before.
        let language: Language
        if !terminal.isUTF8 {
            language = .en
        } else {
            language = context.options.lang.flatMap(Language.init(tag:)) ?? context.language
        }
        let environment = UIEnvironment(
            policy: policy, rules: rules, today: context.today, charset: terminal.charset, kiosk: true)
        let services = KioskStoreServices(
            appData: StoreDataSource(store: store, policy: policy), configPath: path, config: config)
        var runtime = KioskRuntime(
            backend: terminal, services: services, environment: environment, language: language,
            clock: { Moment(Date()) })
        let exit = runtime.run()
        if case .terminalLost = exit {
            throw Refused(
                LocalizedText(zh: "终端没有响应，自助机已停止。", en: "The terminal stopped answering; the kiosk stopped."))
        }
    }
}
