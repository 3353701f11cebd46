import Foundation
import TestSupport
import Testing
import YibaoCore

@testable import YibaoStore

/// The operator's kiosk file and typed PINs, fuzzed like the model's parsers (`Fuzz`): read or refused
/// in words, never a crash; a tampered cost cannot make checking a PIN hang.
@Suite("Fuzzing the kiosk file and PINs", .timeLimit(.minutes(Fuzz.timeLimitMinutes)))
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

    @Test("the kiosk file: mutations are read or refused with their line, in words")
    func configText() {
        var rng = Fuzz.generator("KioskConfig")
        let valid = KioskConfig(
            exitPin: PinHash(salt: Array(repeating: 7, count: 16), hash: Array(repeating: 9, count: 32), cost: 210_000),
            other: ["idle_seconds": "90"]
        ).text
        for _ in 0..<Fuzz.iterations(default: 3_000) {
            let input = Fuzz.mutate(valid, using: &rng)
            do throws(KioskConfigError) {
                let config = try KioskConfig(text: input, path: "/etc/yibao/kiosk.conf")
                _ = config.text
            } catch {
                Self.expectWorded(error, input: input)
                if case .malformed(_, let line) = error {
                    #expect(line >= 1 && line <= input.split(separator: "\n", omittingEmptySubsequences: false).count)
                }
            }
        }
    }

    @Test("a tampered cost in the kiosk file is refused at once instead of hanging the next PIN check")
    func tamperedCost() throws {
        let salt = Array(repeating: UInt8(7), count: 16)
        let hash = Array(repeating: UInt8(9), count: 32)
        let line =
            "exit_pin = \(PinHash.algorithm)$4000000000$\(Data(salt).base64EncodedString())$\(Data(hash).base64EncodedString())"
        let config = try KioskConfig(text: line + "\n", path: "kiosk.conf")
        let start = Date()
        #expect(config.verifyExitPin(try KioskPin("1234")) == false)
        #expect(
            Date().timeIntervalSince(start) < 2,
            "checking a PIN against a tampered cost took \(Date().timeIntervalSince(start)) s")
    }
}
