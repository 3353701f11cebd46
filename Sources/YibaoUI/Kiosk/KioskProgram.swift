import ScreenKit
import YibaoCore

/// The kiosk as a program on ScreenKit's one loop. It wraps the app's program: a signed-in session is
/// the app's state, updated by the app's `update`, drawn by its `render`, its effects performed by
/// `AppProgram` over the person's `ScopedDataSource`. What is the kiosk's own: the welcome, sign-in,
/// notice, countdown and operator screens, sign-in and sign-out through `KioskServices`, the idle
/// clock on the loop's ticks, and never ending but for `KioskExit`.
public struct KioskProgram<Services: KioskServices>: Program {
    public typealias State = KioskState
    public typealias Event = KioskEvent
    public typealias Effect = KioskEffect
    public typealias Instant = ClockReading
    public typealias Outcome = KioskExit

    public let services: Services
    public let environment: UIEnvironment
    public let keymap: Keymap

    /// Terminal errors in a row after which the kiosk gives up (and systemd starts it again).
    public static var maximumTerminalFailures: Int { 50 }

    public init(services: Services, environment: UIEnvironment, keymap: Keymap = .standard) {
        self.services = services
        var environment = environment
        environment.kiosk = true
        self.environment = environment
        self.keymap = keymap
    }

    /// The app's program for one signed-in person: their data only, as `ScopedDataSource` allows.
    public func session(for person: ResidentID) -> AppProgram<ScopedDataSource<Services.AppData>> {
        AppProgram(
            data: ScopedDataSource(base: services.appData, person: person), environment: environment, keymap: keymap)
    }

    public func event(for input: LoopInput<ClockReading>) -> KioskEvent? {
        switch input {
        case .key(let key): return .key(key)
        case .resize(let size): return .resize(size)
        case .signal(let number): return .signal(number)
        case .tick(let now): return .tick(now, clockText: services.clockText(now.wall))
        }
    }

    public func update(_ state: inout KioskState, _ event: KioskEvent, now: ClockReading) -> [KioskEffect] {
        updateKiosk(&state, event, now: now, environment: environment, keymap: keymap)
    }

    public func render(_ state: KioskState) -> ScreenBuffer {
        renderKiosk(state, environment: environment, keymap: keymap)
    }

    /// Carries out one effect at the clock's reading `reading`; what it found comes back as events. Sign-in
    /// locks and audit rows are on the wall clock; a session's changes are dated the reading's day.
    public func perform(_ effect: KioskEffect, state: KioskState, now reading: ClockReading) -> [KioskEvent] {
        let now = reading.wall
        switch effect {
        case .signIn(let person, let pin):
            do {
                let outcome = try services.signIn(person, pin: pin, at: now)
                let settings = (try? services.kioskSettings()) ?? state.settings
                var clockText: String?
                if case .lockedOut(let until) = outcome { clockText = services.clockText(until) }
                if case .stillLocked(let until) = outcome { clockText = services.clockText(until) }
                if case .terminalLocked(let until) = outcome { clockText = services.clockText(until) }
                return [.signInDecided(person, outcome, clock: clockText, settings: settings)]
            } catch {
                return [.signInFailed(describe(error))]
            }
        case .signOut(let person, let timedOut):
            // The audit row is the store's business; a failure must not keep anyone's screen up.
            try? services.signOut(person, timedOut: timedOut, at: now)
            return []
        case .app(let appEffect):
            guard case .session(let session) = state.phase else { return [] }
            return self.session(for: session.person).perform(appEffect, state: session.app, now: reading).map {
                .app($0)
            }
        case .checkOperatorPin(let pin):
            return [.operatorPinChecked(accepted: services.checkOperatorPin(pin, at: now))]
        case .clearScreen:
            // The loop clears (see `handling(of:)`); nothing to do here.
            return []
        }
    }

    /// Checking a PIN takes a moment (it is hashed): "checking" is drawn first. Clearing is the loop's.
    public func handling(of effect: KioskEffect) -> EffectHandling {
        switch effect {
        case .signIn, .checkOperatorPin: return .performAfterDrawing
        case .clearScreen: return .clearScreen
        case .signOut, .app: return .perform
        }
    }

    /// Until the idle clock next changes, and at least every second (the welcome screen's clock).
    public func tickInterval(_ state: KioskState, now: ClockReading) -> Int? {
        state.waitMilliseconds(now: now)
    }

    public func outcome(_ state: KioskState) -> KioskExit? { state.exit }

    public func outcomeWhenInputEnds(_ state: KioskState) -> KioskExit { .terminalLost }

    public var terminalFailureLimit: Int { Self.maximumTerminalFailures }

    /// The terminal stopped answering: the kiosk ends (and systemd starts it again).
    public func outcomeWhenTerminalLost(_ error: any Error) -> KioskExit? { .terminalLost }
}
