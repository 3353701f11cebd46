import ArgumentParser
import ScreenKit

/// Options of the full-screen programs (the app and the kiosk) only: how the screen is drawn.
struct TerminalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            How boxes, big digits and marks are drawn: auto (ask the terminal), unicode (box lines) or ascii \
            (+-| and no East Asian ambiguous-width character, for PuTTY or Xshell with CJK settings). \
            Default: $YIBAO_CHARSET, else auto. The language and names are not changed.
            """)
    var charset: String?

    /// The choice from `--charset`, else `YIBAO_CHARSET`, else auto; a name that is not a set is refused.
    func charsetChoice() throws -> CharsetChoice {
        do {
            return try CharsetChoice.resolve(option: charset, environment: Environment.variables)
        } catch {
            throw UsageError(error.en)
        }
    }

    /// The options as the quick command line (`GlobalOptions.quickParse`) leaves them: every one unset.
    static var unset: TerminalOptions {
        var options = TerminalOptions()
        options.charset = nil
        return options
    }
}
