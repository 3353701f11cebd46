import ScreenKit
import YibaoCore
import YibaoService
import YibaoStore
import YibaoUI

/// Starts the kiosk (`Launcher` with the kiosk's plan): refuses to start without the operator's file
/// (there would be no way out but a kill), and gives the terminal back as it was when the operator leaves.
enum KioskLauncher {
    static func run(_ context: Context, configPath: String?, charset: CharsetChoice = .auto) throws {
        let path = configPath ?? KioskConfig.path(environment: Environment.variables)
        let config = try perform { try KioskConfig.load(path: path) }
        guard config.exitPin != nil else {
            throw Refused(
                LocalizedText(
                    zh: "自助机设置文件 \(path) 里还没有管理员退出密码，所以自助机不启动。请先用 yibao operator exit-pin set --config \(path) 设置。",
                    en: "The kiosk settings file \(path) has no operator exit PIN, so the kiosk does not start. "
                        + "Set one first with `yibao operator exit-pin set --config \(path)`."))
        }
        try Launcher.run(context, .kiosk.drawing(charset)) { launched in
            let appData = StoreDataSource(
                store: launched.store, policy: launched.policy, insuranceYears: launched.insuranceYears)
            appData.kiosk = true
            let services = KioskStoreServices(appData: appData, configPath: path, config: config)
            var runtime = KioskRuntime(
                backend: launched.terminal, services: services, environment: launched.environment,
                language: launched.language, clock: launched.clock)
            if case .terminalLost = try runtime.run() {
                throw Refused(
                    LocalizedText(
                        zh: "终端没有响应，自助机已停止。", en: "The terminal stopped answering; the kiosk stopped."))
            }
        }
    }
}
