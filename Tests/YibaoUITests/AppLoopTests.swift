import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// The Relatives family's store, changed now and then by another process: at the `changeAtCheck`-th
/// question "did it change?", the spouse is renamed and the change mark moves.
final class ChangingData: AppDataSource {
    typealias R = RelativesFixtures

    let base = FirstRunMemoryData(household: R.household, owner: R.owner)
    private(set) var mark: Int64 = 41
    private(set) var checks = 0
    private(set) var snapshotReads = 0
    let changeAtCheck: Int

    init(changeAtCheck: Int) {
        self.changeAtCheck = changeAtCheck
    }

    func changeMark() -> Int64? {
        checks += 1
        if checks == changeAtCheck {
            base.household.persons[R.spouse]?.name = "李秀兰"
            mark += 1
        }
        return mark
    }

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        snapshotReads += 1
        return try base.snapshot(asOf: date)
    }

    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] {
        try base.ledger(of: account, offset: offset, limit: limit)
    }

    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        try base.apply(request, asOf: date)
    }

    func rememberLanguage(_ language: Language) {}
}

@Suite("The app on the one loop: ticks carry the time, and a store changed elsewhere is read again")
struct AppLoopTests {
    typealias R = RelativesFixtures

    @Test("A tick keeps its instant in the state; a watched store is asked on every tick whether it moved")
    func tickAndStoreChangedInUpdate() throws {
        let environment = R.environment()
        var state = AppState(language: .zhHans, size: Size(columns: 80, rows: 24))
        let now = ClockReading(Moment(seconds: 1_769_938_200))
        #expect(update(&state, .tick(now), environment: environment).isEmpty, "an unwatched store: no question")
        #expect(state.now == now)
        #expect(update(&state, .storeChanged(mark: 7), environment: environment).isEmpty, "the first mark is the start")
        #expect(state.storeMark == 7)
        let later = ClockReading(now.wall.adding(seconds: 1))
        #expect(update(&state, .tick(later), environment: environment) == [.checkStore(lastMark: 7)])
        #expect(update(&state, .storeChanged(mark: 8), environment: environment) == [.reload])
        #expect(state.storeMark == 8)
    }

    @Test("Another process changes the store: the app reloads without a key and keeps the person's place")
    func storeChangedReloads() throws {
        let data = ChangingData(changeAtCheck: 3)
        let clock = ScriptedBackend.Clock()
        let steps: [ScriptedBackend.Step] = [
            .event(.key(.char("2"))), .timeout, .timeout, .timeout, .event(.signal(15)),
        ]
        var runtime = Runtime(
            backend: ScriptedBackend(steps: steps, clock: clock), data: data, environment: R.environment(),
            language: .zhHans, clock: { Moment(seconds: 1_769_938_200 + Double(clock.milliseconds) / 1000) })
        try runtime.run()

        // The mark at start, then one question per tick; the third answer is a moved mark.
        #expect(data.checks == 4)
        #expect(data.snapshotReads == 2, "the first load and the one the moved mark asked for")
        let watch = AppProgram<ChangingData>.storeWatchMilliseconds
        #expect(runtime.backend.requestedTimeouts == Array(repeating: watch, count: 5))
        let frames = runtime.backend.drawn.map(\.text)
        #expect(frames.count == 5)
        #expect(frames[2].contains("李秀英") && !frames[2].contains("李秀兰"), "before the other's change")
        #expect(frames[3].contains("李秀兰") && !frames[3].contains("李秀英"), "after the reload, no key pressed")
        #expect(runtime.state.top is RelativesScreen, "still on the Relatives screen")
        #expect(runtime.state.stack.count == 2)
        #expect(runtime.state.now?.wall == Moment(seconds: 1_769_938_203))
    }

    @Test("A store that cannot tell when it changed is not watched: the app waits for keys without a limit")
    func unwatchedStoreWaits() throws {
        var backend = ScriptedBackend(keys: [.char("2"), .escape])
        backend.throwsWhenExhausted = false
        let data = FirstRunMemoryData(household: R.household, owner: R.owner)
        var runtime = Runtime(backend: backend, data: data, environment: R.environment(), language: .zhHans)
        try runtime.run()
        #expect(runtime.backend.requestedTimeouts == [nil, nil, nil])
        #expect(runtime.state.storeMark == nil)
        #expect(runtime.state.top is HomeScreen)
    }
}
