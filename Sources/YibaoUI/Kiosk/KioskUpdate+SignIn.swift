import ScreenKit
import YibaoCore

/// What the sign-in's outcome does: a session scoped to the person, the PIN asked again with how
/// many tries are left, or a full-screen notice (locked until a time, or no PIN: ask staff).
func signInDecided(
    _ state: inout KioskState, person: ResidentID, outcome: KioskSignInOutcome, clock: String?, now: Moment,
    environment: UIEnvironment
) -> [KioskEffect] {
    guard case .signIn(var form) = state.phase else { return [] }
    switch outcome {
    case .signedIn:
        var app = AppState(language: state.language, size: state.size)
        app.stack = []
        app.now = state.now
        state.phase = .session(KioskSession(person: person, app: app))
        state.idle = IdleTimer(settings: state.settings, now: state.steadyNow)
        // The sign-in form (and its ID number) leaves the screen entirely before the account appears.
        return [.clearScreen] + Effect.start.map { .app($0) }
    case .wrongPin, .terminalWait:
        form.pin.clear()
        form.focus = .pin
        form.problem = outcome.message(now: now, clockText: clock)
        state.phase = .signIn(form)
        return []
    case .lockedOut, .stillLocked, .terminalLocked:
        state.phase = .notice(
            KioskNotice(kind: .locked, title: KioskWords.lockedTitle, message: outcome.message(now: now, clockText: clock)))
        return [.clearScreen]
    case .noPin:
        state.phase = .notice(
            KioskNotice(kind: .noPin, title: KioskWords.noPinTitle, message: outcome.message(now: now)))
        return [.clearScreen]
    }
}
