import Foundation
import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("FormState: focus, typing, choices, the option list, submit, cancel, problems at the field")
struct FormStateTests {
    static let colours: [LocalizedText] = (1...15).map { LocalizedText(zh: "选项\($0)", en: "option \($0)") }

    func makeForm() -> FormState {
        var hidden = FormField.text("hidden", .init(zh: "隐藏", en: "Hidden"))
        hidden.isVisible = false
        return FormState(fields: [
            .text("name", .init(zh: "姓名", en: "Name"), maxLength: 4),
            hidden,
            .choice("colour", .init(zh: "颜色", en: "Colour"), options: FormStateTests.colours),
            .text("note", .init(zh: "备注", en: "Note"), text: "预先"),
        ])
    }

    @Test("Tab and Down move to the next visible field, skipping hidden ones, then the button, then wrap")
    func focusSkipsHiddenFields() {
        var form = makeForm()
        #expect(form.focus == 0)
        #expect(form.press(.tab) == .left("name"))
        #expect(form.focus == 2)
        #expect(form.press(.down) == .left("colour"))
        #expect(form.focus == 3)
        _ = form.press(.tab)
        #expect(form.isOnButton)
        #expect(form.press(.tab) == .none)
        #expect(form.focus == 0)
    }

    @Test("Shift-Tab and Up move back, skipping hidden fields and wrapping to the button")
    func focusMovesBack() {
        var form = makeForm()
        _ = form.press(.backTab)
        #expect(form.isOnButton)
        _ = form.press(.up)
        #expect(form.focus == 3)
        _ = form.press(.up)
        _ = form.press(.up)
        #expect(form.focus == 0)
    }

    @Test("Hiding the focused field moves focus on; showing a field puts it back in the tab order")
    func setVisibleMovesFocus() {
        var form = makeForm()
        form.setVisible("name", false)
        #expect(form.focus == 2)
        form.setVisible("hidden", true)
        form.focus = 0
        form.setVisible("name", true)
        form.focus = 0
        _ = form.press(.tab)
        #expect(form.focus == 1)
    }

    @Test("Typing goes into the focused text field, reports the change, respects the length limit and marks the form dirty")
    func typing() {
        var form = makeForm()
        #expect(!form.isDirty)
        #expect(form.capturesText)
        #expect(form.press(.char("王")) == .changed("name"))
        for c in "桂兰X" { _ = form.press(.char(c)) }
        #expect(form.text("name") == "王桂兰X")
        #expect(form.press(.char("Y")) == .none)  // full: four characters
        #expect(form.press(.left) == .none)  // the caret moves, the text does not change
        #expect(form.text("name") == "王桂兰X")
        // Backspace deletes before the caret: the 兰 left of it, not the X at the end.
        #expect(form.press(.backspace) == .changed("name"))
        #expect(form.text("name") == "王桂X")
        #expect(form.isDirty)
    }

    @Test("Text is trimmed when read; a field filled by setText does not make the form dirty")
    func setTextAndTrim() {
        var form = makeForm()
        form.setText("name", " 李 ")
        #expect(form.text("name") == "李")
        #expect(!form.isDirty)
        #expect(form.text("note") == "预先")
    }

    @Test("Left and Right (and Space) cycle a choice, wrapping at both ends")
    func choiceCycling() {
        var form = makeForm()
        form.focus = 2
        #expect(!form.capturesText)
        #expect(form.press(.left) == .changed("colour"))
        #expect(form.choice("colour") == 14)
        #expect(form.press(.right) == .changed("colour"))
        #expect(form.choice("colour") == 0)
        _ = form.press(.char(" "))
        #expect(form.choice("colour") == 1)
        #expect(form.isDirty)
    }

    @Test("Enter opens the option list; arrows scroll it; Enter chooses; Esc closes it without choosing")
    func pickerOpenChooseCancel() {
        var form = makeForm()
        form.focus = 2
        #expect(form.press(.enter) == .none)
        #expect(form.picker?.selection == 0)
        for _ in 0..<12 { _ = form.press(.down) }
        #expect(form.picker?.selection == 12)
        // Only ten options show at once, so the list scrolled to keep the selection in view.
        #expect(form.picker?.offset == 3)
        #expect(form.press(.escape) == .none)
        #expect(form.picker == nil)
        #expect(form.choice("colour") == 0)
        _ = form.press(.enter)
        _ = form.press(.end)
        #expect(form.press(.enter) == .changed("colour"))
        #expect(form.choice("colour") == 14)
        #expect(form.picker == nil)
        #expect(form.focus == 2)
    }

    @Test("An option list opened on a choice far down the list shows that choice")
    func pickerOpensOnChosenOption() {
        var form = makeForm()
        form.focus = 2
        form.setChoice("colour", 13)
        _ = form.press(.enter)
        let list = try! #require(form.picker)
        #expect(list.selection == 13)
        #expect(list.visibleRange(itemCount: 15, visibleRows: 10).contains(13))
    }

    @Test("Enter on a text field moves on; Enter on the button submits; Esc cancels")
    func submitAndCancel() {
        var form = makeForm()
        #expect(form.press(.enter) == .left("name"))
        #expect(form.focus == 2)
        form.focus = form.fields.count
        #expect(form.press(.enter) == .submit)
        #expect(form.press(.escape) == .cancel)
    }

    @Test("Problems are kept per field, the first visible one can be focused, and they are drawn with a [!] marker")
    func errors() {
        var form = makeForm()
        form.setError("note", .init(zh: "请写备注。", en: "Please write a note."))
        form.setError("hidden", .init(zh: "看不见", en: "invisible"))
        form.focus = form.fields.count
        form.focusFirstError()
        #expect(form.focus == 3)
        let context = FormStateTests.context(size: Size(columns: 60, rows: 12))
        var buffer = ScreenBuffer(size: Size(columns: 60, rows: 12))
        form.render(in: Rect(x: 0, y: 0, width: 60, height: 12), into: &buffer, context: context)
        #expect(buffer.lines.contains { $0.contains("[!] 请写备注。") })
        #expect(!buffer.lines.contains { $0.contains("看不见") })
        form.setError("note", nil)
        #expect(form.field("note")?.error == nil)
    }

    @Test("A long problem wraps onto spare rows instead of being cut off")
    func longErrorWraps() {
        var form = makeForm()
        let long = LocalizedText(
            zh: "校验位不对，可能有一位输错了。请逐位核对。",
            en: "The check digit does not match: one character is probably mistyped. Please check each one.")
        form.setError("name", long)
        var context = FormStateTests.context(size: Size(columns: 60, rows: 14))
        context.language = .en
        var buffer = ScreenBuffer(size: Size(columns: 60, rows: 14))
        form.render(in: Rect(x: 0, y: 0, width: 60, height: 14), into: &buffer, context: context)
        let all = buffer.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(all.contains("[!] The check digit"))
        // The last words made it onto a spare row (the message is not cut short).
        #expect(all.contains("check each one."))
        #expect(!all.contains("..."))
        // With no rows to spare the problem keeps to one row and says it goes on.
        var tight = ScreenBuffer(size: Size(columns: 60, rows: form.height))
        form.render(in: Rect(x: 0, y: 0, width: 60, height: form.height), into: &tight, context: context)
        #expect(tight.lines[1].hasSuffix("..."))
        #expect(tight.lines[2].contains("Colour"))
    }

    static func context(size: Size) -> ScreenContext {
        ScreenContext(environment: RelativesFixtures.environment(), language: .zhHans, snapshot: nil, size: size)
    }
}

extension FormState {
    /// A key as the app delivers it: read by the standard keymap in the form's scopes.
    mutating func press(_ key: Key) -> Outcome {
        guard let input = Keymap.standard.input(for: key, in: keyScopes) else { return .none }
        return handle(input)
    }
}
