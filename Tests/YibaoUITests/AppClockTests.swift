import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// A household read as of whatever day it is asked for, the way the store reads it: totals from the
/// ledger up to that day, a binding made on it dated that day. It records the days it was asked for.
final class DatedMemoryData: AppDataSource {
    var household: Household
    var ledger: [LedgerEntry]
    let owner: ResidentID
    private(set) var snapshotDays: [CivilDate] = []
    private(set) var applyDays: [CivilDate] = []

    init(household: Household, ledger: [LedgerEntry], owner: ResidentID) {
        self.household = household
        self.ledger = ledger
        self.owner = owner
    }

    func household(asOf date: CivilDate) -> Household {
        var copy = household
        copy.date = date
        for account in copy.persons.keys {
            copy.accounts[account] = AccountTotals(account: account, entries: ledger, asOf: date)
        }
        return copy
    }

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        snapshotDays.append(date)
        return AppSnapshot(household: household(asOf: date), owner: owner, lastChange: date.iso)
    }

    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] {
        Array(ledger.filter { $0.account == account }.reversed().dropFirst(offset).prefix(limit))
    }

    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        applyDays.append(date)
        if case .bind(let payer, let beneficiary, let relation, let quota) = request {
            for change in try household(asOf: date).bind(
                payer: payer, beneficiary: beneficiary, relation: relation, quota: quota,
                policy: RelativesFixtures.policy)
            {
                if case .addBinding(let binding) = change { household.bindings.append(binding) }
            }
        }
        return .done
    }

    func rememberLanguage(_ language: Language) {}
}

/// The clock a test moves: Beijing time (UTC+8), starting at `start`, moved by the scripted terminal's
/// waits, with a monotonic part that can differ from the wall clock.
enum ClockFixture {
    static let beijing = 8 * 3600

    /// The instant of a local (Beijing) date and time.
    static func moment(_ iso: String, _ hour: Int, _ minute: Int, _ second: Int) -> Moment {
        let day = CivilDate(iso: iso)!.dayNumber
        return Moment(seconds: Double(day * 86_400 + hour * 3600 + minute * 60 + second - beijing))
    }

    static func reading(_ moment: Moment) -> ClockReading {
        ClockReading(wall: moment, utcOffsetSeconds: beijing)
    }

    /// The Relatives household with a credit of ¥1,000.00 in 2026 and one of ¥50.00 dated New Year's
    /// Day 2027 (a line the new day brings into the balance).
    static func data() -> DatedMemoryData {
        let owner = RelativesFixtures.owner
        let ledger = [
            LedgerEntry(
                account: owner, date: CivilDate(iso: "2026-06-01")!, kind: .credit, amount: Money(fen: 100_000),
                note: "月度划入"),
            LedgerEntry(
                account: owner, date: CivilDate(iso: "2027-01-01")!, kind: .credit, amount: Money(fen: 5_000),
                note: "月度划入"),
        ]
        return DatedMemoryData(household: RelativesFixtures.household, ledger: ledger, owner: owner)
    }

    /// The app's environment on New Year's Eve 2026, its day following the clock (as the real app's does).
    static func environment(followsClock: Bool = true) -> UIEnvironment {
        var environment = RelativesFixtures.environment()
        environment.today = CivilDate(iso: "2026-12-31")!
        environment.followsClock = followsClock
        return environment
    }
}

@Suite("Today follows the clock in the app: midnight and New Year without a key or a restart")
struct AppClockTests {
    typealias C = ClockFixture

    @Test("A reading's local date and the wait until local midnight come from its offset alone")
    func readingDate() {
        let reading = C.reading(C.moment("2026-12-31", 23, 59, 58))
        #expect(reading.localDate == CivilDate(iso: "2026-12-31"))
        #expect(ClockReading(reading.wall).localDate == CivilDate(iso: "2026-12-31"), "15:59:58 in UTC")
        #expect(reading.millisecondsToNextMidnight == 2_000)
        #expect(C.reading(C.moment("2027-01-01", 0, 0, 0)).localDate == CivilDate(iso: "2027-01-01"))
    }

    @Test("Past midnight into New Year, the open Balance says the new day and this year's figures are the new year's")
    func balanceCrossesNewYear() throws {
        let data = C.data()
        let clock = ScriptedBackend.Clock()
        let start = C.moment("2026-12-31", 23, 59, 58)
        let steps: [ScriptedBackend.Step] = [.event(.key(.char("1"))), .timeout, .event(.signal(15))]
        var runtime = Runtime(
            backend: ScriptedBackend(steps: steps, clock: clock), data: data, environment: C.environment(),
            language: .zhHans,
            clock: { C.reading(start.adding(seconds: Double(clock.milliseconds) / 1000)) })
        try runtime.run()

        // The store cannot tell when it changed, yet the app wakes at midnight (2 s away) for the date.
        #expect(runtime.backend.requestedTimeouts.prefix(2) == [2_000, 2_000])
        #expect(data.snapshotDays == [CivilDate(iso: "2026-12-31")!, CivilDate(iso: "2027-01-01")!])
        let frames = runtime.backend.drawn.map(\.text)
        let before = try #require(frames.dropLast().last { $0.contains("截至 2026-12-31") })
        #expect(before.contains("今年（2026 年）") && before.contains("1,000.00"))
        let after = try #require(frames.last)
        #expect(after.contains("截至 2027-01-01"), "as of the new day, no key pressed")
        #expect(after.contains("今年（2027 年）"))
        #expect(after.contains("1,050.00"), "the new day's line is in the balance")
        #expect(after.contains("日期已变为 2027-01-01"), "the status line says calmly that the date changed")
        #expect(runtime.state.top is BalanceScreen, "still on the Balance screen")
    }

    @Test("A binding made after midnight is dated the new day, not the day the app started")
    func bindingAfterMidnight() throws {
        let data = C.data()
        let sister = try ResidentID(RelativesFixtures.storedSisterText, today: RelativesFixtures.today)
        let program = AppProgram(data: data, environment: C.environment())
        var state = AppState(language: .zhHans, size: Size(columns: 80, rows: 24))
        let afterMidnight = C.reading(C.moment("2027-01-01", 0, 0, 5))
        _ = program.update(&state, .tick(C.reading(C.moment("2026-12-31", 23, 59, 59))), now: afterMidnight)
        let request = ChangeRequest.bind(
            payer: RelativesFixtures.owner, beneficiary: sister, relation: .elderSister, quota: nil)
        _ = program.perform(.apply(request), state: state, now: afterMidnight)

        #expect(data.applyDays == [CivilDate(iso: "2027-01-01")!])
        let binding = try #require(data.household.bindings.first { $0.beneficiary == sister })
        #expect(binding.since == CivilDate(iso: "2027-01-01"))
    }

    @Test("The tick that crosses midnight reloads and says so; later ticks the same day do neither")
    func tickAcrossMidnight() {
        let environment = C.environment()
        var state = AppState(language: .en, size: Size(columns: 80, rows: 24))
        let lateEvening = C.reading(C.moment("2026-12-31", 23, 59, 59))
        #expect(update(&state, .tick(lateEvening), environment: environment).isEmpty)
        #expect(state.today(environment) == CivilDate(iso: "2026-12-31"))
        let midnight = C.reading(C.moment("2027-01-01", 0, 0, 0))
        #expect(update(&state, .tick(midnight), environment: environment) == [.reload])
        #expect(state.today(environment) == CivilDate(iso: "2027-01-01"))
        #expect(state.context(environment).today == CivilDate(iso: "2027-01-01"), "screens read the new day")
        #expect(state.status?.text.en == "The date is now 2027-01-01.")
        let aSecondLater = C.reading(C.moment("2027-01-01", 0, 0, 1))
        #expect(update(&state, .tick(aSecondLater), environment: environment).isEmpty)
    }

    @Test("With --date the day stays fixed: a tick past midnight reloads nothing and changes are dated that day")
    func fixedDate() {
        let environment = C.environment(followsClock: false)
        let data = C.data()
        let program = AppProgram(data: data, environment: environment)
        var state = AppState(language: .en, size: Size(columns: 80, rows: 24))
        let afterMidnight = C.reading(C.moment("2027-01-01", 0, 0, 5))
        #expect(update(&state, .tick(afterMidnight), environment: environment).isEmpty)
        #expect(state.today(environment) == CivilDate(iso: "2026-12-31"))
        #expect(program.tickInterval(state, now: afterMidnight) == nil, "no ticks for the date when it does not move")
        _ = program.perform(.reload, state: state, now: afterMidnight)
        #expect(data.snapshotDays == [CivilDate(iso: "2026-12-31")!])
    }
}
