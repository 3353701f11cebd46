import ScreenKit
import YibaoCore

/// The welcome screen: the name in large calm type, the time in big digits, one thing to do.
func drawWelcome(_ state: KioskState, hints: [Hint], context: KioskDrawing, into buffer: inout ScreenBuffer) {
    drawTitleBar(
        LocalizedText(zh: "自助查询", en: "Self-service"), right: state.clockText, language: context.language,
        in: buffer.bounds.row(0), into: &buffer)
    let area = buffer.bounds.splitTop(2).rest.splitBottom(2).rest.inset(horizontal: 2)
    let boxWidth = min(area.width, 76)
    let boxHeight = min(area.height, 19)
    let box = area.centred(Size(columns: boxWidth, rows: boxHeight))
    let inside = Box.draw(box, into: &buffer, charset: context.charset, style: .border).inset(horizontal: 2)
    var y = inside.y + (inside.height >= 17 ? 1 : 0)
    y = putCentred(context.text(KioskWords.appName), y: y, in: inside, style: Style.title.adding(.bold), into: &buffer)
    y = putCentred(context.other(KioskWords.appName), y: y, in: inside, style: .normal, into: &buffer)
    y = putWrappedCentred(context.text(KioskWords.welcomeLine), y: y + 1, in: inside, style: .normal, into: &buffer)
    y += 1
    if BigDigits.canRender(state.clockText), !state.clockText.isEmpty {
        let width = BigDigits.width(of: state.clockText)
        BigDigits.draw(
            state.clockText, at: Point(x: inside.x + (inside.width - width) / 2, y: y), into: &buffer,
            maxWidth: inside.width, charset: context.charset, style: .amount)
        y += BigDigits.height + 1
    }
    let prompt = "  " + context.text(KioskWords.pressEnter) + "  "
    y = putCentred(prompt, y: y, in: inside, style: Style.selection.adding(.bold), into: &buffer)
    y = putCentred(context.other(KioskWords.pressEnter), y: y, in: inside, style: .normal, into: &buffer)
    if let note = state.welcomeNote, y < inside.maxY {
        y = putWrappedCentred(context.text(note), y: y + 1, in: inside, style: .success, into: &buffer)
    } else if y + 1 < inside.maxY {
        putWrappedCentred(context.text(KioskWords.privacy), y: y + 1, in: inside, style: .normal, into: &buffer)
    }
    drawKioskHints(hints, into: &buffer)
}

/// The sign-in form: two large, labelled fields, what each wants, and the one problem if any.
func drawSignIn(
    _ form: SignInForm, checking: Bool, today: CivilDate, hints: [Hint], context: KioskDrawing,
    into buffer: inout ScreenBuffer
) {
    drawTitleBar(
        KioskWords.signInTitle, right: "", language: context.language, in: buffer.bounds.row(0), into: &buffer)
    let area = buffer.bounds.splitTop(2).rest.splitBottom(2).rest.inset(horizontal: 2)
    let width = min(area.width, 72)
    let column = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height)
    var y = column.y + (column.height >= 30 ? 4 : 1)
    let intro = LocalizedText(zh: "请输入您的身份证号和密码。", en: "Please type your ID number and your PIN.")
    buffer.put(context.text(intro), x: column.x, y: y, maxWidth: column.width, style: Style.title.adding(.bold))
    y += 2
    let labelWidth = 12
    let fieldWidth = min(24, column.width - labelWidth)
    let fields: [(SignInForm.Field, LocalizedText, LocalizedText, TextField)] = [
        (.id, KioskWords.idLabel, KioskWords.idHelp, form.id), (.pin, KioskWords.pinLabel, KioskWords.pinHelp, form.pin),
    ]
    for (field, label, help, value) in fields {
        let focused = form.focus == field
        let marker = focused ? "> " : "  "
        buffer.put(marker + context.text(label), x: column.x, y: y, maxWidth: labelWidth, style: focused ? .selection : .normal)
        let rect = Rect(x: column.x + labelWidth, y: y, width: fieldWidth, height: 1)
        value.draw(in: rect, into: &buffer, isFocused: focused)
        buffer.put(context.text(help), x: column.x + labelWidth, y: y + 1, maxWidth: column.width - labelWidth, style: .dim)
        y += 3
    }
    if checking {
        buffer.put(context.text(KioskWords.checking), x: column.x, y: y, maxWidth: column.width, style: .title)
        y += 2
    } else if let problem = form.problem {
        let prefix = context.text(LocalizedText(zh: "[注意] ", en: "[Note] "))
        for line in TextWrap.lines(prefix + context.text(problem), width: column.width) where y < column.maxY {
            buffer.put(line, x: column.x, y: y, maxWidth: column.width, style: .error)
            y += 1
        }
        y += 1
    }
    if y < column.maxY {
        buffer.put(context.text(KioskWords.signInHint), x: column.x, y: y, maxWidth: column.width, style: .normal)
    }
    drawKioskHints(hints, into: &buffer)
}

/// A calm full-screen message: what happened, what to do, and Enter to go back.
func drawNotice(_ notice: KioskNotice, hints: [Hint], context: KioskDrawing, into buffer: inout ScreenBuffer) {
    drawTitleBar(
        notice.title, right: "", language: context.language, in: buffer.bounds.row(0), into: &buffer)
    let area = buffer.bounds.splitTop(2).rest.splitBottom(2).rest.inset(horizontal: 2)
    // Text is drawn one column inside the box's inner area: border 2, inset 2, that column 1.
    let lines = TextWrap.lines(context.text(notice.message), width: min(area.width, 70) - 5)
    let box = area.centred(Size(columns: min(area.width, 70), rows: min(area.height, lines.count + 8)))
    let inside = Box.draw(box, into: &buffer, charset: context.charset, style: .border).inset(horizontal: 1)
    var y = inside.y + 1
    y = putCentred(context.text(notice.title), y: y, in: inside, style: Style.title.adding(.bold), into: &buffer)
    y += 1
    for line in lines where y < inside.maxY {
        buffer.put(line, x: inside.x + 1, y: y, maxWidth: inside.width - 1, style: notice.kind == .problem ? .error : .normal)
        y += 1
    }
    if y + 1 < inside.maxY {
        putCentred(context.text(KioskWords.backToStart), y: y + 1, in: inside, style: .selection, into: &buffer)
    }
    drawKioskHints(hints, into: &buffer)
}

/// "Are you still there?": the whole screen, the seconds left in big digits, any key continues.
func drawCountdown(remaining: Int, context: KioskDrawing, into buffer: inout ScreenBuffer) {
    let area = buffer.bounds.inset(horizontal: 2, vertical: 1)
    let digits = "\(remaining)"
    let height = 2 + 1 + BigDigits.height + 1 + 2
    var y = area.y + max(0, (area.height - height) / 2)
    y = putCentred(context.text(KioskWords.stillThere), y: y, in: area, style: Style.title.adding(.bold), into: &buffer)
    y = putCentred(context.other(KioskWords.stillThere), y: y, in: area, style: .normal, into: &buffer)
    y += 1
    let width = BigDigits.width(of: digits)
    BigDigits.draw(
        digits, at: Point(x: area.x + (area.width - width) / 2, y: y), into: &buffer, maxWidth: area.width,
        charset: context.charset, style: .warning)
    y += BigDigits.height + 1
    putWrappedCentred(context.text(KioskWords.secondsLeft(remaining)), y: y, in: area, style: .normal, into: &buffer)
    drawKioskHints(
        [Hint(key: context.text(LocalizedText(zh: "任意键", en: "Any key")), label: context.text(LocalizedText(zh: "继续", en: "Continue"))).essential],
        into: &buffer)
}

/// The staff PIN: one masked field, no word of what it is for beyond "staff".
func drawOperatorPin(
    _ field: TextField, checking: Bool, hints: [Hint], context: KioskDrawing, into buffer: inout ScreenBuffer
) {
    drawTitleBar(
        KioskWords.staffTitle, right: "", language: context.language, in: buffer.bounds.row(0), into: &buffer)
    let area = buffer.bounds.splitTop(2).rest.splitBottom(2).rest.inset(horizontal: 2)
    let width = min(area.width, 72)
    let column = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: area.height - 1)
    buffer.put(context.text(KioskWords.staffPin), x: column.x, y: column.y, maxWidth: 14, style: .selection)
    field.draw(in: Rect(x: column.x + 14, y: column.y, width: 10, height: 1), into: &buffer, isFocused: true)
    let hint = checking ? KioskWords.checking : KioskWords.staffHint
    buffer.put(context.text(hint), x: column.x, y: column.y + 2, maxWidth: column.width, style: .normal)
    drawKioskHints(hints, into: &buffer)
}
