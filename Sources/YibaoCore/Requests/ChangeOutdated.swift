/// A change refused because what it was decided on changed meanwhile (another process saved first):
/// nothing was written. `current` is what is saved now, in words, so the person sees it.
public struct ChangeOutdated: UserFacingError, Equatable {
    /// What is saved now, for the message (for a payer order: the payers' names, first charged first).
    public var current: [String]

    public init(current: [String]) {
        self.current = current
    }

    public var message: LocalizedText {
        let zhList = current.isEmpty ? "只扣本人账户" : current.joined(separator: "、")
        let enList = current.isEmpty ? "the own account only" : current.joined(separator: ", ")
        return .init(
            zh: "没有保存：另一处刚改了扣款顺序，现在用的是：\(zhList)。",
            en: "Not saved: the payer order was changed elsewhere meanwhile. The order in use now is: \(enList).")
    }
}
