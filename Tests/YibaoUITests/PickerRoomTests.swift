import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// An open option list uses the rows a taller window has under its field, and pages by what it draws.
@Suite("Option lists: more rows on a taller window, paging by the rows shown")
struct PickerRoomTests {
    static let options: [LocalizedText] = (1...60).map { LocalizedText(zh: "地方\($0)", en: "place \($0)") }

    func openList(size: Size) -> (form: FormState, lines: [String], area: Rect) {
        var form = FormState(fields: [
            .text("name", .init(zh: "姓名", en: "Name")),
            .choice("place", .init(zh: "地方", en: "Place"), options: Self.options),
        ])
        let context = FormStateTests.context(size: size)
        let area = contentArea(for: size)
        _ = form.press(.tab)
        form.fitPicker(in: area, screenRows: size.rows, context: context)
        _ = form.press(.enter)
        var buffer = ScreenBuffer(size: size)
        form.render(in: area, into: &buffer, context: context)
        return (form, buffer.lines, area)
    }

    /// The option rows the open list draws (`地方N`), top to bottom.
    func drawnOptions(_ lines: [String]) -> [String] {
        lines.filter { $0.contains("│") }.compactMap { line in
            line.range(of: #"地方\d+"#, options: .regularExpression).map { String(line[$0]) }
        }
    }

    @Test("At 80x24 the open list shows 10 options, as before")
    func tenRowsAt80x24() {
        let (form, lines, _) = openList(size: Size(columns: 80, rows: 24))
        #expect(form.pickerRows == 10)
        #expect(drawnOptions(lines) == (1...10).map { "地方\($0)" })
    }

    @Test("At 120x40 the open list shows every row it has under its field, down to a blank row above the hints")
    func moreRowsAt120x40() {
        let (form, lines, area) = openList(size: Size(columns: 120, rows: 40))
        let drawn = drawnOptions(lines)
        #expect(drawn.count > 10)
        #expect(drawn.count == form.pickerRows)
        // The box starts under the field (the form's third row) and ends a blank row above the hints at the
        // latest; it shows all the rows it has there, up to 10 plus the 16 rows the window has beyond 24.
        let top = lines.firstIndex { $0.contains("┌") }
        let bottom = lines.lastIndex { $0.contains("└") } ?? area.maxY
        #expect(top == area.y + 3)
        #expect(bottom <= area.maxY - 1 - FormState.pickerMargin)
        let room = area.maxY - FormState.pickerMargin - (area.y + 3) - 2
        #expect(drawn.count == min(room, 10 + 16))
    }

    @Test("Page Down and Up move by the rows the list draws at 120x40, keeping the selection in view")
    func pagingFollowsTheRowsShown() {
        var (form, _, _) = openList(size: Size(columns: 120, rows: 40))
        let rows = form.pickerRows
        _ = form.press(.pageDown)
        #expect(form.picker?.selection == rows - 1)
        _ = form.press(.pageDown)
        #expect(form.picker?.selection == 2 * (rows - 1))
        let list = form.picker ?? ListState()
        #expect(list.visibleRange(itemCount: Self.options.count, visibleRows: rows).contains(list.selection))
        _ = form.press(.pageUp)
        #expect(form.picker?.selection == rows - 1)
    }

    @Test("A window that shrinks to 80x24 with a long list open draws 10 rows at once, the choice in view, the hints clear")
    func shrinkWithTheListOpen() {
        var (form, _, _) = openList(size: Size(columns: 120, rows: 40))
        _ = form.press(.pageDown)
        _ = form.press(.pageDown)
        let chosen = "地方\((form.picker?.selection ?? 0) + 1)"
        // The window shrinks; no key comes before the next frame.
        let small = Size(columns: 80, rows: 24)
        let area = contentArea(for: small)
        var buffer = ScreenBuffer(size: small)
        form.render(in: area, into: &buffer, context: FormStateTests.context(size: small))
        let drawn = drawnOptions(buffer.lines)
        #expect(drawn.count == 10)
        #expect(drawn.contains(chosen))
        #expect(!buffer.lines[area.maxY...].contains { $0.contains("│") || $0.contains("└") })
    }

    @Test("The most rows grow with the window's height beyond 24 and never fall below 10")
    func limitFollowsTheWindow() {
        #expect(FormState.pickerLimit(room: 30, screenRows: 24) == 10)
        #expect(FormState.pickerLimit(room: 4, screenRows: 40) == 10)
        #expect(FormState.pickerLimit(room: 21, screenRows: 40) == 21)
        #expect(FormState.pickerLimit(room: 40, screenRows: 30) == 16)
    }
}
