import ScreenKit
import Testing
import TestSupport
import YibaoCore

@testable import YibaoUI

@Suite("The app frame: language, a window too small, leaving by signal or Ctrl-C, whole journeys")
struct AppFrameTests {
    typealias F = FirstRunFixture

    @Test("L switches the language, says so, and asks to remember it; L again switches back")
    func languageSwitch() throws {
        let environment = try F.environment()
        var state = F.state(F.ownerSnapshot(), environment: environment)
        #expect(F.press([.char("L")], &state, environment: environment) == [.rememberLanguage(.en)])
        #expect(state.language == .en)
        let text = render(state, environment: environment).text
        #expect(text.contains("Switched to English."))
        #expect(text.contains("[1]  Balance"))
        #expect(F.press([.char("l")], &state, environment: environment) == [.rememberLanguage(.zhHans)])
        #expect(state.language == .zhHans)
    }

    @Test("L works on first run too, and is typed into a text field instead of switching")
    func languageTypedInTextField() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("L")], &state, environment: environment)
        #expect(state.language == .en)
        #expect(render(state, environment: environment).text.contains("[1]  Set up my account"))
        F.press([.char("1")], &state, environment: environment)
        #expect(F.press([.char("L"), .char("i")], &state, environment: environment).isEmpty)
        #expect(state.language == .en)
        #expect((state.top as? SetupScreen)?.form.text("name") == "Li")
    }

    @Test("The hint bar says how to go back, get help and act; in a text field help is F1 alone, said once")
    func hintBar() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        var bar = render(state, environment: environment).lines[23]
        #expect(bar.hasPrefix("[Q] 退出  [Enter] 确定"))
        #expect(bar.contains("[?/F1] 帮助"))
        #expect(bar.contains("[L] English"))

        F.press([.char("1")], &state, environment: environment)
        #expect(state.top?.capturesText(state.context(environment)) == true)
        bar = render(state, environment: environment).lines[23]
        #expect(bar.hasPrefix("[Esc] 返回"))
        #expect(bar.contains("[Enter] 确定"))
        #expect(bar.components(separatedBy: "帮助").count == 2, "help is named once: \(bar)")
        #expect(bar.contains("[F1] 帮助"))
        #expect(!bar.contains("[?/F1]"))
        #expect(!bar.contains("[L]"))

        F.press([.tab, .tab], &state, environment: environment)
        #expect(state.top?.capturesText(state.context(environment)) == false)
        bar = render(state, environment: environment).lines[23]
        #expect(bar.contains("[?/F1] 帮助"))
        #expect(bar.contains("[L] English"))
    }

    @Test("A message box's hint names the same word as its button")
    func messageHint() throws {
        let environment = try F.environment()
        for language in Language.allCases {
            var state = F.state(F.emptySnapshot(), language: language, environment: environment)
            F.press([.char("2"), .char("y")], &state, environment: environment)
            _ = update(&state, .refused(.createDemo, .init(zh: "不行。", en: "No.")), environment: environment)
            let lines = render(state, environment: environment).lines
            let ok = language == .zhHans ? "[Enter] 知道了" : "[Enter] OK"
            #expect(lines[23].trimmingCharacters(in: .whitespaces) == ok)
            #expect(lines.dropLast().contains { $0.contains(ok) })
        }
    }

    @Test("Too small at 79x24, 80x23 and 40x10: the window's size is said in words, nothing else is drawn")
    func tooSmall() throws {
        let environment = try F.environment()
        for size in [Size(columns: 79, rows: 24), Size(columns: 80, rows: 23), Size(columns: 40, rows: 10)] {
            for language in Language.allCases {
                var state = F.state(F.ownerSnapshot(), language: language, environment: environment)
                _ = update(&state, .resize(size), environment: environment)
                #expect(state.isTooSmall)
                let buffer = render(state, environment: environment)
                #expect(buffer.size == size)
                #expect(buffer.cursor == nil)
                let tag = language == .zhHans ? "zh" : "en"
                assertScreen(buffer, named: "AppFrame-too-small-\(tag)-\(size.columns)x\(size.rows)")
                expectNarrowSafe(state, environment: environment, "AppFrame-too-small-\(tag)-\(size)")
            }
        }
    }

    @Test("After a resize back to 80x24 nothing is lost: the half-typed set-up form keeps its text and focus")
    func resizeRecovers() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("1")], &state, environment: environment)
        F.type("王芳", &state, environment: environment)
        F.press([.tab], &state, environment: environment)
        F.type("1101051956", &state, environment: environment)
        let before = render(state, environment: environment)
        for size in [Size(columns: 79, rows: 24), Size(columns: 40, rows: 10), Size(columns: 80, rows: 23)] {
            _ = update(&state, .resize(size), environment: environment)
            #expect(render(state, environment: environment).text.contains("窗口太小"))
        }
        _ = update(&state, .resize(Size(columns: 80, rows: 24)), environment: environment)
        #expect(render(state, environment: environment) == before)
        let form = try #require((state.top as? SetupScreen)?.form)
        #expect(form.text("name") == "王芳")
        #expect(form.text("id") == "1101051956")
        #expect(form.focus == 1)
        F.type("03100015", &state, environment: environment)
        #expect((state.top as? SetupScreen)?.form.field("id")?.error == nil)
        #expect((state.top as? SetupScreen)?.form.text("id") == F.typedID)
    }

    @Test("SIGHUP, SIGINT or SIGTERM quit at once from a half-filled form or an open question, and nothing is saved")
    func signalQuits() throws {
        let environment = try F.environment()
        // SIGHUP (a dropped SSH connection), SIGINT and SIGTERM.
        for signal: Int32 in [1, 2, 15] {
            var state = F.state(F.emptySnapshot(), environment: environment)
            F.press([.char("1")], &state, environment: environment)
            F.type("王芳", &state, environment: environment)
            #expect(update(&state, .signal(signal), environment: environment).isEmpty)
            #expect(state.isQuitting)

            // Even with the "save?" question open, a signal saves nothing.
            let data = FirstRunMemoryData()
            var script: [BackendEvent] = [.key(.char("1"))]
            script += "王芳".map { .key(.char($0)) } + [.key(.tab)] + F.typedID.map { .key(.char($0)) }
            script += [.key(.tab), .key(.tab), .key(.right), .key(.tab)] + "100".map { .key(.char($0)) }
            script += [.key(.tab), .key(.enter), .signal(signal), .key(.char("y"))]
            var runtime = Runtime(backend: ScriptedBackend(events: script), data: data, environment: environment, language: .zhHans)
            try runtime.run()
            #expect(runtime.state.isQuitting)
            #expect(runtime.backend.lastDrawn?.text.contains("要保存的是") == true, "the question was open")
            #expect(data.requests.isEmpty)
            #expect(data.household.persons.isEmpty)
        }
    }

    @Test("Ctrl-C quits at once, from a form, a confirmation or Home, and no change is asked for")
    func ctrlCQuits() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("1")], &state, environment: environment)
        SetupTests.fill(&state, environment: environment)
        F.press([.enter], &state, environment: environment)
        #expect(state.dialog != nil)
        #expect(F.press([.ctrl("c")], &state, environment: environment).isEmpty)
        #expect(state.isQuitting)

        let data = FirstRunMemoryData()
        var script: [BackendEvent] = [.key(.char("1"))]
        script += "王芳".map { .key(.char($0)) } + [.key(.tab)] + F.typedID.map { .key(.char($0)) }
        script += [.key(.ctrl("c"))]
        var runtime = Runtime(backend: ScriptedBackend(events: script), data: data, environment: environment, language: .zhHans)
        try runtime.run()
        #expect(runtime.state.isQuitting)
        #expect(data.requests.isEmpty)

        var home = F.state(F.ownerSnapshot(), environment: environment)
        #expect(F.press([.ctrl("c")], &home, environment: environment).isEmpty)
        #expect(home.isQuitting)
    }

    @Test("From an empty store, through the set-up form, to Home showing the new owner's name")
    func setupJourney() throws {
        let environment = try F.environment()
        let data = FirstRunMemoryData()
        var script: [Key] = [.char("1")]
        script += "王芳".map { Key.char($0) } + [.tab]
        script += F.typedID.map { Key.char($0) } + [.tab]
        script += [.tab]  // employee insurance, as offered
        script += [.right, .tab]  // 北京 110000
        script += "1200.50".map { Key.char($0) } + [.tab]
        script += [.enter, .char("y")]
        var backend = ScriptedBackend(keys: script)
        backend.throwsWhenExhausted = false
        var runtime = Runtime(backend: backend, data: data, environment: environment, language: .zhHans)
        try runtime.run()

        #expect(data.requests.count == 1)
        let owner = try #require(data.household.persons[F.husbandID])
        #expect(owner.name == "王芳")
        #expect(owner.isOwner)
        #expect(data.household.accounts[F.husbandID]?.balance == Money(fen: 120_050))
        #expect(runtime.state.stack.count == 1)
        #expect(runtime.state.top is HomeScreen)
        let screen = try #require(runtime.backend.lastDrawn)
        #expect(screen.lines[0].contains("王芳"))
        #expect(screen.lines[0].contains("更新于 2026-03-15"))
        #expect(screen.text.contains("您好，王芳"))
        #expect(screen.text.contains("已保存。欢迎您，王芳。"))
        let firstScreen = try #require(runtime.backend.drawn.first)
        #expect(firstScreen.text.contains("设置我的账户"))
    }

    @Test("From an empty store, through the demo question, the run ends to open the demo apart; the store is untouched")
    func demoJourney() throws {
        let environment = try F.environment()
        let data = FirstRunMemoryData()
        var backend = ScriptedBackend(keys: [.char("L"), .char("2"), .char("y")])
        backend.throwsWhenExhausted = false
        var runtime = Runtime(backend: backend, data: data, environment: environment, language: .zhHans)
        // Issue 18: the demo is never written into the person's store; the launcher opens it apart.
        #expect(try runtime.run() == .openDemo)
        #expect(data.requests.isEmpty)
        #expect(data.household.persons.isEmpty)
        #expect(data.rememberedLanguages == [.en])
        #expect(runtime.state.language == .en)
    }

    @Test("A read-only store marks every title bar and stays on the status line; a screen's own message goes first")
    func readOnlyNotice() throws {
        var environment = try F.environment()
        environment.readOnlyNotice = LocalizedText(zh: "只读：只能查看。", en: "Read-only: you can look.")
        var state = F.state(F.ownerSnapshot(), environment: environment)
        #expect(render(state, environment: environment).lines[22].contains("[注意] 只读：只能查看。"))
        #expect(render(state, environment: environment).lines[0].contains("[只读]  李秀英"))
        F.press([.char("1")], &state, environment: environment)
        #expect(render(state, environment: environment).lines[0].contains("[只读]"), "Balance's title bar")
        F.press([.escape, .down, .up], &state, environment: environment)
        #expect(render(state, environment: environment).lines[22].contains("[注意] 只读：只能查看。"), "gone after keys")
        F.press([.char("L")], &state, environment: environment)
        #expect(render(state, environment: environment).lines[22].contains("Switched to English."))
        F.press([.down], &state, environment: environment)
        #expect(render(state, environment: environment).lines[22].contains("[Note] Read-only: you can look."))
        let plain = try F.environment()
        let writable = render(F.state(F.ownerSnapshot(), environment: plain), environment: plain).text
        #expect(!writable.contains("Read-only") && !writable.contains("只读"))
    }
}
