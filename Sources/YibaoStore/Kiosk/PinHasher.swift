import Crypto
import Foundation
import YibaoCore
import _CryptoExtras

/// A PIN as it is kept: a random salt, the PBKDF2-HMAC-SHA256 of salt and PIN, and the round count.
/// The PIN itself is never kept anywhere.
public struct PinHash: Hashable, Sendable {
    /// The only algorithm so far; the name is stored beside the hash so a later one can be added.
    public static let algorithm = "pbkdf2-sha256"

    public var salt: [UInt8]
    public var hash: [UInt8]
    /// PBKDF2 rounds.
    public var cost: Int

    public init(salt: [UInt8], hash: [UInt8], cost: Int) {
        self.salt = salt
        self.hash = hash
        self.cost = cost
    }
}

/// Hashes and checks kiosk PINs (PBKDF2-HMAC-SHA256 from swift-crypto, 16-byte random salt,
/// 32-byte hash), comparing in constant time.
///
/// The default cost, 210,000 rounds (the least swift-crypto's checked PBKDF2 accepts), measured on the
/// 2-core build machine under a load of 4: about 94 ms with an optimised PBKDF2 (OpenSSL's, the same
/// algorithm; roughly half that on an idle machine) and about 0.3 s in a debug build (unoptimised
/// BoringSSL). See docs/kiosk-operator.md. A 4–6 digit PIN can never resist an offline search: the
/// lockout after five wrong PINs is what protects it at the kiosk; the slow, salted hash makes a
/// copied store slow to search and tells nothing about equal PINs.
public struct PinHasher: Sendable {
    /// Rounds for new PINs.
    public static let defaultCost = 210_000
    /// Fewer rounds than this are refused when checking, so a tampered row cannot make a PIN cheap.
    public static let minimumCost = 210_000
    /// More rounds than this are refused when checking too: a tampered file or row with a cost of
    /// four billion would otherwise hang the kiosk for hours at the next PIN (fifty times the default is
    /// still under 20 s).
    public static let maximumCost = 10_000_000

    public let cost: Int

    public init(cost: Int = PinHasher.defaultCost) {
        self.cost = max(PinHasher.minimumCost, cost)
    }

    /// A fresh salted hash of `pin`.
    public func hash(_ pin: KioskPin) -> PinHash {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return PinHash(salt: salt, hash: Self.derive(pin.digits, salt: salt, cost: cost) ?? [], cost: cost)
    }

    /// Whether `pin` is the one `stored` was made from. Always does the full work, and compares every
    /// byte whatever the first difference.
    public static func verify(_ pin: KioskPin, against stored: PinHash) -> Bool {
        guard stored.cost >= minimumCost, stored.cost <= maximumCost, stored.hash.count == 32,
            let derived = derive(pin.digits, salt: stored.salt, cost: stored.cost)
        else { return false }
        return constantTimeEqual(derived, stored.hash)
    }

    /// Equal length and equal bytes, taking the same time wherever the bytes differ.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    static func derive(_ digits: String, salt: [UInt8], cost: Int) -> [UInt8]? {
        guard
            let key = try? KDF.Insecure.PBKDF2.deriveKey(
                from: Array(digits.utf8), salt: salt, using: .sha256, outputByteCount: 32, rounds: cost)
        else { return nil }
        return key.withUnsafeBytes { Array($0) }
    }
}
