import ArgumentParser
import YibaoService
import YibaoStore

/// `yibao kiosk` (or `yibao --kiosk`): the self-service kiosk. See docs/kiosk-operator.md.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run the self-service kiosk: sign-in by ID number and PIN, one person at a time.",
        discussion: """
            Needs the operator's file with the exit PIN (\(KioskConfig.defaultPath), $YIBAO_KIOSK_CONFIG or --config); \
            without it the kiosk does not start. Ends only with the operator keys and PIN (exit status 0), \
            or SIGTERM/SIGHUP. See docs/kiosk-operator.md.
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var terminal: TerminalOptions
    @Option(help: "The operator's kiosk file (default: $YIBAO_KIOSK_CONFIG, else \(KioskConfig.defaultPath)).")
    var config: String?

    func run() throws {
        let context = try Context(global)
        try KioskLauncher.run(context, configPath: config, charset: try terminal.charsetChoice())
    }
}
