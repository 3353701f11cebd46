import ScreenKit
import Testing

@Suite("The narrow-safe drawing set: no ambiguous-width character reaches the screen")
struct NarrowSafeTests {
    @Test(
        "Box lines, blocks, quotes, the times sign, arrows, middle dot and ellipsis are ambiguous; Han and ASCII are not"
    )
    func ambiguousTable() {
        for character: Character in ["─", "│", "┌", "█", "“", "”", "‘", "×", "↑", "↓", "·", "…", "°", "é", "α", "①"] {
            #expect(AmbiguousWidth.contains(character), "\(character)")
        }
        for character: Character in ["中", "a", " ", "「", "」", "，", "¥", "￥", "・", "－"] {
            #expect(!AmbiguousWidth.contains(character), "\(character)")
        }
        #expect(AmbiguousWidth.wideColumns("┌──┐") == 8)
        #expect(AmbiguousWidth.wideColumns("中a") == 3)
    }

    @Test("Chinese prose gets 「」 for its quotes; English gets straight quotes; unicode is left alone")
    func prose() {
        #expect(Charset.ascii.prose("按“保存”键") == "按「保存」键")
        #expect(Charset.ascii.prose("Press “Save” … 2×3 ↑↓") == "Press \"Save\" ... 2x3 ^v")
        #expect(Charset.ascii.prose("阿依古丽·买买提") == "阿依古丽・买买提")
        #expect(Charset.unicode.prose("按“保存”键") == "按“保存”键")
        for text in ["按“保存”键", "Press “Save” … 2×3 ↑↓", "阿依古丽·买买提", "°C é ① ★"] {
            #expect(!Charset.ascii.prose(text).contains { AmbiguousWidth.contains($0) }, "\(text)")
        }
    }

    @Test("A finished screen keeps its layout: each ambiguous glyph becomes one ASCII column, styles kept")
    func bufferPass() {
        var buffer = ScreenBuffer(size: Size(columns: 12, rows: 2))
        buffer.put("┌─“张”×·…┐", x: 0, y: 0, style: .border)
        buffer.put("↑é中↓", x: 0, y: 1, style: .selection)
        let safe = Charset.ascii.narrowSafe(buffer)
        #expect(safe.lines == ["+-\"张\"x..+", "^e中v"])
        #expect(safe[0, 0].style == .border)
        #expect(safe[0, 1].style == .selection)
        #expect(Charset.unicode.narrowSafe(buffer) == buffer)
    }

    @Test("Big digits in the narrow-safe set are reverse-video spaces, one column each")
    func bigDigits() {
        var buffer = ScreenBuffer(size: Size(columns: 12, rows: 5))
        let rect = BigDigits.draw("1", at: Point(x: 0, y: 0), into: &buffer, charset: .ascii)
        #expect(rect.width == 4)
        #expect(buffer.lines.allSatisfy { $0.allSatisfy { $0 == " " } })
        // "  # " on the first row: the third column is ink.
        #expect(buffer[2, 0].style == Style.amount.adding(.reverse))
        #expect(buffer[0, 0].style == .amount)
        var unicode = ScreenBuffer(size: Size(columns: 12, rows: 5))
        BigDigits.draw("1", at: Point(x: 0, y: 0), into: &unicode, charset: .unicode)
        #expect(unicode.lines[0] == "  █")
    }

    @Test("--charset and YIBAO_CHARSET: the option wins, then the variable, else auto; a wrong name is refused")
    func choice() throws {
        #expect(try CharsetChoice.resolve(option: nil, environment: [:]) == .auto)
        #expect(try CharsetChoice.resolve(option: nil, environment: ["YIBAO_CHARSET": "ASCII"]) == .ascii)
        #expect(try CharsetChoice.resolve(option: "unicode", environment: ["YIBAO_CHARSET": "ascii"]) == .unicode)
        #expect(try CharsetChoice.resolve(option: nil, environment: ["YIBAO_CHARSET": ""]) == .auto)
        #expect(throws: CharsetChoiceError.self) { try CharsetChoice.resolve(option: "box", environment: [:]) }
        #expect(throws: CharsetChoiceError.self) {
            try CharsetChoice.resolve(option: nil, environment: ["YIBAO_CHARSET": "wide"])
        }
        #expect(CharsetChoice.ascii.charset(probed: .unicode) == .ascii)
        #expect(CharsetChoice.unicode.charset(probed: .ascii) == .unicode)
        #expect(CharsetChoice.auto.charset(probed: .ascii) == .ascii)
    }
}
