import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// A terminal whose waits move a shared clock: a timeout makes time pass, a key arrives at once.
struct TimedBackend: TerminalBackend {
    final class Clock: @unchecked Sendable {
        var now: Moment
        init(_ now: Moment) { self.now = now }
    }

    /// Thrown when the script is over, as a terminal that went away.
    struct Exhausted: Error {}

    var size = Size(columns: 80, rows: 24)
    let clock: Clock
    /// Keys to hand out first; then only timeouts until `until`, then the script is exhausted.
    var keys: [Key]
    let until: Moment
    private(set) var drawn: [ScreenBuffer] = []
    private(set) var clearedBeforeDraw: [Int] = []

    init(clock: Clock, keys: [Key], until: Moment) {
        self.clock = clock
        self.keys = keys
        self.until = until
    }

    mutating func draw(_ buffer: ScreenBuffer) throws { drawn.append(buffer) }

    mutating func nextEvent(timeoutMilliseconds: Int?) throws -> BackendEvent? {
        if !keys.isEmpty { return .key(keys.removeFirst()) }
        guard clock.now < until else { throw Exhausted() }
        clock.now = clock.now.adding(seconds: Double(timeoutMilliseconds ?? 1000) / 1000)
        return nil
    }

    mutating func clearAll() { clearedBeforeDraw.append(drawn.count) }
    mutating func shutdown() {}
}

@Suite("The kiosk runtime: ticks from an injected clock, a full clear when a session ends, no way out")
struct KioskRuntimeTests {
    typealias K = KioskFixture

    @Test("Sign in, walk away: the countdown is drawn, then the screen is cleared and welcome drawn anew")
    func idleThroughRuntime() throws {
        let clock = TimedBackend.Clock(K.start)
        let keys: [Key] = [.enter] + K.owner.value.map { .char($0) } + [.enter] + K.ownerPin.map { .char($0) } + [.enter, .char("1")]
        let backend = TimedBackend(clock: clock, keys: keys, until: K.start.adding(seconds: 130))
        let services = K.services()
        var runtime = KioskRuntime(
            backend: backend, services: services, environment: K.environment(), language: .zhHans,
            clock: { clock.now })
        let exit = try runtime.run()
        #expect(exit == .terminalLost, "only the exhausted script ended it")
        let drawn = runtime.backend.drawn
        let balance = drawn.firstIndex { $0.text.contains("您的个人账户") }
        let countdown = drawn.firstIndex { $0.text.contains("还在吗？按任意键继续") }
        let welcomeAgain = drawn.lastIndex { $0.text.contains("请按回车键开始") }
        #expect(balance != nil)
        #expect(countdown != nil)
        guard let balance, let countdown, let welcomeAgain else { return }
        #expect(balance < countdown && countdown < welcomeAgain)
        #expect(services.signOuts.map(\.timedOut) == [true])
        // The terminal was cleared right before the first welcome after the session.
        let firstWelcomeAfter = drawn.indices.first { $0 > countdown && drawn[$0].text.contains("请按回车键开始") }
        #expect(firstWelcomeAfter.map { runtime.backend.clearedBeforeDraw.contains($0) } == true)
        #expect(!drawn[welcomeAgain].text.contains("张建国"))
        #expect(!drawn[welcomeAgain].text.contains("¥"))
        // Waits were bounded, so the clock was read at least every second.
        #expect(clock.now >= K.start.adding(seconds: 130))
    }

    @Test("The operator sequence and PIN end the runtime with an operator exit")
    func operatorExit() throws {
        let keys: [Key] = [.ctrl("c"), .function(12), .ctrl("o")] + K.operatorPin.map { .char($0) } + [.enter]
        let clock = TimedBackend.Clock(K.start)
        var runtime = KioskRuntime(
            backend: TimedBackend(clock: clock, keys: keys, until: K.start), services: K.services(),
            environment: K.environment(), language: .en, clock: { clock.now })
        #expect(try runtime.run() == .operatorExit)
    }
}
