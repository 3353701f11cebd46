/// One dated change to what is recorded about a person, kept for good beside the person's current
/// record: a corrected name, a new scheme or region, a retirement, a contribution base, a death.
/// History is never edited silently: a correction is a new event, never a rewrite of an old one.
public struct PersonEvent: Hashable, Sendable, Codable {
    /// Assigned by the store; 0 for an event not yet saved.
    public var id: Int64
    public var person: ResidentID
    /// The day the change took effect (not the day it was typed).
    public var date: CivilDate
    public var kind: Kind
    public var field: Field
    /// What was recorded before, as stored text (nil: nothing).
    public var oldValue: String?
    /// What is recorded now, as stored text (nil: nothing).
    public var newValue: String?

    public init(
        id: Int64 = 0, person: ResidentID, date: CivilDate, kind: Kind, field: Field, oldValue: String?,
        newValue: String?
    ) {
        self.id = id
        self.person = person
        self.date = date
        self.kind = kind
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
    }

    /// Why the record changed.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// A correction or a change of circumstances (`yibao person edit`).
        case edit
        /// A death (`yibao person died`).
        case died
    }

    /// Which part of the record changed; the raw values are the store's words.
    public enum Field: String, CaseIterable, Sendable, Codable {
        case name, scheme, region
        case retiredOn = "retired_on"
        case contributionBase = "contribution_base_fen"
        case diedOn = "died_on"
    }
}

/// A binding that ended by itself (a move to another pooling area, insurance stopped, a death), kept
/// with the quota that went back to the payer.
public struct BindingEnd: Hashable, Sendable, Codable {
    public var binding: Binding
    public var endedOn: CivilDate
    public var reason: Reason
    /// The unused part of a quota, the payer's again (zero for an ordered binding).
    public var quotaReturned: Money

    public init(binding: Binding, endedOn: CivilDate, reason: Reason, quotaReturned: Money) {
        self.binding = binding
        self.endedOn = endedOn
        self.reason = reason
        self.quotaReturned = quotaReturned
    }

    /// Why a binding ended; the raw values are the store's words.
    public enum Reason: String, CaseIterable, Sendable, Codable {
        /// One side's insurance moved to another pooling area.
        case moved
        /// One side's insurance ended (scheme `none`).
        case insuranceStopped = "insurance_stopped"
        /// The payer left employee insurance and has no personal account any more.
        case accountEnded = "account_ended"
        /// One side died.
        case died
        /// Ended because one of them asked (the app's X, `yibao relatives remove`).
        case unbound

        public var name: LocalizedText {
            switch self {
            case .moved: return .init(zh: "迁到了另一个统筹区", en: "moved to another pooling area")
            case .insuranceStopped: return .init(zh: "停止参保", en: "insurance stopped")
            case .accountEnded: return .init(zh: "不再有职工医保个人账户", en: "no longer has an employee account")
            case .died: return .init(zh: "去世", en: "died")
            case .unbound: return .init(zh: "由本人或家人申请", en: "on request")
            }
        }
    }
}
