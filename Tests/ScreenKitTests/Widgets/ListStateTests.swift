import ScreenKit
import Testing

@Suite("List scrolling")
struct ListStateTests {
    @Test("Moving down past the window scrolls by one")
    func moveDownScrolls() {
        var s = ListState()
        for _ in 0..<5 { s.moveDown(itemCount: 20, visibleRows: 5) }
        #expect(s == ListState(selection: 5, offset: 1))
    }

    @Test("Moving stops at both ends")
    func ends() {
        var s = ListState()
        s.moveUp(itemCount: 3, visibleRows: 5)
        #expect(s.selection == 0)
        s.end(itemCount: 3, visibleRows: 5)
        s.moveDown(itemCount: 3, visibleRows: 5)
        #expect(s == ListState(selection: 2, offset: 0))
    }

    @Test("Page down moves a screenful less one row and keeps the selection's place on screen")
    func pageDown() {
        var s = ListState(selection: 2, offset: 0)
        s.pageDown(itemCount: 100, visibleRows: 10)
        #expect(s == ListState(selection: 11, offset: 9))
        s.pageUp(itemCount: 100, visibleRows: 10)
        #expect(s == ListState(selection: 2, offset: 0))
    }

    @Test("Page down near the end lands on the last item with a full window")
    func pageDownAtEnd() {
        var s = ListState(selection: 95, offset: 90)
        s.pageDown(itemCount: 100, visibleRows: 10)
        #expect(s == ListState(selection: 99, offset: 90))
    }

    @Test("Home and End jump and scroll")
    func homeEnd() {
        var s = ListState()
        s.end(itemCount: 50, visibleRows: 10)
        #expect(s == ListState(selection: 49, offset: 40))
        s.home(itemCount: 50, visibleRows: 10)
        #expect(s == ListState(selection: 0, offset: 0))
    }

    @Test("Clamping after items are removed or the window grows keeps both rules")
    func clamp() {
        var s = ListState(selection: 40, offset: 35)
        s.clamp(itemCount: 10, visibleRows: 5)
        #expect(s == ListState(selection: 9, offset: 5))
        s.clamp(itemCount: 10, visibleRows: 20)
        #expect(s == ListState(selection: 9, offset: 0))
        s.clamp(itemCount: 0, visibleRows: 5)
        #expect(s == ListState(selection: 0, offset: 0))
    }

    @Test("The visible range is the window, cut at the end of the list")
    func visibleRange() {
        #expect(ListState(selection: 8, offset: 6).visibleRange(itemCount: 10, visibleRows: 5) == 6..<10)
        #expect(ListState().visibleRange(itemCount: 0, visibleRows: 5).isEmpty)
    }

    @Test("Whatever the moves, the selection stays visible and valid", arguments: [1, 3, 7])
    func invariant(rows: Int) {
        var s = ListState()
        let moves: [(inout ListState) -> Void] = [
            { $0.moveDown(itemCount: 23, visibleRows: rows) }, { $0.pageDown(itemCount: 23, visibleRows: rows) },
            { $0.moveUp(itemCount: 23, visibleRows: rows) }, { $0.pageUp(itemCount: 23, visibleRows: rows) },
            { $0.end(itemCount: 23, visibleRows: rows) }, { $0.home(itemCount: 23, visibleRows: rows) },
        ]
        for step in 0..<60 {
            moves[(step * 7 + step / 3) % moves.count](&s)
            #expect((0..<23).contains(s.selection))
            #expect(s.offset <= s.selection && s.selection < s.offset + rows)
        }
    }
}
