/// Where the keys go, when a key means something else there than on a plain screen: the keymap reads
/// a key in the scopes its receiver names (most specific first), then in its general table.
///
/// A text field takes printable keys as typing; a reader pages with `b`/`f`; the questionnaire goes
/// back with `B`. The receiver says which scopes it is in; the keymap alone says which keys do what.
public enum KeyScope: Hashable, Sendable {
    /// True where printable keys are typing, not commands.
    public var takesTyping: Bool { self == .textField || self == .searchChoice || self == .searchList }

    /// A focused text field: printable keys are typed, Backspace/Del delete, Ctrl-A/E/U edit.
    case textField
    /// A focused choice field: Space shows the next option.
    case choiceField
    /// Anywhere in a form: Backspace deletes (it never leaves the form).
    case form
    /// An open option list: Space does nothing.
    case optionList
    /// A focused choice whose list narrows as one types (a region, a relation): printable keys open
    /// the list with what was typed; Space opens it too.
    case searchChoice
    /// The open list of such a choice: printable keys narrow it, Backspace takes the last one back.
    case searchList
    /// A page being read: the pager's letters (`j`/`k`, `b`/`f`, `u`/`d`, `g`/`G`) and Enter scroll.
    case reader
    /// A message box: Space closes it, like Enter.
    case message
    /// The payer order's worked example: `+`/`=` and `-` change the bill.
    case workedExample
    /// The payer order: T puts the selected payer at the top (置顶), B at the bottom (置底).
    case payerOrder
    /// The questionnaire: B, Backspace and Left go back one question.
    case questionnaire
    /// A questionnaire question on screen (not its answer page): K is "I don't know".
    case question
    /// Anywhere at a kiosk: keys that end, suspend or escape a program elsewhere (Ctrl-C, Ctrl-Z,
    /// Ctrl-\, Ctrl-D, Ctrl-Q, Ctrl-S) do nothing, not even inside a session.
    case kiosk
    /// The kiosk's welcome screen: Space starts, like Enter.
    case kioskWelcome
    /// The kiosk's sign-in form: its fields take only digits (and X), so `?` is help and `L` the language.
    case kioskSignIn
    /// A kiosk's full-screen notice: Space goes back like Enter; Backspace does nothing.
    case kioskNotice
    /// The owner's own Balance: A records (estimated credits, one's own record) rather than adds.
    case balance
}
