import Testing
import YibaoCore

@Suite("Kiosk PINs")
struct KioskPinTests {
    @Test("4 to 6 digits are accepted, spaces around them ignored and full-width digits read as digits")
    func accepted() throws {
        #expect(try KioskPin("1234").digits == "1234")
        #expect(try KioskPin(" 123456 ").digits == "123456")
        #expect(try KioskPin("１２３４５").digits == "12345")
    }

    @Test("too short, too long, letters and nothing are refused with a kind message in both languages")
    func refused() {
        #expect(throws: KioskPinError.tooShort) { try KioskPin("123") }
        #expect(throws: KioskPinError.tooLong) { try KioskPin("1234567") }
        #expect(throws: KioskPinError.notDigits) { try KioskPin("12a4") }
        #expect(throws: KioskPinError.empty) { try KioskPin("  ") }
        let message = KioskPinError.tooShort.message
        #expect(message.zh.contains("4 到 6 位数字"))
        #expect(message.en.contains("4 to 6 digits"))
    }

    @Test("a PIN never prints its digits")
    func neverPrinted() throws {
        let pin = try KioskPin("864209")
        #expect(!"\(pin)".contains("864209"))
        #expect(!String(reflecting: pin).contains("864209"))
    }
}
