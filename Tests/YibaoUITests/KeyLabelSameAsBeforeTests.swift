import ScreenKit
import Testing

@testable import YibaoUI

/// `Keymap.keyLabel` now checks only the keys bound to the command (docs/performance.md, round seven).
/// It must name the same keys as before, when it asked `input` about every key in the tables: the
/// earlier algorithm is kept here as the reference.
@Suite("Key labels: the same keys named as when every key in the tables was tried")
struct KeyLabelSameAsBeforeTests {
    static let scopes: [KeyScope] = [
        .textField, .choiceField, .form, .optionList, .searchChoice, .searchList, .reader, .message,
        .workedExample, .payerOrder, .questionnaire, .question, .kiosk, .kioskWelcome, .kioskSignIn,
        .kioskNotice, .balance,
    ]

    /// Before round seven: every key of the general table, then the scopes' keys, each asked.
    static func referenceLabel(_ keymap: Keymap, _ command: Command, _ scopes: [KeyScope]) -> String {
        if command == .up || command == .down { return "Up/Down" }
        var keys: [Key] = []
        let scoped = scopes.flatMap { keymap.scoped[$0]?.map(\.0) ?? [] }
        for key in keymap.bindings.map(\.0) + scoped where !keys.contains(key) {
            if keymap.input(for: key, in: scopes) == .command(command) { keys.append(key) }
        }
        let labels = keys.map { $0.label.count == 1 ? $0.label.uppercased() : $0.label }
        if command == .help, labels.count >= 2 { return labels[0] + "/" + labels[1] }
        return labels.first ?? ""
    }

    @Test("Every command, with no scope, each scope, and each ordered pair of scopes")
    func everyCommandAndScope() {
        let keymap = Keymap.standard
        var scopeLists: [[KeyScope]] = [[]] + Self.scopes.map { [$0] }
        for first in Self.scopes { for second in Self.scopes where second != first { scopeLists.append([first, second]) } }
        #expect(Self.scopes.count == 17)
        var compared = 0
        for command in Command.allCases {
            for scopes in scopeLists {
                #expect(
                    keymap.keyLabel(for: command, in: scopes) == Self.referenceLabel(keymap, command, scopes),
                    "\(command) in \(scopes)")
                compared += 1
            }
        }
        #expect(compared == Command.allCases.count * (1 + 17 + 17 * 16))
    }

    @Test("A custom keymap whose scope rebinds a general key names the scope's key where it wins")
    func customKeymap() {
        // `u` is moveItemUp in general but halfPageUp in the reader; `z` is added for halfPageUp too.
        let keymap = Keymap(
            bindings: Keymap.standard.bindings + [(.char("z"), .halfPageUp)],
            scoped: Keymap.standardScopes)
        for command in [Command.halfPageUp, .moveItemUp, .pageDown, .help] {
            for scopes in [[], [KeyScope.reader], [.textField, .reader], [.reader, .payerOrder]] {
                #expect(keymap.keyLabel(for: command, in: scopes) == Self.referenceLabel(keymap, command, scopes))
            }
        }
        // `u` comes before `z` in the general table, so it is named first even though its general
        // command is another; `U` still moves the item up there.
        #expect(keymap.keyLabel(for: .halfPageUp, in: [.reader]) == "U")
        #expect(keymap.keyLabel(for: .halfPageUp) == "Z")
        #expect(keymap.keyLabel(for: .moveItemUp, in: [.reader]) == "U")
    }
}
