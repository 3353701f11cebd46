import ScreenKit
import YibaoCore

/// A command a screen offers, with the keys that give it there: one entry of the hint bar, one line
/// of help. Both are made by `offeredCommands`, so they never disagree.
public struct CommandOffer: Hashable, Sendable {
    public var command: Command
    /// The keys as printed: `Esc`, `?/F1`, `Up/Down`.
    public var keys: String
    /// Kept when the hint bar is too narrow for everything: how to leave, sign out and get help.
    public var isEssential: Bool

    /// The offer as a hint-bar entry in `language`.
    public func hint(_ language: Language) -> Hint {
        Hint(key: keys, label: command.label.text(language), isEssential: isEssential)
    }
}

/// The commands a screen offers, in order, most important first; the one rule behind the hint bar
/// and the help screen.
///
/// First how to leave: Q on the first screen, Esc on the others; at a kiosk nothing quits, so Esc
/// (below the first screen) and F10 to sign out. Then the screen's own commands. Then help, and the
/// other language unless a text field takes typing (then `L` is typed, and only F1 opens help).
/// Keys are read from `keymap` in the screen's scopes, so a key that is typed is never offered.
public func offeredCommands(for screen: any ScreenState, isRoot: Bool, context: ScreenContext, keymap: Keymap)
    -> [CommandOffer]
{
    let scopes = screen.keyScopes(context)
    func offer(_ command: Command, essential: Bool = false) -> CommandOffer {
        CommandOffer(command: command, keys: keymap.keyLabel(for: command, in: scopes), isEssential: essential)
    }
    var offers: [CommandOffer] = []
    if context.environment.kiosk {
        if !isRoot { offers.append(offer(.back, essential: true)) }
        offers.append(offer(.signOut, essential: true))
    } else {
        offers.append(offer(isRoot ? .quit : .back, essential: true))
    }
    let general: Set<Command> = [.back, .quit, .help, .language, .signOut]
    offers += screen.hints(context).filter { !general.contains($0) }.map { offer($0) }
    offers.append(offer(.help, essential: true))
    if !screen.capturesText(context), context.environment.showsChinese { offers.append(offer(.language)) }
    // Up and Down are one entry (`Up/Down`); a command listed twice is shown once.
    var seen = Set<String>()
    return offers.filter { seen.insert($0.keys + "\u{0}" + $0.command.label.zh).inserted }
}
