import ScreenKit
import YibaoCore

extension RelativesScreen {
    /// Asks before ending a binding the owner pays for, saying what happens to the relative and to
    /// any unused quota; a binding that pays for the owner is the other person's to end.
    func unbindQuestion(_ entry: RelativeEntry, context: ScreenContext) -> [Action] {
        let name = context.displayName(entry.relative)
        guard entry.direction == .ownerPays else {
            return [
                .status(
                    StatusLine(
                        .init(
                            zh: "这是\(name)为您付款的绑定，要由\(name)自己解除。",
                            en: "Here \(name) pays for you; only \(name) can end it."), kind: .error))
            ]
        }
        let binding = entry.binding
        let relation = binding.relation.name
        let pronoun = RelativesWords.pronoun(binding.beneficiary)
        let message: LocalizedText
        switch binding.form {
        case .ordered:
            message = .init(
                zh: "您的个人账户将不再为\(relation.zh)\(name)付款。以后\(pronoun.zh)看病就不能再用您的账户。要解除吗？",
                en: "Your personal account will stop paying for \(name) (\(relation.en)). After this \(pronoun.en) "
                    + "can no longer use your account for medical costs. End it?")
        case .quota:
            let left = context.household?.quotaRemaining(payer: binding.payer, beneficiary: binding.beneficiary) ?? .zero
            message = .init(
                zh: "您将不再为\(relation.zh)\(name)保留跨省额度。未用完的额度 \(left.formatted) 会回到您的账户，"
                    + "\(pronoun.zh)以后看病就不能再用这笔钱。要解除吗？",
                en: "You will stop setting aside a cross-province quota for \(name) (\(relation.en)). The unused quota "
                    + "of \(left.formatted) will come back to your account, and \(pronoun.en) can no longer use it. End it?")
        }
        return [
            .confirm(
                title: .init(zh: "解除绑定", en: "End the binding"), message: message,
                onYes: [.effect(.apply(.unbind(payer: binding.payer, beneficiary: binding.beneficiary)))],
                onNo: [.status(StatusLine(.init(zh: "没有解除，一切照旧。", en: "Nothing was changed.")))],
                isDestructive: true)
        ]
    }
}

/// Small pieces of wording the Relatives screens share.
enum RelativesWords {
    /// 他/她 and he/she, from the sex in the ID number.
    static func pronoun(_ id: ResidentID) -> LocalizedText {
        id.sex == .male ? .init(zh: "他", en: "he") : .init(zh: "她", en: "she")
    }
}
