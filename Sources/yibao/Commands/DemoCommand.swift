import ArgumentParser

/// `yibao demo`: the full-screen app on the invented demo household, in a store of its own (removed
/// when the demo is left); the person's own store is not opened. `yibao init --demo --store PATH`
/// still fills a store of your choosing, for tests and trials.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Try Yibao on an invented household, kept apart from your own records.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        try AppLauncher.run(try Context(global), charset: try terminal.charsetChoice(), demo: true)
    }
}
