import ScreenKit
import Testing

@Suite("Screen buffer")
struct ScreenBufferTests {
    func buffer(_ columns: Int, _ rows: Int = 1) -> ScreenBuffer {
        ScreenBuffer(size: Size(columns: columns, rows: rows))
    }

    @Test("put writes text and returns the column after it")
    func put() {
        var b = buffer(10)
        let end = b.put("abc", x: 2, y: 0)
        #expect(end == 5)
        #expect(b.lines == ["  abc"])
    }

    @Test("A wide character takes its cell and a continuation cell")
    func wide() {
        var b = buffer(6)
        let end = b.put("早a", x: 0, y: 0)
        #expect(end == 3)
        #expect(b[0, 0] == .glyph("早", .normal))
        #expect(b[1, 0] == .continuation)
        #expect(b[2, 0] == .glyph("a", .normal))
    }

    @Test("A wide character that would straddle the right edge is replaced by a space")
    func wideAtRightEdge() {
        var b = buffer(5)
        let end = b.put("ab早餐", x: 0, y: 0)
        // a b 早(2) fit in 4; 餐 would need columns 4-5: only column 4 exists, padded.
        #expect(b.lines == ["ab早"])
        #expect(b[4, 0] == .glyph(" ", .normal))
        #expect(end == 5)
    }

    @Test("maxWidth clips without splitting a wide character")
    func maxWidth() {
        var b = buffer(10)
        b.fill(b.bounds, with: ".")
        let end = b.put("余额充足", x: 1, y: 0, maxWidth: 5)
        #expect(end == 6)
        #expect(b.lines == [".余额 ...."])
    }

    @Test("Text starting left of the screen shows only its visible part")
    func negativeX() {
        var b = buffer(6)
        b.put("早餐ab", x: -1, y: 0)
        // 早 is at -1..0: its visible right half becomes a space; 餐 at 1-2.
        #expect(b.lines == [" 餐ab"])
    }

    @Test("Rows outside the buffer are ignored")
    func outsideRows() {
        var b = buffer(4, 1)
        #expect(b.put("x", x: 0, y: 3) == 0)
        #expect(b.put("x", x: 0, y: -1) == 0)
        #expect(b.text == "")
    }

    @Test("Overwriting the right half of a wide character blanks its left half")
    func overwriteRightHalf() {
        var b = buffer(4)
        b.put("早", x: 0, y: 0)
        b.put("x", x: 1, y: 0)
        #expect(b[0, 0] == .glyph(" ", .normal))
        #expect(b.lines == [" x"])
    }

    @Test("Overwriting the left half of a wide character blanks its right half")
    func overwriteLeftHalf() {
        var b = buffer(4)
        b.put("早", x: 1, y: 0)
        b.put("x", x: 1, y: 0)
        #expect(b[2, 0] == .glyph(" ", .normal))
        #expect(b.lines == [" x"])
    }

    @Test("A wide character written over half of another leaves no orphan half")
    func wideOverWide() {
        var b = buffer(6)
        b.put("早餐", x: 0, y: 0)  // 早 0-1, 餐 2-3
        b.put("中", x: 1, y: 0)  // over 早's right half and 餐's left half
        #expect(b.lines == [" 中"])
        #expect(b[3, 0] == .glyph(" ", .normal))
        #expect(
            !b.cells.enumerated().contains { index, cell in
                cell == .continuation && (index == 0 || b.cells[index - 1].character == nil)
            })
    }

    @Test("put sanitises escape sequences before they reach the cells")
    func sanitises() {
        var b = buffer(20)
        b.put("\u{1B}]0;x\u{07}ok", x: 0, y: 0)
        #expect(b.lines == ["^[]0;x^Gok"])
    }

    @Test("fill and restyle change styles in a rectangle, clipped to the buffer")
    func fillAndRestyle() {
        var b = buffer(4, 2)
        b.put("ab", x: 0, y: 0)
        b.restyle(Rect(x: 0, y: 0, width: 10, height: 1), style: .selection)
        #expect(b[0, 0] == .glyph("a", .selection))
        b.fill(Rect(x: 2, y: 1, width: 10, height: 5), style: .error, with: "!")
        #expect(b.lines == ["ab", "  !!"])
    }

    @Test("Style runs group equal styles and include wide characters' continuation cells")
    func styleRuns() {
        var b = buffer(8)
        b.put("余额", x: 0, y: 0, style: .title)
        b.put("ok", x: 5, y: 0, style: .error.adding(.bold))
        #expect(
            b.styleRuns == [
                StyleRun(row: 0, firstColumn: 0, lastColumn: 3, style: .title),
                StyleRun(row: 0, firstColumn: 5, lastColumn: 6, style: Style(.error, [.bold])),
            ])
    }

    @Test("textWithStyles lists size, cursor, rows and style runs")
    func textWithStyles() {
        var b = buffer(6, 2)
        b.put("Hi 早", x: 0, y: 0, style: .title)
        b.cursor = Point(x: 1, y: 1)
        #expect(
            b.textWithStyles == """
                size 6x2 cursor 1,1
                Hi 早

                styles:
                0:0-4 title

                """)
    }

    @Test("Drawing one buffer into another copies glyphs and styles at an offset")
    func drawBuffer() {
        var small = buffer(3)
        small.put("早x", x: 0, y: 0, style: .amount)
        var big = buffer(6, 2)
        big.draw(small, at: Point(x: 2, y: 1))
        #expect(big.lines == ["", "  早x"])
        #expect(big[2, 1] == .glyph("早", .amount))
    }
}

@Suite("Screen buffer differences")
struct ScreenBufferDiffTests {
    @Test("changedRows lists the rows that differ, or all rows after a resize")
    func changedRows() {
        var a = ScreenBuffer(size: Size(columns: 5, rows: 3))
        var b = a
        b.put("x", x: 4, y: 2)
        #expect(b.changedRows(from: a) == [2])
        a.put("y", x: 0, y: 0, style: .error)
        #expect(b.changedRows(from: a) == [0, 2])
        #expect(ScreenBuffer(size: Size(columns: 2, rows: 2)).changedRows(from: a) == [0, 1])
    }
}
