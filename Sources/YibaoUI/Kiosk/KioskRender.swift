import ScreenKit
import YibaoCore

/// Draws the kiosk: pure, the same state gives the same cells. The countdown takes the whole
/// screen (nothing of the person's account shows behind it); a session draws the ordinary app.
public func renderKiosk(_ state: KioskState, environment: UIEnvironment, keymap: Keymap = .standard) -> ScreenBuffer {
    environment.charset.narrowSafe(drawKiosk(state, environment: environment, keymap: keymap))
}

private func drawKiosk(_ state: KioskState, environment: UIEnvironment, keymap: Keymap) -> ScreenBuffer {
    var environment = environment
    environment.kiosk = true
    var buffer = ScreenBuffer(size: state.size)
    let context = KioskDrawing(language: state.language, charset: environment.charset)
    if let tooSmall = tooSmallFrame(size: state.size, language: state.language) { return tooSmall }
    if case .countingDown(let remaining) = state.idlePhase {
        drawCountdown(remaining: remaining, context: context, into: &buffer)
        return buffer
    }
    if state.showingHelp {
        let help = KioskWords.help(maxFailures: state.settings.maxFailures)
        let hints = kioskHints(.notice(help), language: state.language, keymap: keymap)
        drawNotice(help, hints: hints, context: context, into: &buffer)
        return buffer
    }
    let hints = kioskHints(state.phase, language: state.language, keymap: keymap)
    switch state.phase {
    case .welcome:
        drawWelcome(state, hints: hints, context: context, into: &buffer)
    case .signIn(let form):
        drawSignIn(
            form, checking: state.isChecking, today: state.today(environment), hints: hints, context: context, into: &buffer)
    case .notice(let notice):
        drawNotice(notice, hints: hints, context: context, into: &buffer)
    case .operatorPin(let field):
        drawOperatorPin(field, checking: state.isChecking, hints: hints, context: context, into: &buffer)
    case .session(let session):
        return render(session.app, environment: environment, keymap: keymap)
    }
    return buffer
}

/// What the kiosk's own screens need to draw: the language and the glyphs.
struct KioskDrawing {
    var language: Language
    var charset: Charset

    func text(_ localized: LocalizedText) -> String { charset.prose(localized.text(language)) }

    /// The other language's words, shown smaller beneath on the welcome screen.
    func other(_ localized: LocalizedText) -> String {
        charset.prose(localized.text(language == .zhHans ? .en : .zhHans))
    }
}

/// One entry of a kiosk screen's hint bar: a command and its word there (the command's own unless the
/// screen says otherwise: Enter is "Start" on the welcome screen and "Back" on a notice). The keys
/// printed are the keymap's for that command in the phase's scopes.
struct KioskOffer: Hashable, Sendable {
    var command: Command
    var label: LocalizedText
    var isEssential = false
}

/// What each of the kiosk's own screens offers on its hint bar, in order (a session's bar is the app's).
func kioskOffers(_ phase: KioskPhase) -> [KioskOffer] {
    switch phase {
    case .welcome:
        return [
            KioskOffer(command: .select, label: LocalizedText(zh: "开始", en: "Start"), isEssential: true),
            KioskOffer(command: .help, label: Command.help.label, isEssential: true),
            KioskOffer(command: .language, label: Command.language.label, isEssential: true),
        ]
    case .signIn:
        return [
            KioskOffer(command: .select, label: Command.select.label, isEssential: true),
            KioskOffer(command: .nextField, label: Command.nextField.label),
            KioskOffer(command: .back, label: Command.back.label, isEssential: true),
            KioskOffer(command: .help, label: Command.help.label, isEssential: true),
            KioskOffer(command: .language, label: Command.language.label),
        ]
    case .notice:
        return [KioskOffer(command: .select, label: Command.back.label, isEssential: true)]
    case .operatorPin:
        return [
            KioskOffer(command: .select, label: Command.select.label, isEssential: true),
            KioskOffer(command: .back, label: Command.back.label, isEssential: true),
        ]
    case .session:
        return []
    }
}

/// The hint bar of a kiosk screen in `phase`: each offer with the keys `keymap` gives its command there
/// (an offer no key gives there is left out).
func kioskHints(_ phase: KioskPhase, language: Language, keymap: Keymap) -> [Hint] {
    let scopes = kioskKeyScopes(phase)
    return kioskOffers(phase).compactMap {
        let keys = keymap.keyLabel(for: $0.command, in: scopes)
        return keys.isEmpty ? nil : Hint(key: keys, label: $0.label.text(language), isEssential: $0.isEssential)
    }
}

/// The last row's hint bar.
func drawKioskHints(_ hints: [Hint], into buffer: inout ScreenBuffer) {
    HintBar.draw(hints, in: buffer.bounds.row(buffer.size.rows - 1), into: &buffer)
}

/// Puts `text` centred on row `y` of `area`, clipped to it; returns the row after it.
@discardableResult
func putCentred(_ text: String, y: Int, in area: Rect, style: Style, into buffer: inout ScreenBuffer) -> Int {
    let width = min(DisplayWidth.of(text), area.width)
    buffer.put(text, x: area.x + (area.width - width) / 2, y: y, maxWidth: area.width, style: style)
    return y + 1
}

/// Wraps `text` to `area`'s width and centres each line from row `y`; returns the row after the last.
@discardableResult
func putWrappedCentred(_ text: String, y: Int, in area: Rect, style: Style, into buffer: inout ScreenBuffer) -> Int {
    var row = y
    for line in TextWrap.lines(text, width: area.width) where row < area.maxY {
        row = putCentred(line, y: row, in: area, style: style, into: &buffer)
    }
    return row
}
