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
    func charsetChoice() throws -> CharsetChoice { try Self.charsetChoice(charset) }

    /// The same for a `--charset` value (nil: not given).
    static func charsetChoice(_ charset: String?) throws -> CharsetChoice {
        do {
            let name = CharsetChoice.environmentVariable
            return try CharsetChoice.resolve(option: charset, environment: Environment.variables([name]))
        } catch {
            throw UsageError(error.en)
        }
    }
}
