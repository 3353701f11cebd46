import ScreenKit
import YibaoCore

/// The keys that could end, suspend or escape a program elsewhere; at the kiosk they do nothing.
let kioskIgnoredKeys: Set<Key> = [.ctrl("c"), .ctrl("z"), .ctrl("\\"), .ctrl("d"), .ctrl("q"), .ctrl("s")]

func handleKioskKey(_ key: Key, state: inout KioskState, now: Moment, environment: UIEnvironment, keymap: Keymap)
    -> [KioskEffect]
{
    if kioskIgnoredKeys.contains(key) { return [] }
    // The kiosk's own keys are the keymap's: sign-out, the operator sequence, help and the language.
    let command = keymap.command(for: key)
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
    // ? and F1 are help where nothing else is meant by them (no field takes a ?).
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
        return welcomeKey(key, command: command, state: &state, now: now, environment: environment)
    case .signIn(var form):
        if command == .language {
            toggleLanguage(&state)
            return []
        }
        switch form.handle(key, today: state.today(environment)) {
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
        if key == .enter || key == .escape || key == .char(" ") { return endVisit(&state, timedOut: false, now: now) }
        return []
    case .operatorPin(var field):
        switch key {
        case .escape:
            return endVisit(&state, timedOut: false, now: now)
        case .enter:
            // A malformed PIN is checked (and refused, and audited) like any other.
            let pin = try? KioskPin(field.text)
            state.phase = .operatorPin(TextField(maxLength: KioskPin.lengths.upperBound, isMasked: true))
            state.isChecking = true
            return [.checkOperatorPin(pin)]
        case .char(let c) where c.isASCII && c.isNumber:
            field.insert(c)
        case .backspace:
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
    _ key: Key, command: Command?, state: inout KioskState, now: Moment, environment: UIEnvironment
) -> [KioskEffect] {
    if command == .language {
        toggleLanguage(&state)
        return []
    }
    var form = SignInForm()
    switch key {
    case .enter, .char(" "):
        break
    case .char(let c) where c.isASCII && c.isNumber:
        // A digit starts the ID number at once.
        _ = form.handle(key, today: state.today(environment))
    default:
        return []
    }
    state.welcomeNote = nil
    state.phase = .signIn(form)
    state.idle = IdleTimer(settings: state.settings, now: state.steadyNow)
    return []
}

private func toggleLanguage(_ state: inout KioskState) {
    state.language = state.language == .zhHans ? .en : .zhHans
}
