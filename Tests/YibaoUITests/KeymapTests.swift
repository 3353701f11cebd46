import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Keymap: keys are named only in the keymap; screens receive commands")
struct KeymapTests {
    typealias F = PayerOrderFixture

    /// The standard keymap with every key of `command` replaced by `key`.
    static func remapped(_ command: Command, to key: Key) -> Keymap {
        var bindings = Keymap.standard.bindings.filter { $0.1 != command }
        bindings.append((key, command))
        return Keymap(bindings: bindings)
    }

    static func press(_ keys: [Key], _ state: inout AppState, _ environment: UIEnvironment, keymap: Keymap) {
        for key in keys { _ = update(&state, .key(key), environment: environment, keymap: keymap) }
    }

    @Test("A key remapped in a custom keymap reaches the screen as its command, and the old key does nothing")
    func remappedKeyReachesScreen() throws {
        let env = try F.environment()
        let keymap = KeymapTests.remapped(.moveItemDown, to: .char("z"))
        var state = F.openedState(environment: env)
        let before = try F.screen(state).draft
        #expect(before.count >= 2)

        KeymapTests.press([.char("d"), .char("D"), .char("]")], &state, env, keymap: keymap)
        #expect(try F.screen(state).draft == before, "the standard keys for moving down mean nothing in this keymap")

        KeymapTests.press([.char("z")], &state, env, keymap: keymap)
        #expect(try F.screen(state).draft == [before[1], before[0]] + before.dropFirst(2))
        // The hint bar prints the key from the same keymap.
        let bar = render(state, environment: env, keymap: keymap).lines[23]
        #expect(bar.contains("[Z] 下移"), "\(bar)")
        #expect(!bar.contains("[D] 下移"))
    }

    @Test("Number keys reach menus as numbers from the keymap: remapped, the digit no longer opens an entry")
    func numbersComeFromTheKeymap() throws {
        let env = try F.environment()
        let keymap = Keymap(bindings: Keymap.standard.bindings, numbers: [(.function(3), 3)])
        var state = AppState(language: .zhHans, size: Size(columns: 80, rows: 24))
        _ = update(&state, .loaded(F.snapshot()), environment: env, keymap: keymap)
        KeymapTests.press([.char("3")], &state, env, keymap: keymap)
        #expect(state.top is HomeScreen)
        KeymapTests.press([.function(3)], &state, env, keymap: keymap)
        #expect(state.top is PayerOrderScreen)
    }

    @Test("Ctrl-C leaves because the keymap says so: moved to another key, Ctrl-C no longer quits")
    func interruptComesFromTheKeymap() throws {
        let env = try F.environment()
        let keymap = KeymapTests.remapped(.interrupt, to: .ctrl("x"))
        var state = F.openedState(environment: env)
        KeymapTests.press([.ctrl("c")], &state, env, keymap: keymap)
        #expect(!state.isQuitting)
        KeymapTests.press([.ctrl("x")], &state, env, keymap: keymap)
        #expect(state.isQuitting)
    }

    @Test("A question's Yes comes from the keymap too: remapped, Y no longer answers")
    func dialogAnswersComeFromTheKeymap() throws {
        let env = try F.environment()
        let keymap = KeymapTests.remapped(.yes, to: .char("o"))
        var state = F.openedState(environment: env)
        KeymapTests.press([.char("D"), .char("S")], &state, env, keymap: keymap)
        #expect(state.dialog != nil)
        KeymapTests.press([.char("y")], &state, env, keymap: keymap)
        #expect(state.dialog != nil)
        var effects: [Effect] = []
        effects = update(&state, .key(.char("o")), environment: env, keymap: keymap)
        #expect(state.dialog == nil)
        #expect(effects.count == 1)
    }

    @Test("The same key means what its scope says: typed in a text field, a reader's letter, a form's Backspace")
    func scopes() {
        let keys = Keymap.standard
        #expect(keys.input(for: .char("?")) == .command(.help))
        #expect(keys.input(for: .char("?"), in: [.textField, .form]) == .text("?"))
        #expect(keys.input(for: .function(1), in: [.textField, .form]) == .command(.help))
        #expect(keys.input(for: .char("1")) == .number(1))
        #expect(keys.input(for: .char("1"), in: [.textField]) == .text("1"))
        #expect(keys.input(for: .char("0")) == nil)
        #expect(keys.input(for: .backspace) == .command(.back))
        #expect(keys.input(for: .backspace, in: [.choiceField, .form]) == .command(.deleteBackward))
        #expect(keys.input(for: .backspace, in: [.questionnaire]) == .command(.previousQuestion))
        #expect(keys.input(for: .char("+")) == .command(.add))
        #expect(keys.input(for: .char("+"), in: [.workedExample]) == .command(.largerExample))
        #expect(keys.input(for: .char("d")) == .command(.moveItemDown))
        #expect(keys.input(for: .char("d"), in: [.reader]) == .command(.halfPageDown))
        #expect(keys.input(for: .char("b"), in: [.reader]) == .command(.pageUp))
        #expect(keys.input(for: .char("b"), in: [.questionnaire, .reader]) == .command(.previousQuestion))
        #expect(keys.input(for: .char("f")) == nil)
        #expect(keys.input(for: .char(" "), in: [.choiceField, .form]) == .command(.right))
        #expect(keys.input(for: .char(" "), in: [.optionList, .form]) == nil)
        #expect(keys.input(for: .char(" "), in: [.message]) == .command(.select))
        #expect(keys.input(for: .ctrl("c"), in: [.textField, .form]) == .command(.interrupt))
    }

    @Test("Key labels come from the keymap, without the keys a scope takes for something else")
    func labels() {
        let keys = Keymap.standard
        #expect(keys.keyLabel(for: .help) == "?/F1")
        #expect(keys.keyLabel(for: .help, in: [.textField, .form]) == "F1")
        #expect(keys.keyLabel(for: .back) == "Esc")
        #expect(keys.keyLabel(for: .pageDown, in: [.reader]) == "PgDn")
        #expect(keys.keyLabel(for: .moveItemDown) == "D")
        #expect(keys.keyLabel(for: .up) == "Up/Down")
        #expect(keys.keyLabel(for: .language) == "L")
    }
}

@Suite("Keymap: a key named on a screen comes from the keymap in use")
struct KeymapNamedOnScreenTests {
    @Test("The questionnaire's answer boxes name the yes and no keys of the keymap in use, and those keys answer")
    func questionnaireNamesKeymapKeys() throws {
        let environment = try RulesFixture.environment()
        var bindings = Keymap.standard.bindings.filter { $0.1 != .yes && $0.1 != .no }
        bindings += [(.char("j"), .yes), (.char("k"), .no)]
        let keymap = Keymap(bindings: bindings)
        var state = RulesFixture.state(language: .en)
        for key in [Key.char("4"), .char("7")] { _ = update(&state, .key(key), environment: environment, keymap: keymap) }
        #expect(state.top is QuestionnaireScreen)
        let drawn = render(state, environment: environment, keymap: keymap).text
        #expect(drawn.contains("[J] Yes") && drawn.contains("[K] No"), "\(drawn)")
        #expect(!drawn.contains("[Y] Yes") && !drawn.contains("[N] No"))
        let standard = render(state, environment: environment).text
        #expect(standard.contains("[Y] Yes") && standard.contains("[N] No"))
    }
}
