import Foundation
import ScreenKit
import YibaoCore
import YibaoService
import YibaoUI

/// Starts the full-screen app over the store, in the terminal (`Launcher` with the app's plan). The
/// demo household opens in a store of its own (`DemoStore`), never the person's: from the first run's
/// choice (leaving it goes back to the first run) or from `yibao demo` (leaving it ends the run).
enum AppLauncher {
    static func run(_ context: Context, charset: CharsetChoice = .auto, demo startsInDemo: Bool = false) throws {
        var context = context
        var inDemo = startsInDemo
        while true {
            let (exit, language) =
                inDemo ? try runDemo(context, charset: charset) : try runOnce(context, charset: charset, demo: false)
            // The language chosen in one part is kept in the next.
            context.options.lang = language.rawValue
            switch exit {
            case .quit: return
            case .openDemo: inDemo = true
            case .leaveDemo:
                if startsInDemo { return }
                inDemo = false
            }
        }
    }

    /// One run of the app on `context`'s store; how it ended and the language it ended in.
    private static func runOnce(_ context: Context, charset: CharsetChoice, demo: Bool) throws -> (AppExit, Language) {
        var result: (AppExit, Language) = (.quit, context.language)
        try Launcher.run(context, .app.drawing(charset)) { launched in
            var environment = launched.environment
            environment.demo = demo
            var runtime = Runtime(
                backend: launched.terminal,
                data: StoreDataSource(
                    store: launched.store, policy: launched.policy, insuranceYears: launched.insuranceYears,
                    prefetched: launched.prefetched),
                environment: environment, language: launched.language, clock: launched.clock)
            let exit = try runtime.run()
            result = (exit, runtime.state.language)
        }
        return result
    }

    /// The demo household in a new store of its own, removed when the demo is left.
    private static func runDemo(_ context: Context, charset: CharsetChoice) throws -> (AppExit, Language) {
        let demo = try DemoStore.make(context)
        defer { demo.remove() }
        var demoContext = context
        demoContext.storePath = demo.path
        return try runOnce(demoContext, charset: charset, demo: true)
    }
}

/// A store holding only the invented demo household, in a folder of its own under the temporary
/// directory: the person's store is never opened for it.
struct DemoStore {
    let folder: URL
    var path: String { folder.appendingPathComponent("demo.sqlite").path }

    static func make(_ context: Context) throws -> DemoStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yibao-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Refused(
                LocalizedText(
                    zh: "无法为示例家庭建立临时仓库：\(error.localizedDescription)",
                    en: "Could not make a temporary store for the demo: \(error.localizedDescription)"))
        }
        let demo = DemoStore(folder: folder)
        var demoContext = context
        demoContext.storePath = demo.path
        let service = try demoContext.openService()
        try perform { try service.loadDemo(asOf: context.today) }
        return demo
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
