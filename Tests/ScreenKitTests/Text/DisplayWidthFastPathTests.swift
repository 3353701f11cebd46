import ScreenKit
import Testing

/// Box lines and CJK ideographs are measured without Unicode property look-ups; the widths must be
/// the ones the general rule (scalar tables, no emoji) gives.
@Suite("Display width: the quick ranges")
struct DisplayWidthFastPathTests {
    @Test("every character of one or three UTF-8 bytes measures as the general rule says: its scalar's width, 2 when shown as a picture")
    func oneAndThreeByteCharactersMatchTheRule() {
        // The bytes read by the quick path: U+0000...U+007F (one byte) and U+0800...U+FFFF (three).
        for value in Array(0x00...0x7F) + Array(0x0800...0xD7FF) + Array(0xE000...0xFFFF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let rule = scalar.properties.isEmojiPresentation ? 2 : DisplayWidth.of(scalar)
            guard DisplayWidth.of(Character(scalar)) != rule else { continue }
            Issue.record("U+\(String(value, radix: 16)) measured \(DisplayWidth.of(Character(scalar))), the rule says \(rule)")
        }
    }

    @Test("every box line, block and CJK ideograph is as wide as its scalar says, and none is emoji")
    func quickRangesMatchTables() {
        for range in [0x2500...0x259F, 0x3400...0x4DBF, 0x4E00...0x9FFF] {
            for value in range {
                let scalar = Unicode.Scalar(UInt32(value))!
                #expect(!scalar.properties.isEmojiPresentation)
                #expect(DisplayWidth.of(Character(scalar)) == DisplayWidth.of(scalar), "U+\(String(value, radix: 16))")
            }
        }
    }
}
