import Foundation
import Testing
import YibaoCore

@Suite("Resident identity numbers (GB 11643)")
struct ResidentIDTests {
    let today = CivilDate(year: 2026, month: 11, day: 22)!

    /// The 18th character for 17 digits, so tests can build numbers for any date or region.
    func make(_ body: String) -> String {
        body + String(ResidentID.checkCharacter(for: body.map { Int(String($0))! }))
    }

    @Test("the standard's own example is valid and knows its birth date, sex and province")
    func canonicalExample() throws {
        let id = try ResidentID("11010519491231002X", today: today)
        #expect(id.birthDate == CivilDate(year: 1949, month: 12, day: 31))
        #expect(id.sex == .female)
        #expect(id.province?.name.zh == "北京")
        #expect(id.kind == .citizen)
        #expect(id.masked == "110105********002X")
        #expect(!id.masked.contains("19491231"))
        #expect(id.stronglyMasked == "110***********002X")
    }

    @Test("other computed examples from the reference are valid", arguments: [
        "440524188001010014", "310104196005150026", "440301197512310093",
    ])
    func referenceExamples(_ text: String) throws {
        #expect(throws: Never.self) { try ResidentID(text, today: today) }
    }

    @Test("a lower-case x, spaces and full-width digits are accepted; x is stored upper-case")
    func lenientTyping() throws {
        #expect(try ResidentID("11010519491231002x", today: today).value == "11010519491231002X")
        #expect(try ResidentID(" 110105 19491231 002X ", today: today).value == "11010519491231002X")
        #expect(try ResidentID("１１０１０５１９４９１２３１００２Ｘ", today: today).value == "11010519491231002X")
    }

    @Test("odd sequence digits are male, even are female")
    func sexFromSequence() throws {
        #expect(try ResidentID(make("11010519800101001"), today: today).sex == .male)
        #expect(try ResidentID(make("11010519800101002"), today: today).sex == .female)
    }

    @Test("each kind of mistake is named in words", arguments: [
        ("", ResidentIDError.empty),
        ("1101051949123100", .wrongLength(16)),
        ("11010519491231002X1", .wrongLength(19)),
        ("1101051949123100AX", .notDigits),
        ("11010519491231002Y", .badCheckCharacter),
        ("110105194912310021", .checkDigitMismatch),
    ])
    func mistakes(_ text: String, _ expected: ResidentIDError) {
        #expect(throws: expected) { try ResidentID(text, today: today) }
        #expect(!expected.message.zh.isEmpty && !expected.message.en.isEmpty)
    }

    @Test("an unknown province code is refused")
    func unknownProvince() {
        #expect(throws: ResidentIDError.unknownRegion("79")) { try ResidentID(make("79010519491231002"), today: today) }
        #expect(throws: ResidentIDError.unknownRegion("00")) { try ResidentID(make("00010519491231002"), today: today) }
    }

    @Test("birth dates must be real calendar dates: 2000-02-29 yes, 1900-02-29 and 2023-02-29 no")
    func calendarDates() throws {
        #expect(throws: Never.self) { try ResidentID(make("11010520000229001"), today: today) }
        #expect(throws: ResidentIDError.invalidBirthDate) { try ResidentID(make("11010519000229001"), today: today) }
        #expect(throws: ResidentIDError.invalidBirthDate) { try ResidentID(make("11010520230229001"), today: today) }
        #expect(throws: ResidentIDError.invalidBirthDate) { try ResidentID(make("11010519491301001"), today: today) }
    }

    @Test("a birth date after today is refused; today itself is fine")
    func futureDates() throws {
        #expect(throws: ResidentIDError.birthDateInFuture) { try ResidentID(make("11010520261123001"), today: today) }
        #expect(throws: Never.self) { try ResidentID(make("11010520261122001"), today: today) }
    }

    @Test("Hong Kong, Macau and Taiwan residence permits (81/82/83) are valid")
    func residencePermits() throws {
        for prefix in ["810000", "820000", "830000"] {
            let id = try ResidentID(make(prefix + "19900101001"), today: today)
            #expect(id.kind == .hongKongMacauTaiwanPermit)
            #expect(id.province?.isMainland == false)
        }
    }

    @Test("the 2023 foreign permanent residence card (first digit 9) is valid and has no province")
    func foreignPermanentResident() throws {
        let id = try ResidentID(make("93115619850615002"), today: today)
        #expect(id.kind == .foreignPermanentResident)
        #expect(id.province == nil)
        #expect(id.birthDate == CivilDate(year: 1985, month: 6, day: 15))
    }

    @Test("an ID encodes to and decodes from a plain JSON string")
    func plainJSON() throws {
        let id = try ResidentID("11010519491231002X", today: today)
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["11010519491231002X"]"#)
        #expect(try JSONDecoder().decode([ResidentID].self, from: data) == [id])
        #expect(throws: (any Error).self) { try JSONDecoder().decode([ResidentID].self, from: Data(#"["123"]"#.utf8)) }
    }
}

