import TestSupport
import Testing

@testable import YibaoCore

/// `CivilDate(iso:)` now reads its ten bytes (round seven). It must take and refuse exactly what the
/// reading by characters did: that reading is kept here as the reference.
@Suite("CivilDate(iso:): the same dates taken and refused as when read by characters")
struct CivilDateISOSameAsBeforeTests {
    static func reference(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    @Test("odd texts: short, long, signs, spaces, full-width and Arabic-Indic digits, CR LF, combining marks")
    func oddTexts() {
        let texts = [
            "2026-06-30", "2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "2026-13-01", "2026-00-10",
            "2026-6-30", "26-06-30", "2026-06-300", "2026-06-3", "20260630", "2026/06/30", "2026-06-30 ",
            " 2026-06-30", "+026-06-30", "-2026-06-30", "２０２６-06-30", "٢٠٢٦-06-30", "2026-06-3\u{301}0",
            "2026-06-30\r\n", "2026--06-30", "2026-06-", "", "----------", "2026-06-3x", "2026\u{2011}06-30",
        ]
        for text in texts { #expect(CivilDate(iso: text) == Self.reference(text), "\(text.debugDescription)") }
        #expect(CivilDate(iso: "2026-06-30") == CivilDate(year: 2026, month: 6, day: 30))
        #expect(CivilDate(iso: "2026-02-29") == nil)
    }

    @Test("5,000 seeded random texts of digits, dashes and a few other characters")
    func randomTexts() {
        var random = SeededGenerator(seed: 2_026_1207)
        let pieces = ["0", "1", "2", "3", "9", "-", "-", "-", " ", "x", "２", "\u{301}", "\r\n"]
        for _ in 0..<5_000 {
            let count = Int.random(in: 8...12, using: &random)
            var text = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
            if Bool.random(using: &random) {
                // Most texts shaped like a date, so that valid and near-valid ones are common.
                let year = Int.random(in: 0...9999, using: &random), month = Int.random(in: 0...13, using: &random)
                let day = Int.random(in: 0...32, using: &random)
                func pad(_ n: Int, _ width: Int) -> String {
                    String(repeating: "0", count: max(0, width - String(n).count)) + String(n)
                }
                text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
            }
            #expect(CivilDate(iso: text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
