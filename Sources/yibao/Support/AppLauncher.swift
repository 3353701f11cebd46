import ScreenKit
import YibaoUI

/// Starts the full-screen app over the store, in the terminal (`Launcher` with the app's plan).
enum AppLauncher {
    static func run(_ context: Context, charset: CharsetChoice = .auto) throws {
        try Launcher.run(context, .app.drawing(charset)) { launched in
            var runtime = Runtime(
                backend: launched.terminal,
                data: StoreDataSource(store: launched.store, policy: launched.policy, prefetched: launched.prefetched),
                environment: launched.environment, language: launched.language, clock: launched.clock)
            try runtime.run()
        }
    }
}
