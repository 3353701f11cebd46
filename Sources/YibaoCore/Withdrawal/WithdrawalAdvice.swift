/// What the withdrawal guide says for one person's answers and region: the cases that apply, and,
/// when none of them pays money out, why the balance is not cash and a warning against "cash-out" offers.
public struct WithdrawalAdvice: Hashable, Sendable {
    public var region: RegionCode
    /// The cases that fit, most specific to the region (general cases a regional one replaces are left out).
    public var cases: [WithdrawalCase]
    /// When no case pays money out: the account is the person's own, carried forward, inheritable,
    /// usable by family, and not cash.
    public var statement: LocalizedText?
    /// The reasons of the `not_allowed` cases that fit.
    public var reasons: [LocalizedText]
    /// When no case pays money out: the warning against cash-out offers and lending cards.
    public var fraudWarning: LocalizedText?
    public var localPolicyNote: LocalizedText
    /// The person answered "I don't know": no case is guessed; `statement` says where to ask.
    public var isUnsure: Bool

    public init(
        region: RegionCode, cases: [WithdrawalCase], statement: LocalizedText?, reasons: [LocalizedText],
        fraudWarning: LocalizedText?, localPolicyNote: LocalizedText, isUnsure: Bool = false
    ) {
        self.isUnsure = isUnsure
        self.region = region
        self.cases = cases
        self.statement = statement
        self.reasons = reasons
        self.fraudWarning = fraudWarning
        self.localPolicyNote = localPolicyNote
    }

    /// Whether some case lets the balance be paid into the person's (or heir's) own bank account.
    public var allowsMoneyOut: Bool { cases.contains { $0.outcome == .withdrawToOwnBank } }

    /// The outcomes of the cases that fit, in order, without repeats.
    public var outcomes: [WithdrawalOutcome] {
        var seen: [WithdrawalOutcome] = []
        for item in cases where !seen.contains(item.outcome) { seen.append(item.outcome) }
        return seen
    }

    /// The advice as plain text, for the CLI and the pager.
    public func text(_ language: Language) -> String {
        let zh = language == .zhHans
        var lines: [String] = []
        for item in cases {
            lines.append("\(item.title.text(language))")
            lines.append("  \(item.outcome.name.text(language))" + (zh ? "。" : "."))
            if let reason = item.reason { lines.append("  " + reason.text(language)) }
            lines.append("  " + item.summary.text(language))
            if let caution = item.certainty.caution { lines.append("  " + caution.text(language)) }
            if !item.materials.isEmpty {
                lines.append(zh ? "  要带的材料：" : "  What to bring:")
                lines += item.materials.map { "  - " + $0.text(language) }
            }
            lines.append((zh ? "  到哪里办：" : "  Where: ") + item.whereToApply.text(language))
            if !item.notes.isEmpty {
                lines.append(zh ? "  各地不同：" : "  Local differences:")
                lines += item.notes.map { "  - " + $0.text(language) }
            }
            lines.append((zh ? "  来源：" : "  Sources: ") + item.sources.joined(separator: zh ? "；" : "; "))
            lines.append("")
        }
        if let statement { lines += [statement.text(language), ""] }
        if let fraudWarning { lines += [fraudWarning.text(language), ""] }
        lines.append(localPolicyNote.text(language))
        return lines.joined(separator: "\n")
    }
}
