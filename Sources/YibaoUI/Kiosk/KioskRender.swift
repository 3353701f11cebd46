import ScreenKit
import YibaoCore

/// Draws the kiosk: pure, the same state gives the same cells. The countdown takes the whole
/// screen (nothing of the person's account shows behind it); a session draws the ordinary app.
public func renderKiosk(_ state: KioskState, environment: UIEnvironment, keymap: Keymap = .standard) -> ScreenBuffer {
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
        drawNotice(KioskWords.help(maxFailures: state.settings.maxFailures), context: context, into: &buffer)
        return buffer
    }
    switch state.phase {
    case .welcome:
        drawWelcome(state, context: context, into: &buffer)
    case .signIn(let form):
        drawSignIn(form, checking: state.isChecking, today: state.today(environment), context: context, into: &buffer)
    case .notice(let notice):
        drawNotice(notice, context: context, into: &buffer)
    case .operatorPin(let field):
        drawOperatorPin(field, checking: state.isChecking, context: context, into: &buffer)
    case .session(let session):
        return render(session.app, environment: environment, keymap: keymap)
    }
    return buffer
}

/// What the kiosk's own screens need to draw: the language and the glyphs.
struct KioskDrawing {
    var language: Language
    var charset: Charset

    func text(_ localized: LocalizedText) -> String { localized.text(language) }

    /// The other language's words, shown smaller beneath on the welcome screen.
    func other(_ localized: LocalizedText) -> String { localized.text(language == .zhHans ? .en : .zhHans) }
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
