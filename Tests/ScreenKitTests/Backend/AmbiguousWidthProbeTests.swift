import ScreenKit
import Testing

@Suite("Ambiguous-width probe: reading the terminal's cursor-position reply")
struct AmbiguousWidthProbeTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("The request draws one ambiguous character from column 1, then asks where the cursor is")
    func request() {
        let text = String(decoding: AmbiguousWidthProbe.request, as: UTF8.self)
        #expect(text == "\r─\u{1B}[6n")
        #expect(AmbiguousWidth.contains(AmbiguousWidthProbe.probeCharacter))
        #expect(String(decoding: AmbiguousWidthProbe.cleanup, as: UTF8.self) == "\r\u{1B}[K")
    }

    @Test("Column 2 after one character means ambiguous characters are narrow: box lines stay")
    func narrowTerminal() {
        let reading = AmbiguousWidthProbe.read(bytes("\u{1B}[12;2R"))
        #expect(reading.isAnswered)
        #expect(reading.row == 12)
        #expect(reading.column == 2)
        #expect(reading.charset == .unicode)
        #expect(reading.typed.isEmpty)
    }

    @Test("Column 3 means they are drawn two columns wide: the narrow-safe set")
    func wideTerminal() {
        let reading = AmbiguousWidthProbe.read(bytes("\u{1B}[1;3R"))
        #expect(reading.charset == .ascii)
        // A terminal that is not UTF-8 prints the three bytes as three characters: narrow-safe too.
        #expect(AmbiguousWidthProbe.read(bytes("\u{1B}[5;4R")).charset == .ascii)
    }

    @Test("No reply, or a reply that makes no sense, says nothing (the caller keeps unicode)")
    func noReply() {
        let silent = AmbiguousWidthProbe.read([])
        #expect(!silent.isAnswered)
        #expect(silent.charset == nil)
        #expect(CharsetChoice.auto.charset(probed: silent.charset) == .unicode)
        #expect(AmbiguousWidthProbe.read(bytes("\u{1B}[7;1R")).charset == nil)
        let half = AmbiguousWidthProbe.read(bytes("\u{1B}[7;"))
        #expect(!half.isAnswered)
    }

    @Test("Keys typed before and after the reply are kept, in order; the reply never becomes keys")
    func typedKeysAroundTheReply() {
        let reading = AmbiguousWidthProbe.read(bytes("2\u{1B}[A\u{1B}[24;3Rq中"))
        #expect(reading.charset == .ascii)
        #expect(reading.typed == bytes("2\u{1B}[Aq中"))
        #expect(reading.typedKeys == [.char("2"), .up, .char("q"), .char("中")])
    }

    @Test("The second request draws a line-drawing q, repeats it twice (REP), then asks where the cursor is")
    func repeatRequest() {
        let text = String(decoding: AmbiguousWidthProbe.repeatRequest, as: UTF8.self)
        #expect(text == "\u{1B}(0q\u{1B}[2b\u{1B}(B\u{1B}[6n")
    }

    @Test("A second reply three columns after the first means the terminal repeats; one column after, it ignores REP")
    func repeatReply() {
        let repeats = AmbiguousWidthProbe.read(bytes("\u{1B}[12;2R\u{1B}[12;5R"))
        #expect(repeats.isComplete)
        #expect(repeats.repeats)
        #expect(repeats.charset == .unicode)
        #expect(repeats.typed.isEmpty)
        let ignores = AmbiguousWidthProbe.read(bytes("\u{1B}[12;2R\u{1B}[12;3R"))
        #expect(ignores.isComplete)
        #expect(!ignores.repeats)
        // Wide ambiguous characters: the first reply at 3, the second still three on when REP works.
        let wide = AmbiguousWidthProbe.read(bytes("\u{1B}[1;3R\u{1B}[1;6R"))
        #expect(wide.charset == .ascii)
        #expect(wide.repeats)
    }

    @Test("Only one reply so far: answered but not complete, and no REP")
    func oneReplyOnly() {
        let reading = AmbiguousWidthProbe.read(bytes("\u{1B}[12;2R"))
        #expect(reading.isAnswered)
        #expect(!reading.isComplete)
        #expect(!reading.repeats)
    }

    @Test("Keys typed between and after the two replies are kept, in order")
    func typedBetweenReplies() {
        let reading = AmbiguousWidthProbe.read(bytes("a\u{1B}[3;2Rb\u{1B}[3;5Rc"))
        #expect(reading.repeats)
        #expect(reading.typed == bytes("abc"))
    }

    @Test("Typed keys with no reply at all are all kept")
    func typedWithoutReply() {
        let reading = AmbiguousWidthProbe.read(bytes("\u{1B}[B\r"))
        #expect(!reading.isAnswered)
        #expect(reading.typedKeys == [.down, .enter])
    }

    @Test("A reply cut off mid-way is recognised as one still coming (so the backend waits for it)")
    func partialReply() {
        #expect(AmbiguousWidthProbe.isPartialReply(bytes("\u{1B}")[...]))
        #expect(AmbiguousWidthProbe.isPartialReply(bytes("\u{1B}[")[...]))
        #expect(AmbiguousWidthProbe.isPartialReply(bytes("\u{1B}[24;")[...]))
        #expect(AmbiguousWidthProbe.isPartialReply(bytes("\u{1B}[24;13")[...]))
        #expect(!AmbiguousWidthProbe.isPartialReply(bytes("\u{1B}[A")[...]))
        #expect(!AmbiguousWidthProbe.isPartialReply(bytes("x")[...]))
        #expect(!AmbiguousWidthProbe.isPartialReply(bytes("\u{1B}[;")[...]))
    }
}

@Suite("Typed bytes: keys read before the screen starts")
struct TypedBytesTests {
    @Test("Text, controls, arrows, tilde keys, SS3 keys and a lone Esc")
    func decodes() {
        let keys = TypedBytes.keys(
            Array("a中\u{03}\u{0C}\u{1B}[D\u{1B}OB\u{1B}[5~\u{1B}[3~\u{1B}[Z\u{1B}OP\u{7F}\u{1B}".utf8))
        #expect(
            keys == [
                .char("a"), .char("中"), .ctrl("c"), .ctrl("l"), .left, .down, .pageUp, .delete, .backTab,
                .function(1), .backspace, .escape,
            ])
    }

    @Test("An unknown escape sequence is dropped whole, not typed as letters")
    func unknownSequence() {
        #expect(TypedBytes.keys(Array("\u{1B}[200~x".utf8)) == [.char("x")])
    }
}
