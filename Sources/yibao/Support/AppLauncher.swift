/// Starts the full-screen app over the store. (Filled in with the terminal app.)
enum AppLauncher {
    static func run(_ context: Context) throws {
        throw Refused(.init(zh: "全屏界面尚未完成。", en: "The full-screen app is not built yet."))
    }
}
