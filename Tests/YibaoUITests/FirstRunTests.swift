import ScreenKit
import Testing
import TestSupport
import YibaoCore

@testable import YibaoUI

@Suite("First run: an empty store offers set-up and the demo household")
struct FirstRunTests {
    typealias F = FirstRunFixture

    @Test("An empty store opens on the first-run screen, not an empty one; a store with people opens on Home")
    func opensFirstRunWhenEmpty() throws {
        let environment = try F.environment()
        let empty = F.state(F.emptySnapshot(), environment: environment)
        #expect(empty.stack.count == 1)
        #expect(empty.top is FirstRunScreen)
        let text = render(empty, environment: environment).text
        #expect(text.contains("[1]  设置我的账户"))
        #expect(text.contains("[2]  打开示例家庭"))
        #expect(text.contains("编的"))
        #expect(F.state(F.ownerSnapshot(), environment: environment).top is HomeScreen)
    }

    @Test("1 opens the set-up form; arrows and Enter reach the same entries")
    func oneOpensSetup() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        #expect(F.press([.char("1")], &state, environment: environment).isEmpty)
        #expect(state.top is SetupScreen)
        #expect(state.stack.count == 2)

        state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.down, .down], &state, environment: environment)
        #expect((state.top as? FirstRunScreen)?.selection == 2)
        F.press([.up, .up], &state, environment: environment)
        F.press([.enter], &state, environment: environment)
        #expect(state.top is SetupScreen)

        state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("3")], &state, environment: environment)
        #expect(state.top is HelpScreen)
    }

    @Test("2 asks first, saying the demo is invented and kept apart; yes ends this run to open the demo's own store, no changes nothing")
    func demoAsksFirst() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        #expect(F.press([.char("2")], &state, environment: environment).isEmpty)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.zh.contains("编出来的"))
        #expect(dialog.message.en.contains("invented"))
        #expect(F.press([.char("n")], &state, environment: environment).isEmpty)
        #expect(state.dialog == nil)
        #expect(state.top is FirstRunScreen)

        #expect((state.top as? FirstRunScreen)?.selection == 1)
        F.press([.up, .down, .enter], &state, environment: environment)
        #expect(state.dialog != nil)
        #expect(dialog.message.en.contains("store of its own"))
        // Nothing is written to the person's store: the run ends, and the launcher opens the demo apart.
        #expect(F.press([.char("y")], &state, environment: environment).isEmpty)
        #expect(state.dialog == nil)
        #expect(state.isQuitting && state.opensDemo)
        #expect(AppProgram(data: FirstRunMemoryData(), environment: environment).outcome(state) == .openDemo)
    }

    @Test("After the demo is created the app reloads, and the loaded household replaces first run with Home")
    func demoAppliedShowsHome() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("2"), .char("y")], &state, environment: environment)
        let effects = update(&state, .applied(.createDemo, .done), environment: environment)
        #expect(effects == [.reload])
        #expect(state.status?.kind == .success)
        _ = update(&state, .loaded(F.ownerSnapshot()), environment: environment)
        #expect(state.stack.count == 1)
        #expect(state.top is HomeScreen)
        #expect(render(state, environment: environment).text.contains("示例家庭已打开"))
    }

    @Test("A refused demo says why in a box and stays on first run")
    func demoRefused() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("2"), .char("y")], &state, environment: environment)
        let reason = LocalizedText(zh: "资料文件只能读，不能写。", en: "The data file is read-only.")
        #expect(update(&state, .refused(.createDemo, reason), environment: environment).isEmpty)
        let dialog = try #require(state.dialog)
        #expect(dialog.message == reason)
        #expect(dialog.isError)
        #expect(state.top is FirstRunScreen)
        F.press([.enter], &state, environment: environment)
        #expect(state.dialog == nil)
    }

    @Test("Q asks before quitting and N stays; Esc says how to leave")
    func quitAsks() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("q")], &state, environment: environment)
        #expect(state.dialog != nil)
        #expect(!state.isQuitting)
        F.press([.char("n")], &state, environment: environment)
        #expect(!state.isQuitting)
        #expect(state.top is FirstRunScreen)
        F.press([.char("Q"), .char("y")], &state, environment: environment)
        #expect(state.isQuitting)

        state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.escape], &state, environment: environment)
        #expect(state.stack.count == 1)
        #expect(state.status?.text.zh.contains("按 Q") == true)
    }

    @Test("First run, in both languages and two sizes")
    func snapshots() throws {
        try F.assertEverySize("FirstRun") { state, environment in
            _ = update(&state, .loaded(F.emptySnapshot()), environment: environment)
        }
        try F.assertEverySize("FirstRun-demo-confirm") { state, environment in
            _ = update(&state, .loaded(F.emptySnapshot()), environment: environment)
            F.press([.char("2")], &state, environment: environment)
        }
        try F.assertEverySize("FirstRun-quit-confirm") { state, environment in
            _ = update(&state, .loaded(F.emptySnapshot()), environment: environment)
            F.press([.char("q")], &state, environment: environment)
        }
        try F.assertEverySize("FirstRun-demo-refused") { state, environment in
            _ = update(&state, .loaded(F.emptySnapshot()), environment: environment)
            F.press([.char("2"), .char("y")], &state, environment: environment)
            _ = update(
                &state,
                .refused(
                    .createDemo,
                    .init(
                        zh: "出了点问题，没有保存任何更改。请再试一次；如果还不行，请找工作人员。",
                        en: "Something went wrong and nothing was saved. Please try again; if it happens again, ask for help.")),
                environment: environment)
        }
    }

    @Test("First run in the ASCII character set")
    func asciiSnapshot() throws {
        let environment = try F.environment(charset: .ascii)
        var state = F.state(F.emptySnapshot(), environment: environment)
        assertScreen(render(state, environment: environment), named: "FirstRun-ascii-zh-80x24")
        expectNarrowSafe(render(state, environment: environment), "FirstRun-ascii-zh-80x24")
        F.press([.char("2")], &state, environment: environment)
        let text = render(state, environment: environment).text
        let noBoxDrawing = text.allSatisfy { $0.isASCII || DisplayWidth.of(String($0)) == 2 }
        #expect(noBoxDrawing, "no box-drawing characters")
        assertScreen(render(state, environment: environment), named: "FirstRun-demo-confirm-ascii-zh-80x24")
        expectNarrowSafe(render(state, environment: environment), "FirstRun-demo-confirm-ascii-zh-80x24")
    }
}
