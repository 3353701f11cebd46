/// One situation in which the balance may (or may not) leave the personal account, as written in
/// `Data/policy/withdrawal.yaml`.
public struct WithdrawalCase: Hashable, Sendable, Identifiable {
    /// Stable id, e.g. `settling_abroad_local`.
    public var id: String
    public var title: LocalizedText
    public var outcome: WithdrawalOutcome
    /// Where the case holds: everywhere, or in the regions whose codes start with given prefixes.
    public var scope: WithdrawalScope
    /// Answers (question id → yes/no) that must all have been given for the case to apply.
    public var appliesWhen: [String: Bool]
    /// General cases this one stands in for within its scope (say, Guangdong's rule for the national one).
    public var replaces: [String]
    /// What happens, in a sentence or two.
    public var summary: LocalizedText
    /// Why not, for `not_allowed` cases.
    public var reason: LocalizedText?
    /// What to bring.
    public var materials: [LocalizedText]
    /// Where to apply or ask.
    public var whereToApply: LocalizedText
    /// How some places differ.
    public var notes: [LocalizedText]
    /// The documents behind the case, each with a date.
    public var sources: [String]
    public var effectiveFrom: CivilDate
    public var certainty: WithdrawalCertainty

    public init(
        id: String, title: LocalizedText, outcome: WithdrawalOutcome, scope: WithdrawalScope,
        appliesWhen: [String: Bool], replaces: [String] = [], summary: LocalizedText, reason: LocalizedText? = nil,
        materials: [LocalizedText] = [], whereToApply: LocalizedText, notes: [LocalizedText] = [],
        sources: [String], effectiveFrom: CivilDate, certainty: WithdrawalCertainty
    ) {
        self.id = id
        self.title = title
        self.outcome = outcome
        self.scope = scope
        self.appliesWhen = appliesWhen
        self.replaces = replaces
        self.summary = summary
        self.reason = reason
        self.materials = materials
        self.whereToApply = whereToApply
        self.notes = notes
        self.sources = sources
        self.effectiveFrom = effectiveFrom
        self.certainty = certainty
    }

    /// True when every condition has been answered as the case requires.
    public func applies(to answers: [String: Bool]) -> Bool {
        appliesWhen.allSatisfy { answers[$0.key] == $0.value }
    }
}

/// What happens to the balance in a case.
public enum WithdrawalOutcome: String, CaseIterable, Sendable, Codable {
    /// Paid into the insured person's own bank account (or the heir's).
    case withdrawToOwnBank = "withdraw_to_own_bank"
    /// Moved with the insurance to the new place.
    case transfer
    /// Stays in the account and keeps working.
    case keepUsing = "keep_using"
    /// No cash payout.
    case notAllowed = "not_allowed"

    /// A short label for the outcome.
    public var name: LocalizedText {
        switch self {
        case .withdrawToOwnBank:
            return .init(zh: "可以申请转到本人银行账户", en: "Can be paid into your own bank account")
        case .transfer: return .init(zh: "余额转到新参保地", en: "The balance moves to the new place")
        case .keepUsing:
            return .init(zh: "余额留在账户里继续用", en: "The balance stays and you keep using it")
        case .notAllowed: return .init(zh: "不能取现", en: "No cash payout")
        }
    }
}

/// Where a case holds.
public enum WithdrawalScope: Hashable, Sendable {
    case national
    /// Region-code prefixes: 2 digits for a province (`44`), 4 for a city (`3301`), 6 for one area.
    case regions([String])

    public func covers(_ region: RegionCode) -> Bool {
        switch self {
        case .national: return true
        case .regions(let prefixes): return prefixes.contains { region.code.hasPrefix($0) }
        }
    }
}

/// How sure the data is about a case.
public enum WithdrawalCertainty: String, CaseIterable, Sendable, Codable {
    /// Set by a national rule.
    case national
    /// Set by the local rule of the regions in scope.
    case regional
    /// What many places do, though no national rule says so.
    case common
    /// No reliable source was found; treat it as a best guess.
    case uncertain

    /// A plain sentence for cases that are not settled by a national or local rule; nil otherwise.
    public var caution: LocalizedText? {
        switch self {
        case .national, .regional: return nil
        case .common:
            return .init(
                zh: "这是多数地方的做法，不是全国统一的规定。",
                en: "This is what most places do; it is not a national rule.")
        case .uncertain:
            return .init(
                zh: "没有找到可靠的正式规定，请向当地医保部门确认。",
                en: "No reliable official rule was found; please check with your local insurance office.")
        }
    }
}
