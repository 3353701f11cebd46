import ScreenKit
import Testing

@Suite("Text field")
struct TextFieldTests {
    @Test("Typing inserts at the caret, which counts characters, not bytes or columns")
    func typing() {
        var f = TextField()
        f.insert("张三 Li")
        #expect(f.text == "张三 Li")
        #expect(f.caret == 5)
        #expect(f.caretColumn == 7)
        f.moveHome()
        f.moveRight()
        f.insert("小")
        #expect(f.text == "张小三 Li")
        #expect(f.caretColumn == 4)
    }

    @Test("Backspace and Delete remove whole grapheme clusters")
    func deleting() {
        var f = TextField(text: "ae\u{301}🇨🇳")
        #expect(f.length == 3)
        f.deleteBackward()
        #expect(f.text == "ae\u{301}")
        f.moveLeft()
        f.deleteForward()
        #expect(f.text == "a")
        let result1 = f.deleteForward()
        #expect(!result1)
        f.moveHome()
        let result2 = f.deleteBackward()
        #expect(!result2)
    }

    @Test("The caret never leaves the text")
    func caretBounds() {
        var f = TextField(text: "ab")
        f.moveRight()
        #expect(f.caret == 2)
        f.moveHome()
        f.moveLeft()
        #expect(f.caret == 0)
        f.moveEnd()
        #expect(f.caret == 2)
    }

    @Test("A full field refuses more characters")
    func maxLength() {
        var f = TextField(maxLength: 3)
        let result3 = f.insert("12345")
        #expect(result3 == 3)
        #expect(f.text == "123")
        let result4 = f.insert(Character("6"))
        #expect(!result4)
        #expect(TextField(text: "123456", maxLength: 4).text == "1234")
    }

    @Test("Control, bidi and invisible characters are refused")
    func unsafe() {
        var f = TextField()
        let result5 = f.insert("a\u{1B}[31mb\u{202E}c\u{200B}")
        #expect(result5 == 7)
        #expect(f.text == "a[31mbc")
    }

    @Test("A masked field shows stars and puts the caret by character")
    func masked() {
        var f = TextField(text: "密码12", isMasked: true)
        #expect(f.displayText == "****")
        #expect(f.caretColumn == 4)
        f.moveLeft()
        #expect(f.caretColumn == 3)
    }

    @Test("Editing keys are handled and other keys are left to the caller")
    func keys() {
        var f = TextField()
        let result6 = f.handle(.char("x"))
        #expect(result6)
        let result7 = f.handle(.char("y"))
        #expect(result7)
        let result8 = f.handle(.left)
        #expect(result8)
        let result9 = f.handle(.backspace)
        #expect(result9)
        #expect(f.text == "y")
        let result10 = f.handle(.enter)
        #expect(!result10)
        let result11 = f.handle(.escape)
        #expect(!result11)
        let result12 = f.handle(.ctrl("u"))
        #expect(result12)
        #expect(f.isEmpty)
    }

    @Test("Drawing scrolls sideways so the caret stays visible, and places the cursor")
    func drawScrolls() {
        let f = TextField(text: "一二三四五六")  // 12 columns, caret at the end
        var b = ScreenBuffer(size: Size(columns: 8, rows: 1))
        f.draw(in: b.bounds, into: &b, isFocused: true)
        #expect(b.lines == ["四五六"])
        #expect(b.cursor == Point(x: 6, y: 0))
    }

    @Test("An empty unfocused field shows its placeholder dimmed and no cursor")
    func placeholder() {
        let f = TextField()
        var b = ScreenBuffer(size: Size(columns: 12, rows: 1))
        f.draw(in: b.bounds, into: &b, isFocused: false, placeholder: "姓名 Name")
        #expect(b.lines == ["姓名 Name"])
        #expect(b[0, 0].style == Style(.input, [.dim]))
        #expect(b.cursor == nil)
    }
}
