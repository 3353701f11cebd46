import ArgumentParser

/// `yibao` with no subcommand (or `yibao app`): the full-screen app.
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "app", abstract: "Open the full-screen app (the default).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var terminal: TerminalOptions
    @Flag(help: "Run the self-service kiosk instead (the same as `yibao kiosk`).") var kiosk = false

    func run() throws {
        try Self.run(global.values, charset: terminal.charset, kiosk: kiosk)
    }

    /// The app (or the kiosk) with these options: what `run` does, and what the app's usual command line
    /// runs without ArgumentParser (`Yibao.quickApp`).
    static func run(_ options: OptionValues, charset charsetName: String?, kiosk: Bool) throws {
        let context = try Context(options)
        let charset = try TerminalOptions.charsetChoice(charsetName)
        if kiosk {
            try KioskLauncher.run(context, configPath: nil, charset: charset)
        } else {
            try AppLauncher.run(context, charset: charset)
        }
    }
}
