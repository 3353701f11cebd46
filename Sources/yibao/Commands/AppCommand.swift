import ArgumentParser

/// `yibao` with no subcommand (or `yibao app`): the full-screen app.
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "app", abstract: "Open the full-screen app (the default).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var terminal: TerminalOptions
    @Flag(help: "Run the self-service kiosk instead (the same as `yibao kiosk`).") var kiosk = false

    func run() throws {
        let context = try Context(global)
        let charset = try terminal.charsetChoice()
        if kiosk {
            try KioskLauncher.run(context, configPath: nil, charset: charset)
        } else {
            try AppLauncher.run(context, charset: charset)
        }
    }
}
