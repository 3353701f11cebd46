import Testing

@testable import YibaoCore

@Suite("Guessable PINs")
struct GuessablePinTests {
    /// Born 1956-03-10 (the example): 110105 19560310 001 + check.
    static let person: ResidentID = {
        let body = "11010519560310001"
        return try! ResidentID(
            body + String(ResidentID.checkCharacter(for: body.map { Int(String($0))! })),
            today: CivilDate(year: 2026, month: 1, day: 1)!)
    }()

    private func reason(_ digits: String, _ person: ResidentID? = GuessablePinTests.person) throws -> GuessablePin? {
        try KioskPin(digits).guessable(for: person)
    }

    @Test("one repeated digit is refused, however long")
    func oneDigit() throws {
        for pin in ["0000", "1111", "99999", "666666"] { #expect(try reason(pin, nil) == .oneDigit, "\(pin)") }
    }

    @Test("runs up or down are refused, with 0 following 9")
    func runs() throws {
        for pin in ["1234", "123456", "4321", "987654", "7890", "3210", "456789", "8901"] {
            #expect(try reason(pin, nil) == .run, "\(pin)")
        }
    }

    @Test("the most common PINs are refused")
    func common() throws {
        for pin in ["1212", "2580", "520520", "1314", "112233", "121212", "147258"] {
            #expect(try reason(pin, nil) == .common, "\(pin)")
        }
    }

    @Test("every usual form of the birth date the ID gives away is refused")
    func birthDate() throws {
        // YYMMDD, MMDD, YYMM, YYYY, YYYYMM (6), DDMM, DDMMYY, MMDDYY.
        for pin in ["560310", "0310", "5603", "1956", "195603", "1003", "100356", "031056"] {
            #expect(try reason(pin) == .birthDate, "\(pin)")
        }
    }

    @Test("the ID's last 4 to 6 digits, and any other run of it, are refused")
    func partOfID() throws {
        let last6 = String(GuessablePinTests.person.value.suffix(6))
        let last4 = String(GuessablePinTests.person.value.suffix(4))
        let last5 = String(GuessablePinTests.person.value.suffix(5))
        for pin in [last4, last5, last6, "01051"] where pin.allSatisfy(\.isNumber) {
            #expect(try reason(pin) == .partOfID || reason(pin) == .birthDate, "\(pin)")
        }
        #expect(try reason("101051") == .partOfID)
    }

    @Test("a PIN unrelated to the person, not a run, not common, is accepted")
    func accepted() throws {
        for pin in ["4826", "7351", "739184", "30958", "2749"] { #expect(try reason(pin) == nil, "\(pin)") }
    }

    @Test("each refusal says why in both languages")
    func words() {
        for weakness in [GuessablePin.oneDigit, .run, .common, .birthDate, .partOfID] {
            #expect(weakness.message.zh.contains("太容易被猜到"))
            #expect(weakness.message.en.contains("too easy to guess"))
        }
        #expect(GuessablePin.birthDate.message.en.contains("birth date"))
        #expect(GuessablePin.run.message.zh.contains("连续"))
    }
}
