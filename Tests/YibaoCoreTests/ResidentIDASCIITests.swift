import Testing
import YibaoCore

/// Plain ASCII numbers are read byte by byte (a fast path); the answer must be the same as reading
/// them Character by Character, which a leading space forces.
@Suite("Resident identity numbers read as bytes")
struct ResidentIDASCIITests {
    let today = CivilDate(year: 2026, month: 11, day: 22)!

    /// The value or the error, whichever reading the text gives.
    func outcome(_ text: String) -> String {
        do { return try ResidentID(text, today: today).value } catch { return "\(error)" }
    }

    @Test("thousands of numbers, valid and not, read the same as bytes and as Characters")
    func sameAsCharacters() {
        var state: UInt64 = 0x5949_4241
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let regions = ["11", "31", "44", "81", "91", "00", "19", "65"]
        let dates = ["19491231", "20000229", "19000229", "20261122", "20261123", "18691231", "19800230", "00000101"]
        for _ in 0..<4_000 {
            var body = regions[next(regions.count)] + String(format: "%04d", next(10_000)) + dates[next(dates.count)]
            body += String(format: "%03d", next(1_000))
            let digits = body.map { Int(String($0))! }
            let right = String(ResidentID.checkCharacter(for: digits))
            let last = [right, right.lowercased(), String(next(10)), "x", "X", "Y"][next(6)]
            let text = body + last
            #expect(outcome(text) == outcome(" " + text), "\(text)")
        }
    }

    @Test("a lower-case x check character is stored upper-case, as before")
    func lowerCaseX() throws {
        #expect(try ResidentID("11010519491231002x", today: today).value == "11010519491231002X")
    }
}
