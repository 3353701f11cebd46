/// What an operator sets for a kiosk: how long it waits before asking "still there?", how long that
/// countdown lasts, and how many wrong PINs lock a person out, and for how long.
public struct KioskSettings: Hashable, Sendable, Codable {
    /// Seconds without a key before the countdown starts (default 90).
    public var idleSeconds: Int
    /// Seconds the full-screen countdown lasts before the session ends (default and minimum 20).
    public var countdownSeconds: Int
    /// Minutes a person stays locked after too many wrong PINs (default 15).
    public var lockoutMinutes: Int
    /// Wrong PINs in a row that lock a person (default 5).
    public var maxFailures: Int

    public static let idleRange = 30...3600
    public static let countdownRange = 20...600
    public static let lockoutRange = 1...1440
    public static let failuresRange = 3...10

    public static let standard = KioskSettings(idleSeconds: 90, countdownSeconds: 20, lockoutMinutes: 15, maxFailures: 5)

    public init(idleSeconds: Int, countdownSeconds: Int, lockoutMinutes: Int, maxFailures: Int) {
        self.idleSeconds = idleSeconds
        self.countdownSeconds = countdownSeconds
        self.lockoutMinutes = lockoutMinutes
        self.maxFailures = maxFailures
    }

    /// Throws for the first value out of its range.
    public func validate() throws(KioskSettingsError) {
        if !Self.idleRange.contains(idleSeconds) { throw .outOfRange(.idleSeconds, Self.idleRange) }
        if !Self.countdownRange.contains(countdownSeconds) { throw .outOfRange(.countdownSeconds, Self.countdownRange) }
        if !Self.lockoutRange.contains(lockoutMinutes) { throw .outOfRange(.lockoutMinutes, Self.lockoutRange) }
        if !Self.failuresRange.contains(maxFailures) { throw .outOfRange(.maxFailures, Self.failuresRange) }
    }
}

/// A kiosk setting an operator gave that cannot be used.
public enum KioskSettingsError: UserFacingError, Equatable {
    /// Which setting.
    public enum Field: String, Sendable {
        case idleSeconds = "idle-seconds"
        case countdownSeconds = "countdown-seconds"
        case lockoutMinutes = "lockout-minutes"
        case maxFailures = "max-failures"
    }

    case outOfRange(Field, ClosedRange<Int>)

    public var message: LocalizedText {
        switch self {
        case .outOfRange(let field, let range):
            let (zh, en): (String, String) =
                switch field {
                case .idleSeconds: ("无操作等待时间（秒）", "The idle time (seconds)")
                case .countdownSeconds: ("倒计时（秒）", "The countdown (seconds)")
                case .lockoutMinutes: ("锁定时间（分钟）", "The lockout time (minutes)")
                case .maxFailures: ("允许输错密码的次数", "The number of wrong PINs allowed")
                }
            return .init(
                zh: "\(zh)必须在 \(range.lowerBound) 到 \(range.upperBound) 之间。什么都没有改动。",
                en: "\(en) must be between \(range.lowerBound) and \(range.upperBound). Nothing was changed.")
        }
    }
}
