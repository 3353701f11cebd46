import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("The kiosk on the one loop and the scripted terminal: checking drawn first, ticks, clears, the keymap")
struct KioskLoopTests {
    typealias K = KioskFixture

    private static func signInKeys(pin: String = K.ownerPin) -> [ScriptedBackend.Step] {
        let keys: [Key] = [.enter] + K.owner.value.map { .char($0) } + [.enter] + pin.map { .char($0) } + [.enter]
        return keys.map { .event(.key($0)) }
    }

    private static func kiosk(
        _ steps: [ScriptedBackend.Step], services: MemoryKioskServices, clock: ScriptedBackend.Clock = .init()
    ) -> KioskRuntime<ScriptedBackend, MemoryKioskServices> {
        KioskRuntime(
            backend: ScriptedBackend(steps: steps, clock: clock), services: services, environment: K.environment(),
            language: .zhHans, clock: { K.start.adding(seconds: Double(clock.milliseconds) / 1000) })
    }

    @Test("The sign-in form says it is checking on screen before the PIN is checked and the account appears")
    func checkingIsDrawnFirst() throws {
        let services = K.services()
        var kiosk = Self.kiosk(Self.signInKeys() + [.event(.signal(15))], services: services)
        #expect(try kiosk.run() == .signal(15))
        let frames = kiosk.backend.drawn.map(\.text)
        let checking = try #require(frames.firstIndex { $0.contains("正在核对，请稍候") })
        let session = try #require(frames.firstIndex { $0.contains("您好，张建国") })
        #expect(checking < session)
        #expect(frames[checking].contains("身份证号"), "the form itself, with the word under it")
        #expect(!frames[session].contains("正在核对"))
    }

    @Test("Ticks with the injected clock's instant bring the countdown; a key continues, and the end clears")
    func ticksDriveTheCountdown() throws {
        let services = K.services()
        let clock = ScriptedBackend.Clock()
        let waits = Array(repeating: ScriptedBackend.Step.timeout, count: 95)
        var kiosk = Self.kiosk(
            Self.signInKeys() + waits + [.event(.key(.char("x"))), .event(.signal(15))], services: services,
            clock: clock)
        #expect(try kiosk.run() == .signal(15))
        // Every wait was at most a second and ran out: the clock stands 95 seconds after sign-in.
        #expect(clock.milliseconds == 95_000)
        let frames = kiosk.backend.drawn.map(\.text)
        let firstCountdown = try #require(frames.firstIndex { $0.contains("还在吗？按任意键继续") })
        #expect(frames[firstCountdown].contains("20 秒后自动退出登录"), "idle for 90 seconds: 20 left")
        let lastCountdown = try #require(frames.lastIndex { $0.contains("还在吗？按任意键继续") })
        #expect(frames[lastCountdown].contains("15 秒后自动退出登录"), "95 seconds: 15 left")
        #expect(frames[lastCountdown + 1].contains("您好，张建国"), "the key continued the session")
        #expect(services.signOuts.map(\.timedOut) == [false], "the signal signed out, not the idle clock")
        // The signal's clear is honoured before the run returns: the last frame is a cleared welcome.
        #expect(kiosk.backend.clearedBeforeDraw.last == frames.count - 1)
        #expect(!frames[frames.count - 1].contains("张建国"))
    }

    @Test("Signing out clears the whole terminal before the welcome screen is drawn")
    func signOutClears() throws {
        let services = K.services()
        let steps = Self.signInKeys() + [.event(.key(K.signOutKey)), .event(.signal(15))]
        var kiosk = Self.kiosk(steps, services: services)
        try kiosk.run()
        let frames = kiosk.backend.drawn.map(\.text)
        let session = try #require(frames.lastIndex { $0.contains("您好，张建国") })
        #expect(frames[session + 1].contains("您已退出登录，屏幕已清除。"))
        #expect(kiosk.backend.clearedBeforeDraw.contains(session + 1))
        #expect(services.signOuts.map(\.timedOut) == [false])
    }

    @Test("The kiosk's own keys are the keymap's: sign-out and the operator sequence follow its bindings")
    func keysFromTheKeymap() {
        let remapped = Keymap(
            bindings: Keymap.standard.bindings.map { binding in
                switch binding.1 {
                case .signOut: return (.function(9), .signOut)
                case .operatorArm: return (.function(11), .operatorArm)
                default: return binding
                }
            })
        let services = K.services()
        let environment = K.environment()
        var state = K.state()
        K.signIn(&state, services: services)
        let f10 = updateKiosk(&state, .key(.function(10)), now: K.start, environment: environment, keymap: remapped)
        #expect(f10.isEmpty)
        #expect(state.signedIn == K.owner, "F10 means nothing in this keymap")
        let effects = updateKiosk(&state, .key(.function(9)), now: K.start, environment: environment, keymap: remapped)
        #expect(effects == [.signOut(K.owner, timedOut: false), .clearScreen])

        _ = updateKiosk(&state, .key(.function(12)), now: K.start, environment: environment, keymap: remapped)
        #expect(!state.operatorArmed, "F12 is not the first key of this keymap's sequence")
        _ = updateKiosk(&state, .key(.function(11)), now: K.start, environment: environment, keymap: remapped)
        _ = updateKiosk(&state, .key(.ctrl("o")), now: K.start, environment: environment, keymap: remapped)
        guard case .operatorPin = state.phase else {
            Issue.record("the remapped sequence asks for the operator PIN")
            return
        }
    }
}
