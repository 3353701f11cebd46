/// What a screen receives for a key, as the keymap reads it: a command, a numbered choice, or a
/// character typed into a text field. Screens never see the key itself.
public enum Input: Hashable, Sendable {
    /// A key the keymap names as a command (Enter is `.select`, Esc is `.back`, …).
    case command(Command)
    /// A number key, 1 to 9: the numbered entry of a menu, or the numbered answer of a question.
    case number(Int)
    /// A printable character, while a text field takes typing.
    case text(Character)

    /// The command, if this input is one.
    public var command: Command? {
        if case .command(let command) = self { return command }
        return nil
    }
}
