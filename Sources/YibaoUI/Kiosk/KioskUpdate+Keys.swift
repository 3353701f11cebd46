import ScreenKit
import YibaoCore

/// Where the kiosk reads a key in each phase (most specific first). `.kiosk` comes first everywhere:
/// the keys that could end, suspend or escape a program elsewhere do nothing at a kiosk.
func kioskKeyScopes(_ phase: KioskPhase) -> [KeyScope] {
    switch phase {
    case .welcome: return [.kiosk, .kioskWelcome]
    case .signIn: return [.kiosk, .kioskSignIn, .textField]
    case .notice: return [.kiosk, .kioskNotice]
    case .operatorPin: return [.kiosk, .textField]
    case .session: return [.kiosk]
    }
}

func handleKioskKey(_ key: Key, state: inout KioskState, now: Moment, environment: UIEnvironment, keymap: Keymap)
    -> [KioskEffect]
{
    if keymap.silences(key, in: [.kiosk]) { return [] }
    // Ctrl-L repaints every cell, on every kiosk screen (a session's own update says the same).
    if keymap.input(for: key, in: [.kiosk]) == .command(.repaint) { return [.clearScreen] }
    // A window too small to show the screen takes no key: nothing may happen that cannot be seen. What
    // was open (a typed ID, a question) is there, unchanged, when the window grows back.
    if AppState.isTooSmall(state.size) { return [] }
    // The kiosk's own keys are the keymap's, read in the phase's scopes: sign-out, the operator
    // sequence, help, the language, and what the sign-in form and the operator PIN take.
    let input = keymap.input(for: key, in: kioskKeyScopes(state.phase))
    let command = input?.command
    if state.showingHelp {
        // Any key closes help, back to the screen it was opened on, as it was.
        state.showingHelp = false
        return []
    }
    switch state.phase {
    case .welcome, .signIn, .notice:
        if state.operatorArmed {
            state.operatorArmed = false
            if command == .operatorUnlock {
                state.phase = .operatorPin(TextField(maxLength: KioskPin.lengths.upperBound, isMasked: true))
                state.idle = IdleTimer(settings: state.settings, now: state.steadyNow)
                state.welcomeNote = nil
                return []
            }
        }
        if command == .operatorArm {
            // After too many wrong operator PINs the sequence is silent for the lockout period, so the
            // operator PIN cannot be found by trying them all at the keyboard.
            let locked = state.operatorLockedUntil.map { now < $0 } ?? false
            state.operatorArmed = !locked
            return []
        }
    default:
        break
    }
    // Help where nothing else is meant by its keys (no field takes a ?).
    switch state.phase {
    case .welcome, .signIn:
        if command == .help {
            state.showingHelp = true
            state.operatorArmed = false
            return []
        }
    default:
        break
    }
    switch state.phase {
    case .welcome:
        return welcomeKey(key, input: input, state: &state, now: now, environment: environment, keymap: keymap)
    case .signIn(var form):
        if command == .language {
            toggleLanguage(&state)
            return []
        }
        guard let input else { return [] }
        switch form.handle(input, today: state.today(environment)) {
        case .none:
            state.phase = .signIn(form)
            return []
        case .cancel:
            return endVisit(&state, timedOut: false, now: now)
        case .submit(let person, let pin):
            form.pin.clear()
            state.phase = .signIn(form)
            state.isChecking = true
            return [.signIn(person, pin)]
        }
    case .notice:
        if command == .select || command == .back { return endVisit(&state, timedOut: false, now: now) }
        return []
    case .operatorPin(var field):
        switch input {
        case .command(.back):
            return endVisit(&state, timedOut: false, now: now)
        case .command(.select):
            // A malformed PIN is checked (and refused, and audited) like any other.
            let pin = try? KioskPin(field.text)
            state.phase = .operatorPin(TextField(maxLength: KioskPin.lengths.upperBound, isMasked: true))
            state.isChecking = true
            return [.checkOperatorPin(pin)]
        case .text(let c) where c.isASCII && c.isNumber:
            field.insert(c)
        case .command(.deleteBackward):
            field.deleteBackward()
        default:
            break
        }
        state.phase = .operatorPin(field)
        return []
    case .session(let session):
        if command == .signOut {
            return endSession(&state, person: session.person, timedOut: false, problem: false)
        }
        return updateSession(&state, .key(key), now: now, environment: environment, keymap: keymap)
    }
}

private func welcomeKey(
    _ key: Key, input: Input?, state: inout KioskState, now: Moment, environment: UIEnvironment, keymap: Keymap
) -> [KioskEffect] {
    if input == .command(.language) {
        toggleLanguage(&state)
        return []
    }
    var form = SignInForm()
    if input != .command(.select) {
        // A digit starts the ID number at once: the key as the sign-in form reads it.
        guard case .text(let c) = keymap.input(for: key, in: kioskKeyScopes(.signIn(form))), c.isASCII, c.isNumber
        else { return [] }
        _ = form.handle(.text(c), today: state.today(environment))
    }
    state.welcomeNote = nil
    state.phase = .signIn(form)
    state.idle = IdleTimer(settings: state.settings, now: state.steadyNow)
    return []
}

private func toggleLanguage(_ state: inout KioskState) {
    state.language = state.language == .zhHans ? .en : .zhHans
}
