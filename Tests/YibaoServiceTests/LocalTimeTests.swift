import Foundation
import Testing
import YibaoCore
import YibaoService

/// `LocalTime` reads the C library's zone rules instead of ICU's (issue 19: ICU's time-zone data was
/// ~2 MiB of the app's memory); it must agree with Foundation's calendar in the same zone.
@Suite("Local time without ICU")
struct LocalTimeTests {
    /// Instants around the year, both sides of midnight and of the usual daylight-saving changes.
    static let instants: [Double] = [
        0, 1_700_000_000, 1_711_846_799, 1_711_846_801, 1_729_990_799, 1_729_990_801, 1_767_225_599,
        1_767_225_600, 1_782_864_000, 1_798_761_599,
    ]

    @Test("the local date, hour, minute and UTC offset agree with Foundation's calendar and time zone")
    func agreesWithFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        for seconds in Self.instants {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let local = LocalTime(secondsSince1970: seconds)
            #expect(local.year == parts.year && local.month == parts.month && local.day == parts.day, "\(seconds)")
            #expect(local.hour == parts.hour && local.minute == parts.minute, "\(seconds)")
            #expect(local.utcOffsetSeconds == TimeZone.current.secondsFromGMT(for: date), "\(seconds)")
            #expect(local.date == CivilDate(year: parts.year!, month: parts.month!, day: parts.day!))
        }
    }
}
