import ScreenKit
import YibaoCore

/// Draws the whole app: pure, the same state gives the same cells.
///
/// Layout: a title bar on the first row (app, screen, whose account, last change), the screen's
/// content, a status line, and the hint bar on the last row. A dialog, if any, sits on top.
public func render(_ state: AppState, environment: UIEnvironment, keymap: Keymap = .standard) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: state.size)
    let context = state.context(environment)
    if state.isTooSmall {
        TooSmall.draw(tooSmallMessage(state).map { context.text($0) }, into: &buffer)
        return buffer
    }
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

    let readOnly = environment.readOnlyNotice.map { StatusLine($0, kind: .error) }
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

func tooSmallMessage(_ state: AppState) -> [LocalizedText] {
    let need = AppState.minimumSize
    return [
        LocalizedText(zh: "窗口太小", en: "The window is too small"),
        LocalizedText(
            zh: "请把窗口放大到至少 \(need.columns) 列 × \(need.rows) 行",
            en: "Please enlarge it to at least \(need.columns) x \(need.rows)"),
        LocalizedText(
            zh: "现在是 \(state.size.columns) × \(state.size.rows)", en: "It is now \(state.size.columns) x \(state.size.rows)"),
    ]
}

private func drawTitle(_ title: LocalizedText, context: ScreenContext, in row: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(row, style: .title)
    let left = " " + context.text(LocalizedText(zh: "医保", en: "Yibao")) + " | " + context.text(title)
    var right = context.environment.readOnlyNotice == nil ? "" : context.text(LocalizedText(zh: "[只读]", en: "[Read-only]"))
    if let owner = context.snapshot?.owner {
        // At a kiosk the signed-in person sees their own name (it tells them whose account is open);
        // everyone else's is masked by displayName.
        right += (right.isEmpty ? "" : "  ") + context.displayName(owner)
    }
    if let date = context.snapshot?.lastChangeDate {
        right += (right.isEmpty ? "" : "  ") + context.text(LocalizedText(zh: "更新于 \(date)", en: "updated \(date)"))
    }
    right += " "
    // Measured as drawn: `put` sanitises, and a name's control characters are wider once visible.
    right = Sanitizer.inert(right)
    let rightWidth = DisplayWidth.of(right)
    let end = buffer.put(left, x: row.x, y: row.y, maxWidth: max(0, row.width - rightWidth - 1), style: .title)
    if end + rightWidth < row.maxX {
        buffer.put(right, x: row.maxX - rightWidth, y: row.y, style: .title)
    }
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
