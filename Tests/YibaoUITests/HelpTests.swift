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
        #expect(state.top?.capturesText == false)
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
