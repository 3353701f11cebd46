import ScreenKit
import YibaoCore

/// Which keys do what: the only place the app names keys. It reads a key as the `Input` a screen
/// receives (a command, a number, typed text), in the scopes the screen is in; the hint bar and help
/// print keys from here, so they never disagree.
public struct Keymap: Sendable {
    /// The general table: a key's command on any screen, unless a scope says otherwise.
    public let bindings: [(Key, Command)]
    /// Number keys and the numbered choice each one makes.
    public let numbers: [(Key, Int)]
    /// What a key means in a scope; `nil` means it does nothing there.
    public let scoped: [KeyScope: [(Key, Command?)]]

    public init(
        bindings: [(Key, Command)], numbers: [(Key, Int)] = Keymap.standardNumbers,
        scoped: [KeyScope: [(Key, Command?)]] = Keymap.standardScopes
    ) {
        self.bindings = bindings
        self.numbers = numbers
        self.scoped = scoped
    }

    public static let standard = Keymap(bindings: [
        (.escape, .back), (.backspace, .back),
        (.char("?"), .help), (.function(1), .help),
        (.enter, .select),
        (.char("q"), .quit), (.char("Q"), .quit),
        (.char("L"), .language), (.char("l"), .language),
        (.up, .up), (.down, .down), (.pageUp, .pageUp), (.pageDown, .pageDown), (.char(" "), .pageDown),
        (.home, .first), (.end, .last),
        (.tab, .nextField), (.backTab, .previousField),
        (.char("a"), .add), (.char("A"), .add), (.char("+"), .add),
        (.char("x"), .remove), (.char("X"), .remove), (.delete, .remove),
        (.char("u"), .moveItemUp), (.char("U"), .moveItemUp), (.char("["), .moveItemUp),
        (.char("d"), .moveItemDown), (.char("D"), .moveItemDown), (.char("]"), .moveItemDown),
        (.char("s"), .save), (.char("S"), .save),
        (.char("p"), .switchPerson), (.char("P"), .switchPerson),
        (.char("c"), .contents), (.char("C"), .contents),
        (.char("w"), .questionnaire), (.char("W"), .questionnaire),
        (.char("y"), .yes), (.char("Y"), .yes), (.char("n"), .no), (.char("N"), .no),
        (.function(10), .signOut),
        (.left, .left), (.right, .right),
        (.ctrl("c"), .interrupt), (.ctrl("l"), .repaint),
        (.function(12), .operatorArm), (.ctrl("o"), .operatorUnlock),
    ])

    /// 1 to 9 choose the numbered entry.
    public static let standardNumbers: [(Key, Int)] = (1...9).map { (Key.char(Character("\($0)")), $0) }

    public static let standardScopes: [KeyScope: [(Key, Command?)]] = [
        .textField: [
            (.backspace, .deleteBackward), (.delete, .deleteForward),
            (.ctrl("a"), .first), (.ctrl("e"), .last), (.ctrl("u"), .clearField),
        ],
        .choiceField: [(.char(" "), .right)],
        .form: [(.backspace, .deleteBackward)],
        .optionList: [(.char(" "), nil)],
        .searchChoice: [(.char(" "), .select)],
        .searchList: [(.backspace, .deleteBackward), (.char(" "), nil)],
        .reader: [
            (.char("k"), .up), (.char("j"), .down), (.enter, .down),
            (.char("b"), .pageUp), (.char("f"), .pageDown),
            (.char("u"), .halfPageUp), (.char("d"), .halfPageDown),
            (.char("g"), .first), (.char("G"), .last),
        ],
        .message: [(.char(" "), .select)],
        .workedExample: [(.char("+"), .largerExample), (.char("="), .largerExample), (.char("-"), .smallerExample)],
        .questionnaire: [
            (.backspace, .previousQuestion), (.left, .previousQuestion),
            (.char("b"), .previousQuestion), (.char("B"), .previousQuestion),
        ],
        .question: [(.char("k"), .dontKnow), (.char("K"), .dontKnow)],
        .payerOrder: [
            (.char("t"), .moveItemFirst), (.char("T"), .moveItemFirst), (.char("b"), .moveItemLast),
            (.char("B"), .moveItemLast),
        ],
        .kiosk: [
            (.ctrl("c"), nil), (.ctrl("z"), nil), (.ctrl("\\"), nil), (.ctrl("d"), nil), (.ctrl("q"), nil),
            (.ctrl("s"), nil),
        ],
        .kioskWelcome: [(.char(" "), .select)],
        .kioskSignIn: [(.char("?"), .help), (.char("L"), .language), (.char("l"), .language)],
        .kioskNotice: [(.char(" "), .select), (.backspace, nil)],
        .balance: [(.char("a"), .record), (.char("A"), .record)],
    ]

    /// The command a key means in the general table, if any (no scope applied).
    public func command(for key: Key) -> Command? {
        bindings.first { $0.0 == key }?.1
    }

    /// What a screen in `scopes` (most specific first) receives for `key`, or nil when the key means
    /// nothing there. A scope's own binding wins; a text field takes printable keys as typing; then
    /// number keys; then the general table.
    public func input(for key: Key, in scopes: [KeyScope] = []) -> Input? {
        for scope in scopes {
            if let binding = scoped[scope]?.first(where: { $0.0 == key }) { return binding.1.map(Input.command) }
            if scope.takesTyping, case .char(let character) = key { return .text(character) }
        }
        if let number = numbers.first(where: { $0.0 == key }) { return .number(number.1) }
        return command(for: key).map(Input.command)
    }

    /// True when a scope in `scopes` (most specific first) makes `key` mean nothing: the key is taken
    /// and dropped there, not passed on (the kiosk's Ctrl-C).
    public func silences(_ key: Key, in scopes: [KeyScope]) -> Bool {
        for scope in scopes {
            if let binding = scoped[scope]?.first(where: { $0.0 == key }) { return binding.1 == nil }
        }
        return false
    }

    /// The keys that give `command` in `scopes`, as printed on the hint bar and in help: the first
    /// one (`Esc`, `U`; general keys before a scope's own), both for help (`?/F1`, or `F1` where `?`
    /// is typed), and `Up/Down` for the arrows.
    public func keyLabel(for command: Command, in scopes: [KeyScope] = []) -> String {
        if command == .up || command == .down { return "Up/Down" }
        // Only a key bound to `command` (in the general table or one of the scopes) can give it: those
        // few are checked with `input`, in the tables' order, instead of every key in the tables (~60
        // look-ups through all the tables per label: 10 M instructions over the benchmark's session).
        let candidates =
            bindings.filter { $0.1 == command }.map(\.0)
            + scopes.flatMap { scoped[$0]?.filter { $0.1 == command }.map(\.0) ?? [] }
        var keys: [Key] = []
        for key in bindings.map(\.0) + scopedKeys(scopes) where candidates.contains(key) && !keys.contains(key) {
            if input(for: key, in: scopes) == .command(command) { keys.append(key) }
        }
        let labels = keys.map { $0.label.count == 1 ? $0.label.uppercased() : $0.label }
        // Two labels joined by hand: the generic `joined` on a slice is not specialized, and its first
        // call looks up conformances by name (0.4 M instructions before Home; docs/performance.md).
        if command == .help, labels.count >= 2 { return labels[0] + "/" + labels[1] }
        return labels.first ?? ""
    }

    private func scopedKeys(_ scopes: [KeyScope]) -> [Key] {
        scopes.flatMap { scoped[$0]?.map(\.0) ?? [] }
    }

    /// A hint for the bar: `[Esc] 返回`.
    public func hint(_ command: Command, language: Language, in scopes: [KeyScope] = []) -> Hint {
        Hint(key: keyLabel(for: command, in: scopes), label: command.label.text(language))
    }
}
