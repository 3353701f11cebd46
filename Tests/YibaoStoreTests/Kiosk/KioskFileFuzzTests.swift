import Foundation
import TestSupport
import Testing
import YibaoCore

@testable import YibaoStore

/// Typed PINs, fuzzed like the model's parsers (`Fuzz`): read or refused
/// in words, never a crash; a tampered cost cannot make checking a PIN hang.
@Suite("Fuzzing typed PINs", .timeLimit(.minutes(Fuzz.timeLimitMinutes)))
struct KioskFileFuzzTests {
    static func expectWorded(
        _ error: some UserFacingError, input: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            Fuzz.isWorded(error.message.zh) && Fuzz.isWorded(error.message.en), "\(input.debugDescription)",
            sourceLocation: sourceLocation)
    }

    @Test("typed PINs: mutations are read as 4 to 6 ASCII digits or refused in words")
    func pins() {
        var rng = Fuzz.generator("KioskPin")
        let seeds = ["1234", "123456", "０１２３", " 9876 ", "12345"]
        for _ in 0..<Fuzz.iterations(default: 4_000) {
            let input = Fuzz.mutate(seeds.randomElement(using: &rng)!, corpus: seeds, using: &rng)
            do throws(KioskPinError) {
                let pin = try KioskPin(input)
                #expect(
                    KioskPin.lengths.contains(pin.digits.count) && pin.digits.allSatisfy { $0.isASCII && $0.isNumber })
                #expect(!pin.description.contains(pin.digits))
            } catch {
                Self.expectWorded(error, input: input)
            }
        }
    }
}
