import ScreenKit
import YibaoCore

/// Which keys do which command. The hint bar and help print keys from here, so they never disagree.
public struct Keymap: Sendable {
    public let bindings: [(Key, Command)]

    public init(bindings: [(Key, Command)]) { self.bindings = bindings }

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
        (.function(12), .operatorArm), (.ctrl("o"), .operatorUnlock),
    ])

    /// The command a key means, if any. Screens may still read the key itself (digits, text).
    public func command(for key: Key) -> Command? {
        bindings.first { $0.0 == key }?.1
    }

    /// The keys of a command, as printed on the hint bar: the first one or two, e.g. `?/F1`.
    public func keyLabel(for command: Command) -> String {
        let keys = bindings.filter { $0.1 == command }.map(\.0)
        switch command {
        case .help: return "?/F1"
        case .up, .down: return "Up/Down"
        case .moveItemUp: return "U"
        case .moveItemDown: return "D"
        case .language: return "L"
        default:
            guard let first = keys.first else { return "" }
            return first.label.count == 1 ? first.label.uppercased() : first.label
        }
    }

    /// A hint for the bar: `[Esc] 返回`.
    public func hint(_ command: Command, language: Language) -> Hint {
        Hint(key: keyLabel(for: command), label: command.label.text(language))
    }
}
