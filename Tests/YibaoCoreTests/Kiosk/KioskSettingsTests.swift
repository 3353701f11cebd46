import Testing
import YibaoCore

@Suite("Kiosk settings")
struct KioskSettingsTests {
    @Test("the defaults are 90 s idle, a 20 s countdown, 5 wrong PINs and a 15-minute lock")
    func defaults() throws {
        let s = KioskSettings.standard
        #expect([s.idleSeconds, s.countdownSeconds, s.maxFailures, s.lockoutMinutes] == [90, 20, 5, 15])
        try s.validate()
    }

    @Test("values out of range are refused, naming the setting")
    func ranges() {
        var s = KioskSettings.standard
        s.countdownSeconds = 10
        #expect(throws: KioskSettingsError.outOfRange(.countdownSeconds, 20...600)) { try s.validate() }
        s = .standard
        s.idleSeconds = 5
        #expect(throws: KioskSettingsError.outOfRange(.idleSeconds, 30...3600)) { try s.validate() }
        #expect(KioskSettingsError.outOfRange(.lockoutMinutes, 1...1440).message.en.contains("between 1 and 1440"))
    }
}
