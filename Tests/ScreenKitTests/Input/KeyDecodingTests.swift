import ScreenKit
import Testing

@Suite("Key decoding")
struct KeyDecodingTests {
    let decoder = KeyDecoding(codes: .ncurses)

    func char(_ code: UInt32) -> Key? { decoder.key(code: code, isFunctionKey: false) }
    func function(_ code: Int) -> Key? { decoder.key(code: UInt32(code), isFunctionKey: true) }

    @Test("Carriage return and line feed are Enter; tab is Tab; escape is Escape")
    func controlsThatAreKeys() {
        #expect(char(0x0D) == .enter)
        #expect(char(0x0A) == .enter)
        #expect(char(0x09) == .tab)
        #expect(char(0x1B) == .escape)
    }

    @Test("DEL, BS and KEY_BACKSPACE are all Backspace")
    func backspace() {
        #expect(char(0x7F) == .backspace)
        #expect(char(0x08) == .backspace)
        #expect(function(0o407) == .backspace)
    }

    @Test("Other C0 controls are Ctrl chords with the lowercase letter")
    func ctrl() {
        #expect(char(0x01) == .ctrl("a"))
        #expect(char(0x03) == .ctrl("c"))
        #expect(char(0x1A) == .ctrl("z"))
        #expect(char(0x00) == .ctrl("@"))
        #expect(char(0x1F) == .ctrl("_"))
    }

    @Test("Printable characters, CJK included, are characters; C1 controls are ignored")
    func characters() {
        #expect(char(0x61) == .char("a"))
        #expect(char(0x4E2D) == .char("中"))
        #expect(char(0xE9) == .char("é"))
        #expect(char(0x9B) == nil)
        #expect(char(0xD800) == nil)  // a lone surrogate is not a scalar
    }

    @Test("Arrow, paging, editing and keypad keys decode from their ncurses codes")
    func functionKeys() {
        let c = KeyCodes.ncurses
        #expect(function(c.up) == .up)
        #expect(function(c.down) == .down)
        #expect(function(c.left) == .left)
        #expect(function(c.right) == .right)
        #expect(function(c.home) == .home)
        #expect(function(c.end) == .end)
        #expect(function(c.pageUp) == .pageUp)
        #expect(function(c.pageDown) == .pageDown)
        #expect(function(c.delete) == .delete)
        #expect(function(c.insert) == .insert)
        #expect(function(c.enter) == .enter)
        #expect(function(c.backTab) == .backTab)
        #expect(function(c.keypadUpperLeft) == .home)
        #expect(function(c.keypadLowerRight) == .pageDown)
    }

    @Test("F1 to F12 decode from KEY_F0 plus n")
    func fKeys() {
        #expect(function(0o410 + 1) == .function(1))
        #expect(function(0o410 + 12) == .function(12))
        #expect(function(0o410) == nil)
    }

    @Test("Unknown function codes and KEY_RESIZE are not keys")
    func unknown() {
        #expect(function(0o631) == nil)  // KEY_MOUSE
        #expect(function(KeyCodes.ncurses.resize) == nil)
    }

    @Test("The table holds ncurses' octal values")
    func table() {
        #expect(KeyCodes.ncurses.down == 258)
        #expect(KeyCodes.ncurses.up == 259)
        #expect(KeyCodes.ncurses.resize == 410)
    }

    @Test("Key labels are short ASCII names")
    func labels() {
        #expect(Key.escape.label == "Esc")
        #expect(Key.pageDown.label == "PgDn")
        #expect(Key.function(1).label == "F1")
        #expect(Key.ctrl("c").label == "Ctrl-C")
        #expect(Key.char(" ").label == "Space")
        #expect(Key.char("?").label == "?")
    }
}
