import YibaoCore

/// One reading of the machine's clocks, taken by the loop's clock and passed in, so `update` never reads
/// a clock: the wall time, the local time zone's offset from UTC at that time (so "today" is worked out
/// without I/O), and a monotonic count of seconds that setting the wall clock never moves (the kiosk's
/// idle time is measured on it).
public struct ClockReading: Hashable, Sendable {
    /// The wall clock: what "today" and the time of day are read from.
    public var wall: Moment
    /// Seconds east of UTC in the machine's time zone at `wall` (China: 28 800).
    public var utcOffsetSeconds: Int
    /// Seconds on a clock that only goes forward, from an arbitrary start (CLOCK_MONOTONIC).
    public var monotonic: Double

    /// A reading; without `monotonic`, the monotonic clock reads what the wall clock does (a clock
    /// that is never set, as tests use).
    public init(wall: Moment, utcOffsetSeconds: Int = 0, monotonic: Double? = nil) {
        self.wall = wall
        self.utcOffsetSeconds = utcOffsetSeconds
        self.monotonic = monotonic ?? wall.seconds
    }

    /// A reading of a clock that is never set, in UTC (tests).
    public init(_ wall: Moment) {
        self.init(wall: wall)
    }

    /// The monotonic reading as a `Moment`, for timers that only measure time passing (`IdleTimer`).
    public var steady: Moment { Moment(seconds: monotonic) }

    /// Seconds since the epoch in local time.
    private var localSeconds: Double { wall.seconds + Double(utcOffsetSeconds) }

    /// The local civil date of this reading: what "today" is.
    public var localDate: CivilDate {
        CivilDate(dayNumber: Int((localSeconds / 86_400).rounded(.down)))
    }

    /// Milliseconds from this reading to the next local midnight (at least 1).
    public var millisecondsToNextMidnight: Int {
        let intoDay = localSeconds - (localSeconds / 86_400).rounded(.down) * 86_400
        return max(1, Int(((86_400 - intoDay) * 1000).rounded(.up)))
    }
}
