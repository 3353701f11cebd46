import Foundation
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("PIN hashing")
struct PinHasherTests {
    @Test("the right PIN verifies, a wrong one does not, and two hashes of one PIN differ by their salt")
    func verify() throws {
        let hasher = PinHasher()
        let pin = try KioskPin("482915")
        let stored = hasher.hash(pin)
        #expect(stored.salt.count == 16)
        #expect(stored.hash.count == 32)
        #expect(stored.cost == PinHasher.defaultCost)
        #expect(PinHasher.verify(pin, against: stored))
        #expect(!PinHasher.verify(try KioskPin("482916"), against: stored))
        #expect(!PinHasher.verify(try KioskPin("4829"), against: stored))
        let again = hasher.hash(pin)
        #expect(again.salt != stored.salt)
        #expect(again.hash != stored.hash)
    }

    @Test("a stored row with too few rounds or a cut hash never verifies")
    func tamperedRow() throws {
        let pin = try KioskPin("1357")
        var stored = PinHasher().hash(pin)
        stored.cost = 1
        #expect(!PinHasher.verify(pin, against: stored))
        stored = PinHasher().hash(pin)
        stored.hash.removeLast()
        #expect(!PinHasher.verify(pin, against: stored))
    }

    @Test("the constant-time comparison compares every byte and the lengths")
    func constantTime() {
        #expect(PinHasher.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!PinHasher.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!PinHasher.constantTimeEqual([9, 2, 3], [1, 2, 3]))
        #expect(!PinHasher.constantTimeEqual([1, 2], [1, 2, 3]))
    }

    @Test("the cost of one hash is measured and printed (not asserted: machines differ)")
    func timing() throws {
        let pin = try KioskPin("2468")
        let hasher = PinHasher()
        let clock = ContinuousClock()
        var stored = hasher.hash(pin)
        let runs = 5
        let elapsed = clock.measure {
            for _ in 0..<runs { stored = hasher.hash(pin) }
        }
        let each = elapsed / runs
        print("PIN hash: PBKDF2-HMAC-SHA256, \(hasher.cost) rounds, \(each) each (mean of \(runs))")
        #expect(PinHasher.verify(pin, against: stored))
    }
}
