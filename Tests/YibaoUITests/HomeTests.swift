import ScreenKit
import Testing
import TestSupport
import YibaoCore

@testable import YibaoUI

@Suite("Home: four entries, leaving asked first, whose account in the title bar")
struct HomeTests {
    typealias F = FirstRunFixture

    static func home(language: Language = .zhHans, environment: UIEnvironment) -> AppState {
        F.state(F.ownerSnapshot(), language: language, environment: environment)
    }

    @Test("Keys 1 to 4 open Balance, Relatives, Payer order and Rules; Esc comes back to Home")
    func numberKeysOpenScreens() throws {
        let environment = try F.environment()
        let expected: [(Character, any ScreenState.Type)] = [
            ("1", BalanceScreen.self), ("2", RelativesScreen.self), ("3", PayerOrderScreen.self),
            ("4", RulesScreen.self),
        ]
        for (key, type) in expected {
            var state = Self.home(environment: environment)
            // Opening a screen may ask for data to read, never for a change.
            let effects = F.press([.char(key)], &state, environment: environment)
            #expect(!effects.contains { if case .apply = $0 { true } else { false } })
            #expect(state.stack.count == 2)
            #expect(Swift.type(of: try #require(state.top)) == type)
            F.press([.escape], &state, environment: environment)
            #expect(state.stack.count == 1)
            #expect(state.top is HomeScreen)
        }
        var state = Self.home(environment: environment)
        F.press([.char("5"), .char("0")], &state, environment: environment)
        #expect(state.stack.count == 1)
    }

    @Test("Arrows move the selection (wrapping) and Enter opens the selected entry")
    func arrowsAndEnter() throws {
        let environment = try F.environment()
        var state = Self.home(environment: environment)
        F.press([.down, .down], &state, environment: environment)
        #expect((state.top as? HomeScreen)?.selection == 2)
        #expect(render(state, environment: environment).text.contains("> [3]  扣款顺序"))
        F.press([.enter], &state, environment: environment)
        #expect(state.top is PayerOrderScreen)

        state = Self.home(environment: environment)
        F.press([.up], &state, environment: environment)
        #expect((state.top as? HomeScreen)?.selection == 3)
        F.press([.enter], &state, environment: environment)
        #expect(state.top is RulesScreen)

        let expected: [any ScreenState.Type] = [
            BalanceScreen.self, RelativesScreen.self, PayerOrderScreen.self, RulesScreen.self,
        ]
        for (downs, type) in expected.enumerated() {
            state = Self.home(environment: environment)
            F.press(Array(repeating: .down, count: downs) + [.enter], &state, environment: environment)
            #expect(state.stack.count == 2)
            #expect(Swift.type(of: try #require(state.top)) == type)
            F.press([.escape], &state, environment: environment)
            #expect((state.top as? HomeScreen)?.selection == downs, "Home keeps the selection on the way back")
        }
    }

    @Test("Every entry's explanation is there in full at 80x24, in both languages")
    func detailsNotCutOff() throws {
        let environment = try F.environment()
        for language in Language.allCases {
            let text = render(Self.home(language: language, environment: environment), environment: environment).text
            for entry in HomeScreen.entries {
                #expect(text.contains(entry.title.text(language)))
                #expect(text.contains(entry.detail.text(language)))
            }
        }
    }

    @Test("Q asks before quitting; N keeps the app; Y quits")
    func quitAsks() throws {
        let environment = try F.environment()
        var state = Self.home(environment: environment)
        F.press([.char("q")], &state, environment: environment)
        #expect(state.dialog?.message.zh == "要退出医保吗？")
        #expect(!state.isQuitting)
        F.press([.char("n")], &state, environment: environment)
        #expect(state.dialog == nil)
        #expect(!state.isQuitting)
        #expect(state.top is HomeScreen)
        F.press([.char("q"), .char("y")], &state, environment: environment)
        #expect(state.isQuitting)
    }

    @Test("Esc on Home does not leave; it says to press Q")
    func escapeSaysHowToQuit() throws {
        let environment = try F.environment()
        var state = Self.home(environment: environment)
        #expect(F.press([.escape], &state, environment: environment).isEmpty)
        #expect(!state.isQuitting)
        #expect(state.dialog == nil)
        #expect(state.stack.count == 1)
        #expect(render(state, environment: environment).lines[22].contains("这里是首页。要退出请按 Q。"))
    }

    @Test("The title bar shows the owner's name and the date of the last change")
    func titleBarShowsOwner() throws {
        let environment = try F.environment()
        let title = render(Self.home(environment: environment), environment: environment).lines[0]
        #expect(title.contains("李秀英"))
        #expect(title.contains("更新于 2026-03-10"))
        #expect(!title.contains("09:30"))
    }

    @Test("In kiosk mode the signed-in owner sees their own name, and no ID number is shown")
    func titleBarInKiosk() throws {
        let environment = try F.environment(kiosk: true)
        let lines = render(Self.home(environment: environment), environment: environment).lines
        #expect(lines[0].contains("李秀英"))
        #expect(lines[0].contains("更新于 2026-03-10"))
        #expect(lines.joined().contains("您好，李秀英"))
        #expect(!lines.joined().contains("1101"), "an ID number on a kiosk Home screen")
    }

    @Test("Home, in both languages, two sizes, the quit question and kiosk mode")
    func snapshots() throws {
        try F.assertEverySize("Home") { state, environment in
            _ = update(&state, .loaded(F.ownerSnapshot()), environment: environment)
        }
        try F.assertEverySize("Home-quit-confirm") { state, environment in
            _ = update(&state, .loaded(F.ownerSnapshot()), environment: environment)
            F.press([.char("q")], &state, environment: environment)
        }
        try F.assertEverySize("Home-kiosk", kiosk: true) { state, environment in
            _ = update(&state, .loaded(F.ownerSnapshot()), environment: environment)
        }
    }

    @Test("Home in the ASCII character set")
    func asciiSnapshot() throws {
        let environment = try F.environment(charset: .ascii)
        let state = Self.home(language: .en, environment: environment)
        assertScreen(render(state, environment: environment), named: "Home-ascii-en-80x24")
        expectNarrowSafe(render(state, environment: environment), "Home-ascii-en-80x24")
    }
}
