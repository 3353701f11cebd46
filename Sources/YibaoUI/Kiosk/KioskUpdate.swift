import ScreenKit
import YibaoCore

/// The kiosk's only place of change: an event at `now` in, the effects to carry out out. Pure, so
/// tests drive the idle clock with any `now` they like.
///
/// The rules it keeps: nothing but the operator's key sequence plus the operator PIN ends the kiosk
/// (SIGTERM and SIGHUP aside); the idle clock runs whenever someone is at the terminal, its countdown
/// takes the whole screen, any key then continues, and at zero the session ends; every way back to
/// the welcome screen clears the terminal.
///
/// `reading` is the clock when the event arrived: the idle clock runs on its monotonic part (setting
/// the wall clock back cannot stall a sign-out), "today" on its local date, the rest on its wall time.
public func updateKiosk(
    _ state: inout KioskState, _ event: KioskEvent, now reading: ClockReading, environment: UIEnvironment,
    keymap: Keymap = .standard
) -> [KioskEffect] {
    state.now = reading
    let now = reading.wall
    switch event {
    case .tick(let instant, let clockText):
        if let clockText { state.clockText = clockText }
        state.now = instant
        if var timer = state.idle {
            let phase = timer.tick(now: instant.steady)
            state.idle = timer
            if phase == .expired { return endVisit(&state, timedOut: true, now: instant.wall) }
        }
        // A session's app gets the time too (it watches the store and follows the day on it).
        return updateSession(&state, .tick(instant), now: instant.wall, environment: environment, keymap: keymap)
    case .resize(let size):
        state.size = size
        return updateSession(&state, .resize(size), now: now, environment: environment, keymap: keymap)
    case .signal(let number):
        // Only the signals that stop a service end the kiosk; SIGINT, SIGQUIT and SIGTSTP are
        // ignored by the terminal, and anything else that arrives here is ignored too.
        guard KioskSignals.ending.contains(number) else { return [] }
        var effects: [KioskEffect] = []
        if let person = state.signedIn { effects.append(.signOut(person, timedOut: false)) }
        state.phase = .welcome
        state.exit = .signal(number)
        return effects + [.clearScreen]
    case .key(let key):
        if var timer = state.idle {
            let before = timer.tick(now: state.steadyNow)
            if before == .expired {
                // A key pressed after the countdown ran out cannot bring the session back.
                state.idle = timer
                return endVisit(&state, timedOut: true, now: now)
            }
            timer.activity(now: state.steadyNow)
            state.idle = timer
            // During the countdown any key only says "I am still here".
            if case .countingDown = before {
                return keymap.input(for: key, in: [.kiosk]) == .command(.repaint) ? [.clearScreen] : []
            }
        }
        return handleKioskKey(key, state: &state, now: now, environment: environment, keymap: keymap)
    case .signInDecided(let person, let outcome, let clock, let settings):
        state.isChecking = false
        state.settings = settings
        return signInDecided(&state, person: person, outcome: outcome, clock: clock, now: now, environment: environment)
    case .signInFailed(let message):
        state.isChecking = false
        state.phase = .notice(KioskNotice(kind: .problem, title: KioskWords.problemTitle, message: message))
        return []
    case .operatorPinChecked(let accepted):
        state.isChecking = false
        if accepted {
            state.operatorFailures = 0
            state.exit = .operatorExit
            state.phase = .welcome
            return [.clearScreen]
        }
        state.operatorFailures += 1
        if state.operatorFailures >= max(1, state.settings.maxFailures) {
            state.operatorFailures = 0
            state.operatorLockedUntil = now.adding(seconds: Double(state.settings.lockoutMinutes) * 60)
        }
        state.phase = .welcome
        state.idle = nil
        state.welcomeNote = KioskWords.staffRefused
        return [.clearScreen]
    case .app(let appEvent):
        guard case .session(let session) = state.phase else { return [] }
        if case .loaded(let snapshot) = appEvent, snapshot.owner != session.person || snapshot.isEmpty {
            // Never show a snapshot that is not the signed-in person's own.
            return endSession(&state, person: session.person, timedOut: false, problem: true)
        }
        return updateSession(&state, appEvent, now: now, environment: environment, keymap: keymap)
    }
}

/// `updateKiosk` with a wall clock that is never set, in UTC (tests).
public func updateKiosk(
    _ state: inout KioskState, _ event: KioskEvent, now: Moment, environment: UIEnvironment,
    keymap: Keymap = .standard
) -> [KioskEffect] {
    updateKiosk(&state, event, now: ClockReading(now), environment: environment, keymap: keymap)
}

/// A signed-in session handles an event with the app's own `update` (nothing outside a session).
func updateSession(
    _ state: inout KioskState, _ event: Event, now: Moment, environment: UIEnvironment, keymap: Keymap
) -> [KioskEffect] {
    guard case .session(var session) = state.phase else { return [] }
    // A session started since the last tick reads the day of the kiosk's clock from its first event.
    if session.app.now == nil { session.app.now = state.now }
    let effects = update(&session.app, event, environment: environment, keymap: keymap)
    state.phase = .session(session)
    return afterSessionUpdate(&state, effects, now: now)
}

/// The signals that end the kiosk (systemd's stop, a hang-up): SIGHUP and SIGTERM.
public enum KioskSignals {
    public static let ending: Set<Int32> = [1, 15]
}

/// Back to the welcome screen from wherever the person was, clearing the terminal; a session's end is
/// audited (`timedOut` when the countdown ran out).
func endVisit(_ state: inout KioskState, timedOut: Bool, now: Moment) -> [KioskEffect] {
    if let person = state.signedIn {
        return endSession(&state, person: person, timedOut: timedOut, problem: false)
    }
    state.phase = .welcome
    state.idle = nil
    state.operatorArmed = false
    state.language = state.startLanguage
    state.welcomeNote = nil
    return [.clearScreen]
}

/// Ends the session: the audit row, nothing of it left in the state, and a cleared terminal.
func endSession(_ state: inout KioskState, person: ResidentID, timedOut: Bool, problem: Bool) -> [KioskEffect] {
    state.idle = nil
    state.operatorArmed = false
    state.language = state.startLanguage
    if problem {
        state.phase = .notice(
            KioskNotice(kind: .problem, title: KioskWords.problemTitle, message: KioskWords.problemMessage))
        state.welcomeNote = nil
    } else {
        state.phase = .welcome
        state.welcomeNote = timedOut ? KioskWords.timedOut : KioskWords.signedOut
    }
    return [.signOut(person, timedOut: timedOut), .clearScreen]
}

/// After the app's update in a session: its effects, but leaving the app becomes signing out, a
/// store that cannot be read ends the session calmly, and the language is never remembered (the
/// next person starts in the kiosk's own language).
func afterSessionUpdate(_ state: inout KioskState, _ effects: [Effect], now: Moment) -> [KioskEffect] {
    guard case .session(let session) = state.phase else { return [] }
    if session.app.isQuitting {
        return endSession(&state, person: session.person, timedOut: false, problem: false)
    }
    if session.app.loadError != nil {
        return endSession(&state, person: session.person, timedOut: false, problem: true)
    }
    state.language = session.app.language
    return effects.compactMap { effect in
        if case .rememberLanguage = effect { return nil }
        if case .repaint = effect { return .clearScreen }
        return .app(effect)
    }
}
