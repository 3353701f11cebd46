import ScreenKit
import Testing

@Suite("What a non-UTF-8 terminal is shown instead of a character it cannot encode")
struct ASCIIFallbackTests {
    @Test("money stays readable: ¥3,978.10 becomes Y3,978.10, not ?3,978.10")
    func yen() {
        let shown = "¥3,978.10".map { ASCIIFallback.text(for: $0, width: DisplayWidth.of($0)) }.joined()
        #expect(shown == "Y3,978.10")
    }

    @Test("every replacement is ASCII and exactly as wide as the character, so columns hold")
    func widthsHold() {
        for character in Array("¥￥·…—–“”‘’×‹›，。：（）张建国王桂兰é\u{00A0}") {
            let width = DisplayWidth.of(character)
            let text = ASCIIFallback.text(for: character, width: width)
            let ascii = text.unicodeScalars.allSatisfy(\.isASCII)
            let columns = text.count
            #expect(ascii, "\(character) → \(text)")
            #expect(columns == max(1, width), "\(character) → \(text)")
        }
    }

    @Test("Chinese names become one ? per column")
    func chinese() {
        let shown = ASCIIFallback.text(for: "张", width: 2)
        #expect(shown == "??")
    }
}
