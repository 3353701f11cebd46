import ScreenKit
import Testing

/// Issue 19 (round four): box lines are written as runs of one glyph (`putRun`), not sanitised and
/// measured copy by copy; every cell must be what `put` with `String(repeating:)` writes.
@Suite("A run of one glyph")
struct PutRunTests {
    @Test(
        "a run writes the cells put writes for the repeated glyph: on, across and past the edges, over wide glyphs",
        arguments: [
            ("─", 5, 2), ("│", 1, 0), ("-", 4, -2), ("┌", 3, 8), ("─", 12, -1), ("─", 0, 3),
            ("早", 3, 1), ("\u{1B}", 2, 2), ("é", 2, 4),
        ] as [(Character, Int, Int)])
    func sameAsPut(glyph: Character, count: Int, x: Int) {
        for style in [Style.normal, Style.border] {
            var base = ScreenBuffer(size: Size(columns: 10, rows: 2))
            base.put("a早b早c", x: 0, y: 0)
            base.put("早早早早早", x: 0, y: 1)
            var run = base
            var put = base
            for y in [0, 1, 2, -1] {
                run.putRun(glyph, count: count, x: x, y: y, style: style)
                put.put(String(repeating: String(glyph), count: count), x: x, y: y, style: style)
            }
            #expect(run == put, "\(glyph) x\(count) at \(x)")
        }
    }

    @Test("a box drawn with runs is the box of the same lines written with put")
    func boxSameAsLines() {
        var drawn = ScreenBuffer(size: Size(columns: 12, rows: 5))
        Box.draw(Rect(x: 1, y: 0, width: 8, height: 4), into: &drawn, title: "Home", charset: .unicode)
        var written = ScreenBuffer(size: Size(columns: 12, rows: 5))
        written.put("┌──────┐", x: 1, y: 0, style: .border)
        for y in 1...2 {
            written.put("│", x: 1, y: y, style: .border)
            written.put("│", x: 8, y: y, style: .border)
        }
        written.put("└──────┘", x: 1, y: 3, style: .border)
        written.put(" " + TextLayout.truncate("Home", width: 2) + " ", x: 3, y: 0, maxWidth: 4, style: .title)
        #expect(drawn == written)
    }
}
