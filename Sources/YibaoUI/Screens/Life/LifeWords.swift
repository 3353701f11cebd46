import YibaoCore

/// The plain sentences of the life-change screens: what will end and what comes back.
enum LifeWords {
    /// One sentence on what a life event ends: "This ends 张建国 → 王桂兰; ¥1,000.00 of quota returns to 张建国."
    static func ending(_ ended: [BindingEnd], name: (ResidentID) -> String) -> LocalizedText {
        guard !ended.isEmpty else {
            return .init(zh: "不会解除任何共济绑定。", en: "No binding ends.")
        }
        let what = list(ended, name: name)
        return .init(zh: "这会解除共济：" + what.zh + "。", en: "This ends " + what.en + ".")
    }

    /// The status line after a life event was saved.
    static func saved(_ ended: [BindingEnd], name: (ResidentID) -> String) -> LocalizedText {
        guard !ended.isEmpty else { return .init(zh: "已保存。", en: "Saved.") }
        let what = list(ended, name: name)
        return .init(zh: "已保存。已解除共济：" + what.zh + "。", en: "Saved. Ended: " + what.en + ".")
    }

    /// The bindings that end and the quota each gives back, as a list in words.
    private static func list(_ ended: [BindingEnd], name: (ResidentID) -> String) -> LocalizedText {
        let pairs = ended.map { "\(name($0.binding.payer)) → \(name($0.binding.beneficiary))" }
        let returned = ended.filter { $0.quotaReturned > .zero }.map {
            LocalizedText(
                zh: "\($0.quotaReturned.formatted)额度退回\(name($0.binding.payer))",
                en: "\($0.quotaReturned.formatted) of quota returns to \(name($0.binding.payer))")
        }
        let back: LocalizedText =
            returned.isEmpty
            ? .init(zh: "", en: "")
            : .init(
                zh: "；" + returned.map(\.zh).joined(separator: "、"),
                en: "; " + returned.map(\.en).joined(separator: ", "))
        return .init(zh: pairs.joined(separator: "、") + back.zh, en: pairs.joined(separator: ", ") + back.en)
    }

    static let inheritance = LocalizedText(
        zh: "余额仍在账户中，可由继承人按“继承”情形申请提取（见规则里的提取规则）。",
        en: "The balance stays in the account; the heirs may ask to withdraw it (the inheritance case in the "
            + "withdrawal rules).")
}

extension RelativeEntry {
    /// The relative's own screen, knowing what they are to the owner when the words make it certain.
    var personScreen: PersonScreen {
        switch direction {
        case .ownerPays: return PersonScreen(person: relative, relation: binding.relation)
        case .paysForOwner:
            return PersonScreen(person: relative, relation: binding.relation.turnedRound(otherSex: binding.payer.sex))
        }
    }
}
