import ScreenKit
import YibaoCore

/// The sentences of the add-a-relative form: the confirmation, the result, the reasons.
enum AddRelativeWords {
    /// A name as it may be shown: masked in kiosk mode (the relative is never the owner here).
    static func name(_ person: Person, context: ScreenContext) -> String {
        context.environment.kiosk ? NameMasking.mask(person.name) : person.name
    }

    /// The change restated in one sentence, e.g. "让张建国的个人账户为母亲王桂兰（110108********0046）支付看病买药的费用？"
    static func confirmation(_ draft: AddRelativeDraft, owner: ResidentID, context: ScreenContext) -> LocalizedText {
        let payer = context.displayName(owner)
        let name = name(draft.person, context: context)
        let id = context.displayID(draft.person.id)
        let relation = draft.relation.name
        let pronoun = RelativesWords.pronoun(draft.person.id)
        let object = LocalizedText(zh: pronoun.zh, en: pronoun.en == "he" ? "his" : "her")
        let scheme = draft.person.scheme.name
        let region = draft.regionWords
        switch (draft.isNew, draft.quota) {
        case (true, nil):
            return .init(
                zh: "添加\(relation.zh)\(name)（\(id)，\(region.zh)，\(scheme.zh)），并让\(payer)的个人账户为\(pronoun.zh)支付看病买药的费用？",
                en: "Add \(name), your \(relation.en) (\(id), \(region.en), \(scheme.en)), and let \(payer)'s personal "
                    + "account pay \(object.en) medical costs?")
        case (false, nil):
            return .init(
                zh: "让\(payer)的个人账户为\(relation.zh)\(name)（\(id)）支付看病买药的费用？",
                en: "Let \(payer)'s personal account pay the medical costs of \(name), your \(relation.en) (\(id))?")
        case (true, let quota?):
            return .init(
                zh: "添加\(relation.zh)\(name)（\(id)，\(region.zh)，\(scheme.zh)），并从\(payer)的个人账户拿出 "
                    + "\(quota.formatted) 作为跨省额度，只给\(pronoun.zh)看病买药用？",
                en: "Add \(name), your \(relation.en) (\(id), \(region.en), \(scheme.en)), and set aside "
                    + "\(quota.formatted) of \(payer)'s personal account as a cross-province quota for \(object.en) "
                    + "medical costs only?")
        case (false, let quota?):
            return .init(
                zh: "从\(payer)的个人账户拿出 \(quota.formatted) 作为跨省额度，只给\(relation.zh)\(name)（\(id)）看病买药用？",
                en: "Set aside \(quota.formatted) of \(payer)'s personal account as a cross-province quota for the "
                    + "medical costs of \(name), your \(relation.en) (\(id)), only?")
        }
    }

    /// The status after the binding was made.
    static func done(_ draft: AddRelativeDraft, context: ScreenContext) -> LocalizedText {
        let name = name(draft.person, context: context)
        if let quota = draft.quota {
            return .init(
                zh: "已在Yibao里记下：为\(name)留出 \(quota.formatted) 的跨省额度。真正的绑定请到医保App当地专区或窗口办理。",
                en: "Recorded in Yibao: \(quota.formatted) set aside for \(name). Make the real binding in the insurance app "
                    + "or at a counter.")
        }
        return .init(
            zh: "已在Yibao里记下您为\(name)付款。真正的绑定请到医保App当地专区或窗口办理。",
            en: "Recorded in Yibao: you pay for \(name). Make the real binding in the insurance app or at a counter.")
    }

    /// Every reason of the rules, one bullet each, then what is possible instead and where (each way
    /// once), and that Yibao only records: the real binding is made by the medical insurance office.
    static func reasons(_ refusals: [Refusal]) -> LocalizedText {
        let listed = reasons(refusals.map(\.message))
        var routes: [LocalizedText] = []
        for route in refusals.map(\.route) where !routes.contains(route) { routes.append(route) }
        return .init(
            zh: ([listed.zh] + routes.map(\.zh)).joined(separator: "\n"),
            en: ([listed.en] + routes.map(\.en)).joined(separator: "\n"))
    }

    /// Every reason, one paragraph each, with a bullet when there are several.
    static func reasons(_ messages: [LocalizedText]) -> LocalizedText {
        let zh = messages.flatMap { $0.zh.split(separator: "\n").map(String.init) }
        let en = messages.flatMap { $0.en.split(separator: "\n").map(String.init) }
        func join(_ lines: [String]) -> String {
            lines.count <= 1 ? lines.joined() : lines.map { "- " + $0 }.joined(separator: "\n")
        }
        return .init(zh: join(zh), en: join(en))
    }

    /// A refusal from the model or the store: the reasons, what happened, and that the form is kept.
    static func refused(_ message: LocalizedText, context: ScreenContext) -> LocalizedText {
        let reasons = reasons([message])
        let after = LocalizedText(
            zh: "您填写的内容都还在，可以修改后再试。", en: "What you typed is still here; you can change it and try again.")
        return .init(zh: reasons.zh + "\n" + after.zh, en: reasons.en + "\n" + after.en)
    }
}
