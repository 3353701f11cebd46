import Testing
import YibaoCore

@Suite("Calendar dates")
struct CivilDateTests {
    @Test("ISO dates are read strictly and written back the same")
    func isoRoundTrip() {
        #expect(CivilDate(iso: "2026-01-09")?.iso == "2026-01-09")
        for bad in ["2026-1-9", "2026/01/09", "2026-02-30", "20260109", "", "２０２６-01-09", "2026-13-01"] {
            #expect(CivilDate(iso: bad) == nil, "\(bad)")
        }
    }

    @Test("ages count whole years up to the birthday")
    func ages() {
        let birth = CivilDate(year: 1956, month: 3, day: 10)!
        #expect(birth.years(until: CivilDate(year: 2026, month: 3, day: 9)!) == 69)
        #expect(birth.years(until: CivilDate(year: 2026, month: 3, day: 10)!) == 70)
    }

    @Test("day numbers round-trip across centuries and leap days")
    func dayNumbers() {
        for text in ["1900-02-28", "1900-03-01", "1970-01-01", "2000-02-29", "2024-12-31", "2026-11-22"] {
            let date = CivilDate(iso: text)!
            #expect(CivilDate(dayNumber: date.dayNumber) == date)
            #expect(date.adding(days: 1) > date)
        }
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(iso: "2000-02-28")!.adding(days: 1).iso == "2000-02-29")
    }
}
