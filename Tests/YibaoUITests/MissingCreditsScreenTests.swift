import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// Balance offers every month not yet recorded, with amounts and the rule, to record with one
/// confirmation; `A` is on Balance's hint bar and in its help.
@Suite("Balance: every missing month")
struct MissingCreditsScreenTests {
    typealias F = RelativesFixtures

    /// Home, then Balance, with the owner's base recorded and the last credit on `lastCredit`.
    static func balance(lastCredit: CivilDate?, language: Language = .en, size: Size = Size(columns: 80, rows: 24)) -> AppState {
        var household = F.household
        household.persons[F.owner]?.contributionBase = Money(fen: 800_000)
        var state = AppState(language: language, size: size)
        _ = update(&state, .loaded(F.snapshot(household, lastCredit: lastCredit)), environment: F.environment())
        F.press([.char("1")], &state)
        return state
    }

    @Test("Last credit in November: December to February are listed with amounts, total and rule; yes records them together")
    func severalMonths() throws {
        var state = Self.balance(lastCredit: CivilDate(year: 2025, month: 11, day: 5))
        F.press([.char("a"), .char("1")], &state)
        let dialog = try #require(state.dialog)
        let message = dialog.message.en
        #expect(message.contains("The last credit recorded is dated 2025-11-05."))
        #expect(message.contains("the 3 months not yet recorded"))
        #expect(message.contains("2025-12 – 2026-02: ¥160.00 a month"))
        #expect(message.contains("Total ¥480.00."))
        #expect(message.contains("Source:"))
        #expect(dialog.message.zh.contains("合计 ¥480.00。"))
        let effects = F.press([.char("y")], &state)
        let months = [(2025, 12), (2026, 1), (2026, 2)].map { CivilDate(year: $0.0, month: $0.1, day: 1)! }
        #expect(effects == [.apply(.creditEstimatedMonths(person: F.owner, months: months))])
    }

    @Test("The batch's result is said on the status line")
    func savedStatus() throws {
        var state = Self.balance(lastCredit: CivilDate(year: 2025, month: 12, day: 5))
        F.press([.char("a")], &state)
        var household = F.household
        household.persons[F.owner]?.contributionBase = Money(fen: 800_000)
        household.date = CivilDate(year: 2026, month: 1, day: 1)!
        let estimates = household.estimatedCredits(
            for: F.owner, months: [household.date, CivilDate(year: 2026, month: 2, day: 1)!], policy: F.policy,
            today: F.today
        ).estimates
        let request = ChangeRequest.creditEstimatedMonths(person: F.owner, months: [])
        _ = update(&state, .applied(request, .estimatedMonths(estimates)), environment: F.environment())
        #expect(state.status?.text.en == "Recorded 2 months' estimated credits (2026-01 – 2026-02): ¥320.00.")
    }

    @Test("Everything recorded up to this month: says so, asks nothing")
    func nothingMissing() throws {
        var state = Self.balance(lastCredit: CivilDate(year: 2026, month: 2, day: 1))
        F.press([.char("a"), .char("1")], &state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("already recorded"))
        #expect(F.press([.char("y")], &state).isEmpty)
    }

    @Test("A is on the owner's Balance hint bar at 80x24 and in its help, in both languages")
    func hintAndHelp() throws {
        for language in [Language.en, .zhHans] {
            var state = Self.balance(lastCredit: F.lastCredit, language: language)
            let lines = render(state, environment: F.environment()).lines
            let bar = try #require(lines.last)
            #expect(bar.contains(language == .en ? "[A] Record" : "[A] 记录"), "\(bar)")
            // Help lists what the hint bar offers (the one rule, `offeredCommands`), with its words.
            let screen = try #require(state.top as? BalanceScreen)
            let offers = offeredCommands(for: screen, isRoot: false, context: F.context(state), keymap: .standard)
            let record = try #require(offers.first { $0.command == .record })
            #expect(record.keys == "A")
            #expect(Command.record.summary.en.hasPrefix("Record the months' estimated credits"))
            F.press([.char("?")], &state)
            #expect(state.top is HelpScreen)
        }
    }
}
