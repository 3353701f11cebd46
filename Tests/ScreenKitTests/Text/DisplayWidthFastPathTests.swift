import ScreenKit
import Testing

/// Box lines and CJK ideographs are measured without Unicode property look-ups; the widths must be
/// the ones the general rule (scalar tables, no emoji) gives.
@Suite("Display width: the quick ranges")
struct DisplayWidthFastPathTests {
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
