import ScreenKit
import TestSupport
import Testing

@Suite("Widget snapshots")
struct WidgetSnapshotTests {
    func screen(_ columns: Int, _ rows: Int) -> ScreenBuffer {
        ScreenBuffer(size: Size(columns: columns, rows: rows))
    }

    let menuItems = [
        MenuItem(key: "1", title: "余额 Balance", detail: "个人账户还有多少钱"),
        MenuItem(key: "2", title: "家庭共济 Family sharing", detail: "谁可以用我的账户"),
        MenuItem(key: "3", title: "扣款顺序 Payer order"),
        MenuItem(key: "4", title: "提取规则 Withdrawal rules"),
    ]

    @Test("A menu marks the selection with > and the selection role, spaced out when there is room")
    func menuRoomy() {
        var b = screen(40, 12)
        Menu.draw(menuItems, selection: 1, in: b.bounds, into: &b)
        assertScreen(b, named: "menu-40x12")
    }

    @Test("A short menu packs rows and scrolls to keep the selection visible")
    func menuCramped() {
        var b = screen(22, 3)
        Menu.draw(menuItems, selection: 3, in: b.bounds, into: &b)
        assertScreen(b, named: "menu-22x3")
        #expect(b.lines[2].hasPrefix("> [4]"))
    }

    @Test("A list aligns CJK and Latin cells by display width and right-aligns amounts")
    func list() {
        var b = screen(44, 6)
        let view = ListView(columns: [
            Column("日期 Date", width: 10), Column("说明 What"), Column("金额 Amount", width: 11, alignment: .trailing),
        ])
        let rows = [
            ["2024-01-05", "门诊 Clinic", "-¥35.50"],
            ["2024-02-01", "单位划入 Employer credit", "¥210.00"],
            ["2024-02-17", "药店 Pharmacy", "-¥12.80"],
            ["2024-03-01", "单位划入", "¥210.00"],
            ["2024-03-09", "住院 Hospital stay", "-¥1,204.66"],
            ["2024-04-01", "单位划入", "¥210.00"],
        ]
        var state = ListState()
        for _ in 0..<5 { state.moveDown(itemCount: rows.count, visibleRows: view.visibleRows(height: 6)) }
        view.draw(rows, state: state, in: b.bounds, into: &b)
        assertScreen(b, named: "list-44x6")
        #expect(state.offset == 1)
    }

    @Test("A list in moving mode shows the moving role and its own marker")
    func listMoving() {
        var b = screen(24, 4)
        let view = ListView(columns: [Column("顺序 Order")], selectionStyle: .moving, marker: "* ")
        view.draw([["本人 Self"], ["配偶 Spouse"], ["父亲 Father"]], state: ListState(selection: 1), in: b.bounds, into: &b)
        assertScreen(b, named: "list-moving-24x4")
    }

    @Test("Big digits draw an amount in five rows, in blocks or in ASCII")
    func bigDigits() {
        var b = screen(60, 11)
        let rect = BigDigits.draw("¥3,456.78", at: Point(x: 1, y: 0), into: &b)
        BigDigits.draw("-1,209.00", at: Point(x: 1, y: 6), into: &b, charset: .ascii)
        assertScreen(b, named: "bigdigits")
        #expect(rect.width == BigDigits.width(of: "¥3,456.78"))
        #expect(BigDigits.lines("¥3,456.78").allSatisfy { displayWidth($0) == BigDigits.width(of: "¥3,456.78") })
    }

    @Test("Big digits report what they can draw and how wide it is")
    func bigDigitsWidth() {
        #expect(BigDigits.width(of: "0") == 4)
        #expect(BigDigits.width(of: "00") == 9)
        #expect(BigDigits.width(of: "") == 0)
        #expect(BigDigits.canRender("￥1,000.00"))
        #expect(!BigDigits.canRender("12元"))
        #expect(BigDigits.lines("1", charset: .ascii) == ["  # ", " ## ", "  # ", "  # ", " ###"])
    }

    @Test("A hint bar leaves out whole hints that do not fit")
    func hintBar() {
        let hints = [Hint(key: "Esc", label: "返回"), Hint(key: "?", label: "帮助"), Hint(key: "Enter", label: "确定")]
        #expect(HintBar.text(hints, width: 40) == "[Esc] 返回  [?] 帮助  [Enter] 确定")
        #expect(HintBar.text(hints, width: 24) == "[Esc] 返回  [?] 帮助")
        #expect(HintBar.text(hints, width: 8) == "[Esc] 返")
        var b = screen(40, 1)
        HintBar.draw(hints, in: b.bounds, into: &b)
        assertScreen(b, named: "hintbar-40")
    }

    @Test("When the bar is narrow, screen hints give way so Back and Help stay")
    func hintBarKeepsEssentials() {
        let hints = [
            Hint(key: "Esc", label: "Back").essential, Hint(key: "U", label: "Move up"),
            Hint(key: "D", label: "Move down"), Hint(key: "?/F1", label: "Help").essential,
            Hint(key: "L", label: "中文"),
        ]
        #expect(HintBar.text(hints, width: 61) == "[Esc] Back  [U] Move up  [D] Move down  [?/F1] Help  [L] 中文")
        #expect(HintBar.text(hints, width: 60) == "[Esc] Back  [U] Move up  [D] Move down  [?/F1] Help")
        #expect(HintBar.text(hints, width: 50) == "[Esc] Back  [U] Move up  [?/F1] Help")
        #expect(HintBar.text(hints, width: 25) == "[Esc] Back  [?/F1] Help")
        #expect(HintBar.text(hints, width: 8) == "[Esc] Ba")
    }

    @Test("A dialog is centred with a title, wrapped message and marked buttons", arguments: [Charset.unicode, .ascii])
    func dialog(charset: Charset) {
        var b = screen(50, 12)
        let dialog = Dialog(
            title: "解除绑定 Unbind",
            message: "解除后，李四不能再用您的个人账户付款。Li Si will no longer be able to pay from your account.",
            buttons: [DialogButton(key: "Y", label: "是 Yes"), DialogButton(key: "N", label: "否 No")],
            selectedButton: 1)
        let box = dialog.draw(in: b.bounds, into: &b, charset: charset)
        assertScreen(b, named: "dialog-50x12-\(charset)")
        #expect(b.bounds.intersection(box) == box)
    }

    @Test("A dialog on a short screen drops padding before it drops words")
    func dialogShort() {
        var b = screen(30, 6)
        let dialog = Dialog(
            title: "出错了 Error", message: "保存没有成功，请再试一次。", buttons: [DialogButton(key: "Enter", label: "好 OK")],
            messageStyle: .error)
        dialog.draw(in: b.bounds, into: &b, charset: .ascii)
        assertScreen(b, named: "dialog-short-30x6")
    }

    @Test("A box with a title, in both charsets")
    func box() {
        var b = screen(20, 8)
        Box.draw(Rect(x: 0, y: 0, width: 20, height: 4), into: &b, title: "账户 Account")
        Box.draw(Rect(x: 0, y: 4, width: 20, height: 4), into: &b, title: "很长很长的标题 Long title", charset: .ascii)
        assertScreen(b, named: "box")
    }

    @Test("The too-small screen centres the caller's words at any size", arguments: [(30, 6), (10, 3), (1, 1)])
    func tooSmall(columns: Int, rows: Int) {
        var b = screen(columns, rows)
        b.put("leftover", x: 0, y: 0)
        TooSmall.draw(["窗口太小", "请把窗口放大到至少 60x20。", "Please make the window at least 60x20."], into: &b)
        assertScreen(b, named: "toosmall-\(columns)x\(rows)")
        #expect(!b.text.contains("leftover"))
    }

    @Test("The reader shows a window of wrapped mixed CJK and Latin text")
    func pager() {
        let blocks = TextBlock.parseMarkdown(
            """
            # 家庭共济 Family sharing
            职工医保个人账户可以给配偶、父母、子女使用。Your personal account can pay for your spouse, parents and children.

            - 先在当地医保部门办理绑定。
            - Bind them first at the local office.

            > 以当地政策为准。Local policy prevails.
            """)
        let lines = Pager.layout(blocks, width: 30)
        var b = screen(30, 8)
        Pager.draw(lines, state: PagerState(top: 2), in: b.bounds, into: &b)
        assertScreen(b, named: "pager-30x8-top2")
        #expect(lines.allSatisfy { displayWidth($0.text) <= 30 })
    }

    @Test("A focused text field in a form shows its cursor")
    func textField() {
        var b = screen(30, 3)
        b.put("姓名 Name:", x: 0, y: 1)
        var field = TextField(text: "张三")
        field.moveLeft()
        field.draw(in: Rect(x: 11, y: 1, width: 12, height: 1), into: &b, isFocused: true)
        assertScreen(b, named: "textfield")
        #expect(b.cursor == Point(x: 13, y: 1))
    }
}
