import ScreenKit
import Testing

@Suite("Text reader")
struct PagerTests {
    @Test("Markdown headings, paragraphs, list items and quotes become blocks")
    func markdown() {
        let source = """
            # 提取规则
            个人账户余额
            可以提取。

            - 退休后
              一次性提取
            1. Move **abroad**
            > 以当地政策为准
            """
        #expect(
            TextBlock.parseMarkdown(source) == [
                .heading("提取规则"),
                .paragraph("个人账户余额可以提取。"),
                .listItem(marker: "-", text: "退休后一次性提取"),
                .listItem(marker: "1.", text: "Move abroad"),
                .quote("以当地政策为准"),
            ])
    }

    @Test("Latin lines of one paragraph are joined with a space")
    func joinLatin() {
        #expect(TextBlock.parseMarkdown("one\ntwo") == [.paragraph("one two")])
    }

    @Test("Layout wraps by width, styles headings and hangs list items")
    func layout() {
        let lines = Pager.layout(
            [
                .heading("Rules"), .paragraph("Your balance can pay for family."),
                .listItem(marker: "-", text: "spouse and parents"),
            ],
            width: 14)
        #expect(
            lines == [
                StyledLine("Rules", style: .title),
                StyledLine("Your balance"),
                StyledLine("can pay for"),
                StyledLine("family."),
                StyledLine(""),
                StyledLine("- spouse and"),
                StyledLine("  parents"),
            ])
    }

    @Test("Scrolling keys move within the text and stop at both ends")
    func scrolling() {
        var s = PagerState()
        let handled1 = s.handle(.down, lineCount: 30, visibleRows: 10)
        #expect(handled1)
        #expect(s.top == 1)
        s.handle(.pageDown, lineCount: 30, visibleRows: 10)
        #expect(s.top == 10)
        s.handle(.char("G"), lineCount: 30, visibleRows: 10)
        #expect(s.top == 20)
        s.handle(.pageDown, lineCount: 30, visibleRows: 10)
        #expect(s.top == 20)
        #expect(!s.canScrollDown(lineCount: 30, visibleRows: 10))
        s.handle(.char("u"), lineCount: 30, visibleRows: 10)
        #expect(s.top == 15)
        s.handle(.home, lineCount: 30, visibleRows: 10)
        #expect(s.top == 0 && !s.canScrollUp)
        let handled2 = s.handle(.escape, lineCount: 30, visibleRows: 10)
        #expect(!handled2)
    }

    @Test("A short text does not scroll and reads as 100 percent")
    func shortText() {
        var s = PagerState()
        s.handle(.pageDown, lineCount: 3, visibleRows: 10)
        #expect(s.top == 0)
        #expect(s.percent(lineCount: 3, visibleRows: 10) == 100)
    }

    @Test("Clamping after a resize keeps the window within the text")
    func clamp() {
        var s = PagerState(top: 25)
        s.clamp(lineCount: 30, visibleRows: 10)
        #expect(s.top == 20)
    }
}
