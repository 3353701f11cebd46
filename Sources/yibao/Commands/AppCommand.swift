import ArgumentParser

/// `yibao` with no subcommand (or `yibao app`): the full-screen app.
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "app", abstract: "Open the full-screen app (the default).")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try Context(global)
        try AppLauncher.run(context)
    }
}
