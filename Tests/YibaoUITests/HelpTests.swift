import ScreenKit
import Testing
import TestSupport
import YibaoCore

@testable import YibaoUI

@Suite("Help: ? and F1, from Home and from a form")
struct HelpTests {
    typealias F = FirstRunFixture

    @Test("? and F1 open help for Home; Esc (or ? again) goes back to Home")
    func helpFromHome() throws {
        let environment = try F.environment()
        for key in [Key.char("?"), .function(1)] {
            var state = F.state(F.ownerSnapshot(), environment: environment)
            #expect(F.press([key], &state, environment: environment).isEmpty)
            #expect(state.top is HelpScreen)
            let text = render(state, environment: environment).text
            #expect(text.contains("按数字键 1 到 4"))
            #expect(text.contains("[Q]"))
            F.press([.escape], &state, environment: environment)
            #expect(state.top is HomeScreen)
            #expect(state.stack.count == 1)
        }
        var state = F.state(F.ownerSnapshot(), environment: environment)
        F.press([.char("?"), .char("?")], &state, environment: environment)
        #expect(state.top is HomeScreen)
    }

    @Test("In a text field F1 opens help and ? is typed; on the way back the typing is still there")
    func helpFromForm() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("1")], &state, environment: environment)
        F.type("王?", &state, environment: environment)
        #expect(state.top is SetupScreen)
        #expect((state.top as? SetupScreen)?.form.text("name") == "王?")
        F.press([.function(1)], &state, environment: environment)
        #expect(state.top is HelpScreen)
        #expect(render(state, environment: environment).text.contains("请填写您自己的资料"))
        F.press([.escape], &state, environment: environment)
        #expect(state.top is SetupScreen)
        #expect((state.top as? SetupScreen)?.form.text("name") == "王?")
    }

    @Test("On a choice field (no typing) ? opens help")
    func questionMarkOnChoice() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("1"), .tab, .tab], &state, environment: environment)
        #expect(state.top?.capturesText(state.context(environment)) == false)
        F.press([.char("?")], &state, environment: environment)
        #expect(state.top is HelpScreen)
    }

    @Test("Help pages down and up within the help text")
    func helpPages() throws {
        let environment = try F.environment()
        var state = F.state(F.ownerSnapshot(), environment: environment)
        F.press([.char("?")], &state, environment: environment)
        let first = render(state, environment: environment).text
        F.press([.pageDown], &state, environment: environment)
        #expect(render(state, environment: environment).text != first)
        F.press([.pageUp], &state, environment: environment)
        #expect(render(state, environment: environment).text == first)
    }

    @Test("The glossary explains 个人账户, 统筹区 and 共济 in both languages, under one heading, reachable by paging")
    func glossaryExplainsWords() throws {
        let environment = try F.environment()
        let expected: [Language: [String]] = [
            .zhHans: ["- 个人账户：", "- 统筹区：", "- 共济、家庭共济："],
            .en: ["- Personal account (个人账户):", "- Insured area (统筹区):", "- Mutual aid, family mutual aid (共济"],
        ]
        for language in Language.allCases {
            var state = F.state(F.ownerSnapshot(), language: language, environment: environment)
            F.press([.char("?")], &state, environment: environment)
            // Page down through the whole help, collecting what each page shows.
            var seen = ""
            for _ in 0..<8 {
                seen += render(state, environment: environment).text
                F.press([.pageDown], &state, environment: environment)
            }
            for start in expected[language] ?? [] {
                #expect(seen.contains(start), "help explains \(start)")
            }
            let help = try #require(state.top as? HelpScreen)
            let lines = help.lines(state.context(environment), width: 76).map(\.text)
            let heading = language == .zhHans ? "名词解释" : "What the words mean"
            #expect(lines.filter { $0 == heading }.count == 1, "one glossary heading, not two")
        }
    }

    @Test("Help names Up/Down as one line for both arrows, and only F1 when it was opened from a text field")
    func keyLines() throws {
        let environment = try F.environment()
        var state = F.state(F.ownerSnapshot(), environment: environment)
        F.press([.char("?")], &state, environment: environment)
        var text = render(state, environment: environment).text
        #expect(text.contains("[Up/Down] 选上一项或下一项"))
        #expect(text.contains("[?/F1] 显示这个画面的帮助"))

        state = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("1"), .function(1)], &state, environment: environment)
        text = render(state, environment: environment).text
        #expect(text.contains("[F1] 显示这个画面的帮助"))
        #expect(!text.contains("[?/F1]  显示"))
    }

    @Test("Help's first page, from Home, from first run and from the set-up form")
    func snapshots() throws {
        try F.assertEverySize("Help-home") { state, environment in
            _ = update(&state, .loaded(F.ownerSnapshot()), environment: environment)
            F.press([.char("?")], &state, environment: environment)
        }
        try F.assertEverySize("Help-firstrun") { state, environment in
            _ = update(&state, .loaded(F.emptySnapshot()), environment: environment)
            F.press([.char("?")], &state, environment: environment)
        }
        try F.assertEverySize("Help-setup") { state, environment in
            _ = update(&state, .loaded(F.emptySnapshot()), environment: environment)
            F.press([.char("1"), .function(1)], &state, environment: environment)
        }
    }
}
