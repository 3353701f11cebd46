/// One person's standing at the kiosk's sign-in: wrong PINs in a row, and a lock's end if locked.
public struct KioskLockState: Hashable, Sendable, Codable {
    /// Wrong PINs since the last good one (or since the last lock ended).
    public var failedCount: Int
    /// When the lock ends; nil when not locked.
    public var lockedUntil: Moment?

    public init(failedCount: Int = 0, lockedUntil: Moment? = nil) {
        self.failedCount = failedCount
        self.lockedUntil = lockedUntil
    }

    public static let clear = KioskLockState()

    /// Whether the person is locked at `now` (a lock ends exactly at `lockedUntil`).
    public func isLocked(at now: Moment) -> Bool {
        guard let lockedUntil else { return false }
        return now < lockedUntil
    }
}

/// What one sign-in attempt came to.
public enum KioskSignInOutcome: Hashable, Sendable {
    /// The PIN was right: the session may begin.
    case signedIn
    /// The PIN was wrong; `attemptsLeft` more wrong PINs lock the person.
    case wrongPin(attemptsLeft: Int)
    /// This wrong PIN was one too many: locked until the given time.
    case lockedOut(until: Moment)
    /// The person was already locked; the PIN was not even checked.
    case stillLocked(until: Moment)
    /// No PIN has been set for this ID (or the ID is not known here). The store no longer answers
    /// this to a sign-in (it would tell a stranger which IDs have a PIN): such an ID gets `wrongPin`.
    case noPin
    /// Too many wrong PINs at this terminal lately, whatever the IDs: the next try must wait until then.
    case terminalWait(until: Moment)
    /// Too many wrong PINs at this terminal: it takes no sign-in until then.
    case terminalLocked(until: Moment)
}

/// The kiosk's sign-in rules, pure: wrong PINs count up, the last allowed one locks the person until
/// `now + lockoutMinutes`, a lock that has ended starts the count afresh, a right PIN clears it.
public enum KioskSignIn {
    /// The result of one attempt: the new state to save and what to tell the person.
    public struct Attempt: Hashable, Sendable {
        public var state: KioskLockState
        public var outcome: KioskSignInOutcome
        /// Whether the lock that had been in force ended before this attempt (the count restarted).
        public var lockExpired: Bool
    }

    /// The state as it stands at `now`: a lock that has ended is cleared, with its count.
    public static func current(_ state: KioskLockState, now: Moment) -> KioskLockState {
        guard let until = state.lockedUntil, until <= now else { return state }
        return .clear
    }

    /// Decides one attempt. `pinMatches` is asked only when the person is not locked, so a locked
    /// person's guesses are never checked (and cost no hashing).
    public static func attempt(
        _ state: KioskLockState, now: Moment, settings: KioskSettings, pinMatches: () -> Bool
    ) -> Attempt {
        if let until = state.lockedUntil, now < until {
            return Attempt(state: state, outcome: .stillLocked(until: until), lockExpired: false)
        }
        let expired = state.lockedUntil != nil
        var next = current(state, now: now)
        if pinMatches() {
            return Attempt(state: .clear, outcome: .signedIn, lockExpired: expired)
        }
        next.failedCount += 1
        let limit = max(1, settings.maxFailures)
        if next.failedCount >= limit {
            let until = now.adding(seconds: Double(settings.lockoutMinutes) * 60)
            next.lockedUntil = until
            return Attempt(state: next, outcome: .lockedOut(until: until), lockExpired: expired)
        }
        return Attempt(state: next, outcome: .wrongPin(attemptsLeft: limit - next.failedCount), lockExpired: expired)
    }
}

extension KioskSignInOutcome {
    /// What to say to the person, in both languages. `clockText` is the lock's end as the terminal's
    /// local time (say "14:35"), which the caller formats; without it only minutes are said.
    public func message(now: Moment, clockText: String? = nil) -> LocalizedText {
        switch self {
        case .signedIn:
            return .init(zh: "欢迎！您已登录。", en: "Welcome! You are signed in.")
        case .wrongPin(let left):
            // The same words whether the ID is unknown, has no PIN or has one (no oracle).
            return .init(
                zh: "身份证号和密码对不上。再输错 \(left) 次，这个身份证号会暂时锁定。请再试一次；还没有密码请到服务台办理。",
                en: "That ID number and PIN do not match. After \(left) more wrong \(left == 1 ? "try" : "tries"), "
                    + "this ID will be locked for a while. Please try again; no PIN yet? Ask at the counter.")
        case .terminalWait(let until):
            let seconds = max(1, Int((until.seconds - now.seconds).rounded(.up)))
            return .init(
                zh: "请等 \(seconds) 秒再试：这台自助机刚才输错密码的次数较多。",
                en: "Please wait \(seconds) \(seconds == 1 ? "second" : "seconds"), then try again: "
                    + "several wrong PINs were typed here.")
        case .terminalLocked(let until):
            let minutes = max(1, Int((until.seconds - now.seconds) / 60 + 0.999))
            let zhWhen = clockText.map { "请在 \($0)（约 \(minutes) 分钟后）再试" } ?? "请在约 \(minutes) 分钟后再试"
            let enWhen =
                clockText.map { "Please try again at \($0) (in about \(minutes) min)" }
                ?? "Please try again in about \(minutes) \(minutes == 1 ? "minute" : "minutes")"
            return .init(
                zh: "这台自助机输错密码的次数太多，暂时停用。" + zhWhen + "，或请服务台的工作人员帮忙。",
                en: "Too many wrong PINs at this terminal, so it is paused. " + enWhen
                    + ", or ask a member of staff at the counter.")
        case .lockedOut(let until), .stillLocked(let until):
            let minutes = max(1, Int((until.seconds - now.seconds) / 60 + 0.999))
            let lead =
                self == .lockedOut(until: until)
                ? LocalizedText(zh: "密码输错次数太多，", en: "Too many wrong PINs. ")
                : LocalizedText(zh: "这个身份证号暂时锁定了，", en: "This ID is locked for now. ")
            let zhWhen = clockText.map { "请在 \($0)（约 \(minutes) 分钟后）再试" } ?? "请在约 \(minutes) 分钟后再试"
            let enWhen =
                clockText.map { "Please try again at \($0) (in about \(minutes) min)" }
                ?? "Please try again in about \(minutes) \(minutes == 1 ? "minute" : "minutes")"
            return .init(
                zh: lead.zh + zhWhen + "，或请工作人员帮忙。",
                en: lead.en + enWhen + ", or ask a member of staff for help.")
        case .noPin:
            return .init(
                zh: "这个身份证号还没有设置密码，或不在本机登记。请到服务台请工作人员帮您设置。",
                en: "No PIN is set for this ID here, or it is not registered on this terminal. "
                    + "Please ask staff at the counter to set one for you.")
        }
    }
}
