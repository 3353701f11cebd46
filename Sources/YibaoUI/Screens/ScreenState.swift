import ScreenKit
import YibaoCore

/// One screen of the app: its own small state, how it answers input, and how it draws itself.
///
/// Screens never see keys: the keymap reads each key, in the scopes the screen names, as an `Input`
/// (a command, a number, typed text) and the screen answers that. Screens never do I/O: they return
/// `Action`s (push a screen, ask for confirmation, run an effect).
/// `render` is pure: the same state and context draw the same cells.
public protocol ScreenState: Sendable {
    /// The screen's name in the title bar.
    func title(_ context: ScreenContext) -> LocalizedText
    /// Screen-specific commands for the hint bar, most important first (Esc and help are added).
    func hints(_ context: ScreenContext) -> [Command]
    /// What this screen is for and how to use it, for the help screen.
    func helpText(_ context: ScreenContext) -> LocalizedText
    /// Where the keys go now, most specific first (a text field, a reader, …): the keymap reads keys
    /// in these scopes before its general table.
    func keyScopes(_ context: ScreenContext) -> [KeyScope]
    /// Answers what the keymap made of a key.
    mutating func handle(_ input: Input, context: ScreenContext) -> [Action]
    /// Answers the result of an effect this screen asked for (a change, a page of the ledger).
    mutating func receive(_ event: Event, context: ScreenContext) -> [Action]
    /// The data was reloaded (after the person's own change, or one made elsewhere): refresh what the
    /// screen derived from it, keeping the person's place (selection, scroll, what they typed), and ask
    /// for what the screen now needs (rows that moved). Only the shown screen's actions are carried out.
    mutating func dataDidChange(context: ScreenContext) -> [Action]
    /// The screen was just pushed (or replaced another): ask for what it needs, e.g. a page of data.
    mutating func onAppear(context: ScreenContext) -> [Action]
    /// The window changed size: keep the selection in view and ask for rows that came into view.
    mutating func didResize(context: ScreenContext) -> [Action]
    /// Draws the screen's content into `area` (the frame draws the title and hint bars).
    func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext)
    /// A one-line prompt above the hint bar, if the screen has something to say there.
    func statusLine(_ context: ScreenContext) -> StatusLine?
}

extension ScreenState {
    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { [] }
    /// True while a text field has focus: printable keys are typed, not commands.
    public func capturesText(_ context: ScreenContext) -> Bool { keyScopes(context).contains { $0.takesTyping } }
    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] { [] }
    public mutating func dataDidChange(context: ScreenContext) -> [Action] { [] }
    public mutating func onAppear(context: ScreenContext) -> [Action] { [] }
    public mutating func didResize(context: ScreenContext) -> [Action] { [] }
    public func statusLine(_ context: ScreenContext) -> StatusLine? { nil }
}

/// A line of text above the hint bar, with a role that is also said in words (never colour alone).
public struct StatusLine: Hashable, Sendable {
    public var text: LocalizedText
    public var kind: Kind
    public enum Kind: Hashable, Sendable { case info, success, error }

    public init(_ text: LocalizedText, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// What a screen asks of the app after a key or an event.
public indirect enum Action: Sendable {
    case push(any ScreenState)
    case pop
    case replace(any ScreenState)
    /// Back to Home (after a finished task).
    case popToRoot
    case effect(Effect)
    /// Ask before doing `onYes`; "no" does `onNo`. A question whose "yes" removes, ends or overwrites
    /// something (or drops what was typed) is `isDestructive`: No is selected, so Enter answers no.
    case confirm(
        title: LocalizedText, message: LocalizedText, onYes: [Action], onNo: [Action], isDestructive: Bool = false)
    /// Tell something in a box the person closes with Enter or Esc.
    case message(title: LocalizedText, message: LocalizedText, isError: Bool)
    case status(StatusLine?)
    /// Open help for this screen, as the help key does.
    case showHelp
    case quit
    /// End this run to open the demo household in a store of its own (the first run's choice).
    case openDemo
}
