/// A day on which a personal account would hold less than nothing, or less than it has set aside for
/// relatives' quotas (the invariant every change keeps: balance ≥ 0 and balance ≥ earmarked).
public struct Shortfall: Hashable, Sendable {
    /// Whose account falls short.
    public var account: ResidentID
    /// The first day it falls short.
    public var day: CivilDate
    /// The balance on that day, had the change been saved.
    public var balance: Money
    /// What is set aside for relatives' quotas on that day, had the change been saved.
    public var earmarked: Money

    public init(account: ResidentID, day: CivilDate, balance: Money, earmarked: Money) {
        self.account = account
        self.day = day
        self.balance = balance
        self.earmarked = earmarked
    }

    /// How much is missing on that day: what the balance lacks to cover zero and the quotas set aside.
    public var missing: Money { earmarked - balance }
}
