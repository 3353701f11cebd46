import Foundation
import YibaoCore

/// The local calendar date, time of day and UTC offset of an instant, from the C library's time-zone
/// rules (`TZ`, else `/etc/localtime`: the same ones `TimeZone.current` reads on Linux).
///
/// Not `Calendar.current` or `TimeZone.current`: on Linux those open ICU's time-zone and calendar
/// data, which cost about 2 MiB of resident memory and a few milliseconds before the first screen
/// (docs/performance.md, issue 19), for a date and an offset the C library gives at once.
public struct LocalTime: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    /// Seconds east of UTC at that instant (daylight saving included).
    public var utcOffsetSeconds: Int

    /// The local time at `secondsSince1970`.
    public init(secondsSince1970: Double) {
        var seconds = time_t(secondsSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        year = Int(parts.tm_year) + 1900
        month = Int(parts.tm_mon) + 1
        day = Int(parts.tm_mday)
        hour = Int(parts.tm_hour)
        minute = Int(parts.tm_min)
        utcOffsetSeconds = Int(parts.tm_gmtoff)
    }

    /// The local time now.
    public static func now() -> LocalTime { LocalTime(secondsSince1970: Date().timeIntervalSince1970) }

    /// The local calendar date.
    public var date: CivilDate { CivilDate(year: year, month: month, day: day)! }
}
