import Foundation
import TestSupport
import Testing
import YibaoCore
import YibaoStore

@testable import YibaoService

#if canImport(Glibc)
    import Glibc
#endif

/// The operator's kiosk file, read and written by the service module (not the SQLite store): round
/// trips, refusals, and fuzzed text read or refused in words, never a crash.
@Suite("The operator's kiosk file", .timeLimit(.minutes(Fuzz.timeLimitMinutes)))
struct KioskConfigTests {
    static func expectWorded(
        _ error: some UserFacingError, input: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            Fuzz.isWorded(error.message.zh) && Fuzz.isWorded(error.message.en), "\(input.debugDescription)",
            sourceLocation: sourceLocation)
    }

    @Test("the operator's file round-trips the hashed exit PIN, is written 0600, and verifies only that PIN")
    func configFile() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("etc/yibao/kiosk.conf")
        let config = KioskConfig(exitPin: PinHasher().hash(try KioskPin("8080")), other: ["note": "counter 3"])
        try config.write(to: path)
        #expect(Fixtures.mode(path) == 0o600)
        let loaded = try KioskConfig.load(path: path)
        #expect(loaded == config)
        #expect(loaded.verifyExitPin(try KioskPin("8080")))
        #expect(!loaded.verifyExitPin(try KioskPin("8081")))
        #expect(!KioskConfig().verifyExitPin(try KioskPin("8080")))
        #expect(KioskConfig.path(environment: [:]) == "/etc/yibao/kiosk.conf")
        #expect(KioskConfig.path(environment: ["YIBAO_KIOSK_CONFIG": "/srv/k.conf"]) == "/srv/k.conf")
    }

    @Test("the operator's file is refused when missing, a link, open to others, or unreadable text")
    func configRefusals() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("kiosk.conf")
        #expect(throws: KioskConfigError.missing(path: path)) { try KioskConfig.load(path: path) }
        try KioskConfig(exitPin: PinHasher().hash(try KioskPin("1234"))).write(to: path)
        chmod(path, 0o644)
        #expect(throws: KioskConfigError.unsafe(path: path)) { try KioskConfig.load(path: path) }
        chmod(path, 0o640)
        _ = try KioskConfig.load(path: path)
        let link = dir.file("link.conf")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        #expect(throws: KioskConfigError.unsafe(path: link)) { try KioskConfig.load(path: link) }
        #expect(throws: KioskConfigError.unsafe(path: link)) { try KioskConfig().write(to: link) }
        #expect(throws: KioskConfigError.malformed(path: "x", line: 2)) {
            try KioskConfig(text: "# ok\nexit_pin = md5$1$AA==$AA==\n", path: "x")
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
