import ScreenKit
import YibaoCore

/// Draws the whole app: pure, the same state gives the same cells.
///
/// Layout: a title bar on the first row (app, screen, whose account, last change), the screen's
/// content, a status line, and the hint bar on the last row. A dialog, if any, sits on top. In the
/// narrow-safe set (`Charset.ascii`) no ambiguous-width character is left on the screen.
public func render(_ state: AppState, environment: UIEnvironment, keymap: Keymap = .standard) -> ScreenBuffer {
    environment.charset.narrowSafe(drawApp(state, environment: environment, keymap: keymap))
}

private func drawApp(_ state: AppState, environment: UIEnvironment, keymap: Keymap) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: state.size)
    let context = state.context(environment, keymap: keymap)
    if let tooSmall = tooSmallFrame(size: state.size, language: state.language) { return tooSmall }
    let (top, rest) = buffer.bounds.splitTop(1)
    let bottom = rest.splitBottom(2).bottom
    let content = contentArea(for: state.size)
    if let error = state.loadError {
        drawTitle(LocalizedText(zh: "无法打开", en: "Cannot open"), context: context, in: top, into: &buffer)
        for (i, line) in TextWrap.lines(context.text(error), width: content.width).enumerated() {
            buffer.put(line, x: content.x, y: content.y + i, maxWidth: content.width, style: .error)
        }
        HintBar.draw([keymap.hint(.quit, language: state.language)], in: bottom.row(1), into: &buffer)
        return buffer
    }
    guard let screen = state.top else { return buffer }
    drawTitle(screen.title(context), context: context, in: top, into: &buffer)
    screen.render(in: content, into: &buffer, context: context)

    let readOnly = (environment.readOnlyNotice ?? environment.backupNotice).map { StatusLine($0, kind: .error) }
    if let status = state.status ?? screen.statusLine(context) ?? readOnly {
        drawStatus(status, context: context, in: bottom.row(0), into: &buffer)
    }
    HintBar.draw(hints(for: screen, state: state, context: context, keymap: keymap), in: bottom.row(1), into: &buffer)

    if let dialog = state.dialog {
        drawDialog(dialog, context: context, keymap: keymap, into: &buffer)
    }
    if state.dialog != nil || !screen.capturesText(context) { buffer.cursor = nil }
    return buffer
}

/// Where a screen's content goes in a window of `size`: below the title bar and a blank row, above
/// the status and hint rows, two columns in from each side.
public func contentArea(for size: Size) -> Rect {
    Rect(size: size).splitTop(2).rest.splitBottom(2).rest.inset(horizontal: 2)
}

private func drawStatus(_ status: StatusLine, context: ScreenContext, in row: Rect, into buffer: inout ScreenBuffer) {
    let prefix: LocalizedText
    let style: Style
    switch status.kind {
    case .info: (prefix, style) = (LocalizedText(zh: "", en: ""), .normal)
    case .success: (prefix, style) = (LocalizedText(zh: "[完成] ", en: "[Done] "), .success)
    case .error: (prefix, style) = (LocalizedText(zh: "[注意] ", en: "[Note] "), .error)
    }
    let text = " " + context.text(prefix) + context.text(status.text)
    buffer.put(TextLayout.truncate(text, width: row.width), x: row.x, y: row.y, maxWidth: row.width, style: style)
}

/// The hint bar: the screen's offered commands (`offeredCommands`, the same list help shows); when
/// the bar is narrow, `HintBar` drops the ones that are not essential. Over a dialog, its answers.
func hints(for screen: any ScreenState, state: AppState, context: ScreenContext, keymap: Keymap) -> [Hint] {
    if let dialog = state.dialog {
        if case .confirm = dialog.kind {
            return [keymap.hint(.yes, language: context.language), keymap.hint(.no, language: context.language)]
        }
        // The same word as the box's own button.
        return [Hint(key: keymap.keyLabel(for: .select, in: [.message]), label: context.text(dialogOK))]
    }
    return offeredCommands(for: screen, isRoot: state.stack.count == 1, context: context, keymap: keymap)
        .map { $0.hint(context.language) }
}

/// The button that closes a message box.
private let dialogOK = LocalizedText(zh: "知道了", en: "OK")

private func drawDialog(
    _ dialog: DialogState, context: ScreenContext, keymap: Keymap, into buffer: inout ScreenBuffer
) {
    let buttons: [DialogButton]
    switch dialog.kind {
    case .confirm:
        buttons = [
            DialogButton(key: keymap.keyLabel(for: .yes), label: context.text(Command.yes.label)),
            DialogButton(key: keymap.keyLabel(for: .no), label: context.text(Command.no.label)),
        ]
    case .message:
        buttons = [DialogButton(key: keymap.keyLabel(for: .select, in: [.message]), label: context.text(dialogOK))]
    }
    let prefix = dialog.isError ? context.text(LocalizedText(zh: "[未完成] ", en: "[Not done] ")) : ""
    let box = Dialog(
        title: prefix + context.text(dialog.title), message: context.text(dialog.message), buttons: buttons,
        selectedButton: dialog.selectedButton, messageStyle: dialog.isError ? .error : .normal)
    let area = buffer.bounds.inset(horizontal: 2, vertical: 1)
    box.draw(in: area, into: &buffer, charset: context.charset)
}
