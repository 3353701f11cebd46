import YibaoCore

/// Everything a person can ask the app to do by a key. One table feeds the keymap, the hint bar at
/// the bottom of every screen and the help screen.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case back, help, select, quit, language
    case up, down, pageUp, pageDown, first, last
    case nextField, previousField
    case add, remove, moveItemUp, moveItemDown, save, switchPerson
    case contents, questionnaire, yes, no
    /// At a kiosk: end the session and clear the screen.
    case signOut
    /// Left and Right: the other option of a choice or a question's button, or the caret in a field.
    case left, right
    /// Ctrl-C: leave at once, from anywhere, nothing unconfirmed saved.
    case interrupt
    /// Editing a text field: delete before or after the caret, or empty the field.
    case deleteBackward, deleteForward, clearField
    /// The payer order's worked example: a larger or smaller bill.
    case largerExample, smallerExample
    /// The questionnaire: back to the question before.
    case previousQuestion
    /// The payer order: move the selected payer to the top (置顶) or the bottom (置底) at once.
    case moveItemFirst, moveItemLast
    /// The questionnaire: "I don't know" (ask the office or 12393 instead of a guess).
    case dontKnow
    /// Reading a page: half a window up or down.
    case halfPageUp, halfPageDown
    /// At a kiosk: the first key of the operator's exit sequence (docs/kiosk-operator.md; never shown).
    case operatorArm
    /// At a kiosk: the second key of the operator's exit sequence, which asks for the operator PIN.
    case operatorUnlock
    /// Ctrl-L: clear the terminal and draw every cell again (after a terminal scrambled the screen).
    case repaint
    /// Balance: record the estimated credits not yet recorded, or edit one's own record (A).
    case record

    /// The short word on the hint bar.
    public var label: LocalizedText {
        switch self {
        case .back: return .init(zh: "返回", en: "Back")
        case .help: return .init(zh: "帮助", en: "Help")
        case .select: return .init(zh: "确定", en: "OK")
        case .quit: return .init(zh: "退出", en: "Quit")
        case .language: return .init(zh: "English", en: "中文")
        case .up, .down: return .init(zh: "选择", en: "Choose")
        case .pageUp: return .init(zh: "上一页", en: "Page up")
        case .pageDown: return .init(zh: "下一页", en: "Page down")
        case .first: return .init(zh: "最前", en: "First")
        case .last: return .init(zh: "最后", en: "Last")
        case .nextField: return .init(zh: "下一项", en: "Next field")
        case .previousField: return .init(zh: "上一项", en: "Previous field")
        case .add: return .init(zh: "添加", en: "Add")
        case .remove: return .init(zh: "解除", en: "Remove")
        case .moveItemUp: return .init(zh: "上移", en: "Move up")
        case .moveItemDown: return .init(zh: "下移", en: "Move down")
        case .save: return .init(zh: "保存", en: "Save")
        case .switchPerson: return .init(zh: "换人", en: "Other person")
        case .contents: return .init(zh: "目录", en: "Contents")
        case .questionnaire: return .init(zh: "问答", en: "Questions")
        case .yes: return .init(zh: "是", en: "Yes")
        case .no: return .init(zh: "否", en: "No")
        case .signOut: return .init(zh: "退出登录", en: "Sign out")
        case .left: return .init(zh: "向左", en: "Left")
        case .right: return .init(zh: "向右", en: "Right")
        case .interrupt: return .init(zh: "立即退出", en: "Leave now")
        case .deleteBackward: return .init(zh: "删除", en: "Delete")
        case .deleteForward: return .init(zh: "向后删除", en: "Delete after")
        case .clearField: return .init(zh: "清空", en: "Clear")
        case .largerExample: return .init(zh: "例子加大", en: "Larger bill")
        case .smallerExample: return .init(zh: "例子减小", en: "Smaller bill")
        case .previousQuestion: return .init(zh: "上一题", en: "Previous question")
        case .dontKnow: return .init(zh: "不知道", en: "Don't know")
        case .moveItemFirst: return .init(zh: "置顶", en: "To top")
        case .moveItemLast: return .init(zh: "置底", en: "To bottom")
        case .halfPageUp: return .init(zh: "上翻半页", en: "Half page up")
        case .halfPageDown: return .init(zh: "下翻半页", en: "Half page down")
        case .operatorArm, .operatorUnlock: return .init(zh: "工作人员", en: "Staff")
        case .repaint: return .init(zh: "重画", en: "Redraw")
        case .record: return .init(zh: "记录", en: "Record")
        }
    }

    /// One line for the help screen.
    public var summary: LocalizedText {
        switch self {
        case .back: return .init(zh: "回到上一个画面（不保存未确认的内容）", en: "Go back to the previous screen (nothing unconfirmed is saved)")
        case .help: return .init(zh: "显示这个画面的帮助和名词解释", en: "Show help for this screen and what the words mean")
        case .select: return .init(zh: "打开选中的一项，或确认", en: "Open the selected item, or confirm")
        case .quit: return .init(zh: "退出医保（会先问您）", en: "Leave Yibao (you are asked first)")
        case .language: return .init(zh: "切换中文和英文", en: "Switch between Chinese and English")
        case .up: return .init(zh: "选上一项", en: "Select the item above")
        case .down: return .init(zh: "选下一项", en: "Select the item below")
        case .pageUp: return .init(zh: "向上翻一页", en: "Scroll up one page")
        case .pageDown: return .init(zh: "向下翻一页", en: "Scroll down one page")
        case .first: return .init(zh: "跳到最前", en: "Go to the start")
        case .last: return .init(zh: "跳到最后", en: "Go to the end")
        case .nextField: return .init(zh: "到下一个填写项", en: "Go to the next field")
        case .previousField: return .init(zh: "回到上一个填写项", en: "Go back to the previous field")
        case .add: return .init(zh: "添加一位亲属", en: "Add a relative")
        case .remove: return .init(zh: "解除选中的共济关系（会先问您）", en: "End the selected binding (you are asked first)")
        case .moveItemUp: return .init(zh: "把选中的付款人往前移", en: "Move the selected payer earlier")
        case .moveItemDown: return .init(zh: "把选中的付款人往后移", en: "Move the selected payer later")
        case .save: return .init(zh: "保存（会先问您）", en: "Save (you are asked first)")
        case .switchPerson: return .init(zh: "换成另一位被共济人", en: "Show another person's payers")
        case .contents: return .init(zh: "回到规则目录", en: "Back to the list of rules")
        case .questionnaire: return .init(zh: "回答几个问题，看哪些规定适用于您", en: "Answer a few questions to see which rules apply to you")
        case .yes: return .init(zh: "回答“是”", en: "Answer yes")
        case .no: return .init(zh: "回答“否”", en: "Answer no")
        case .signOut: return .init(zh: "退出登录，清除屏幕（自助机）", en: "Sign out and clear the screen (kiosk)")
        case .left: return .init(zh: "换成前一个选项，或把光标左移", en: "The previous option, or the caret one place left")
        case .right: return .init(zh: "换成后一个选项，或把光标右移", en: "The next option, or the caret one place right")
        case .interrupt: return .init(zh: "马上退出，没确认的内容不保存", en: "Leave at once; nothing unconfirmed is saved")
        case .deleteBackward: return .init(zh: "删除光标前的一个字", en: "Delete the character before the caret")
        case .deleteForward: return .init(zh: "删除光标后的一个字", en: "Delete the character after the caret")
        case .clearField: return .init(zh: "清空这一项", en: "Empty this field")
        case .largerExample: return .init(zh: "例子里的账单加大", en: "A larger bill in the example")
        case .smallerExample: return .init(zh: "例子里的账单减小", en: "A smaller bill in the example")
        case .previousQuestion: return .init(zh: "回到上一题", en: "Go back one question")
        case .dontKnow: return .init(zh: "回答“不知道”：告诉您去哪里问", en: "Answer \"I don't know\": where to ask")
        case .moveItemFirst: return .init(zh: "把选中的付款人一下移到最前（置顶）", en: "Move the selected payer to the top at once")
        case .moveItemLast: return .init(zh: "把选中的付款人一下移到最后（置底）", en: "Move the selected payer to the bottom at once")
        case .halfPageUp: return .init(zh: "向上翻半页", en: "Scroll up half a page")
        case .halfPageDown: return .init(zh: "向下翻半页", en: "Scroll down half a page")
        case .operatorArm, .operatorUnlock:
            return .init(zh: "工作人员退出自助机（不在画面上显示）", en: "Staff leave the kiosk (never shown on screen)")
        case .repaint:
            return .init(
                zh: "画面乱了时，清屏并重画整个画面（每个画面都可以用）",
                en: "If the screen looks scrambled, clear it and draw it all again (on every screen)")
        case .record:
            return .init(
                zh: "记录还没记的每月估算划入（按政策表），或修改自己的资料",
                en: "Record the months' estimated credits not yet recorded (policy tables), or edit your own record")
        }
    }
}
