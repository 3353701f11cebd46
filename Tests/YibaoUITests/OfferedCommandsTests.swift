import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Hint bar and help: one list of commands per screen, from one rule")
struct OfferedCommandsTests {
    typealias F = PayerOrderFixture

    /// Every screen of the app, by the keys that reach it from the first screen.
    static let journeys: [(name: String, empty: Bool, keys: [Key])] = [
        ("first run", true, []),
        ("set-up, typing", true, [.char("1")]),
        ("set-up, a choice", true, [.char("1"), .tab, .tab]),
        ("set-up, the button", true, [.char("1"), .backTab]),
        ("home", false, []),
        ("balance", false, [.char("1")]),
        ("relatives", false, [.char("2")]),
        ("add a relative, typing", false, [.char("2"), .char("a")]),
        ("add a relative, a choice", false, [.char("2"), .char("a"), .tab, .tab]),
        ("add a relative, an open list", false, [.char("2"), .char("a"), .tab, .tab, .enter]),
        ("payer order", false, [.char("3")]),
        ("rules", false, [.char("4")]),
        ("a rule page", false, [.char("4"), .char("1")]),
        ("another rule page", false, [.char("4"), .char("2")]),
        ("the questions", false, [.char("4"), .char("w")]),
        ("the answer", false, [.char("4"), .char("w")] + Array(repeating: .char("n"), count: 12)),
    ]

    /// A store with nobody in it: the app opens on the first-run screen.
    static let empty = AppSnapshot(household: Household(date: F.today), owner: nil, lastChange: nil)

    /// The keys listed under help's "Keys" heading, in order.
    static func helpKeys(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { ["按键", "Keys"].contains($0.trimmingCharacters(in: .whitespaces)) })
        else { return [] }
        var keys: [String] = []
        for line in lines[(start + 1)...] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { break }
            guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") else { continue }
            keys.append(String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]))
        }
        return keys
    }

    @Test(
        "On every screen, in the app and at a kiosk, help lists exactly the hint bar's commands, in its order, then Ctrl-L",
        arguments: [false, true], [Language.zhHans, .en])
    func helpAndBarAgree(kiosk: Bool, language: Language) throws {
        let env = try F.environment(kiosk: kiosk)
        for journey in OfferedCommandsTests.journeys {
            var state = AppState(language: language, size: Size(columns: 200, rows: 60))
            let snapshot = journey.empty ? OfferedCommandsTests.empty : F.snapshot()
            _ = update(&state, .loaded(snapshot), environment: env)
            for key in journey.keys { _ = update(&state, .key(key), environment: env) }
            let screen = try #require(state.top, "\(journey.name)")
            #expect(!(screen is HelpScreen), "\(journey.name)")
            if journey.name == "the answer" {
                #expect((screen as? QuestionnaireScreen)?.currentQuestion(state.context(env)) == nil)
            }
            if journey.name == "add a relative, an open list" {
                #expect((screen as? AddRelativeScreen)?.form.picker != nil)
            }
            if journey.name.hasSuffix("typing") { #expect(screen.capturesText(state.context(env))) }
            let bar = hints(for: screen, state: state, context: state.context(env), keymap: .standard)
            let drawnBar = render(state, environment: env).lines[59]
            for hint in bar {
                #expect(drawnBar.contains("[\(hint.key)] \(hint.label)"), "\(journey.name): \(drawnBar)")
            }

            _ = update(&state, .key(.function(1)), environment: env)
            let help = try #require(state.top as? HelpScreen, "\(journey.name)")
            #expect(help.offers.map { $0.hint(language) } == bar, "\(journey.name)")
            let text = render(state, environment: env).text
            // Ctrl-L (repaint) works on every screen: help names it after the bar's commands.
            #expect(OfferedCommandsTests.helpKeys(text) == bar.map(\.key) + ["Ctrl-L"], "\(journey.name)")
        }
    }

    @Test("On the first screen help says Q leaves, as the bar does; from a text field it offers no L, which is typed")
    func formerDisagreements() throws {
        let env = try F.environment()
        var state = AppState(language: .en, size: Size(columns: 120, rows: 40))
        _ = update(&state, .loaded(OfferedCommandsTests.empty), environment: env)
        _ = update(&state, .key(.char("?")), environment: env)
        var keys = OfferedCommandsTests.helpKeys(render(state, environment: env).text)
        #expect(keys.first == "Q")
        #expect(!keys.contains("Esc"))

        _ = update(&state, .key(.escape), environment: env)
        _ = update(&state, .key(.char("1")), environment: env)
        _ = update(&state, .key(.function(1)), environment: env)
        keys = OfferedCommandsTests.helpKeys(render(state, environment: env).text)
        #expect(keys.contains("F1"))
        #expect(!keys.contains("L"))
        #expect(!keys.contains("?/F1"))
    }

    @Test("At a kiosk the bar and help both start with Esc, then F10 to sign out, and never offer to quit")
    func kioskOrder() throws {
        let env = try F.environment(kiosk: true)
        var state = F.openedState(environment: env)
        let offers = offeredCommands(
            for: try #require(state.top), isRoot: false, context: state.context(env), keymap: .standard)
        #expect(offers.prefix(2).map(\.command) == [.back, .signOut])
        #expect(!offers.contains { $0.command == .quit })
        _ = update(&state, .key(.function(1)), environment: env)
        #expect((state.top as? HelpScreen)?.offers == offers)
    }
}
