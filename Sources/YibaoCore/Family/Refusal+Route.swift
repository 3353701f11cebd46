extension Refusal {
    /// What *is* possible instead, and where to do it: every refusal ends with a way forward (the real
    /// binding is made by the medical insurance office, never by Yibao; 12393 answers questions).
    public var route: LocalizedText {
        switch self {
        case .beneficiaryNotEnrolled(let name):
            return .init(
                zh: "可以做的：先为\(name)参加城乡居民医保（在户籍地或居住地的医保经办机构窗口、当地医保平台或"
                    + "国家医保服务平台App的当地专区办理）。保费可以从您的个人账户代缴，在Yibao里这样记：“亲属”页，"
                    + "在“其他家人”里选中\(name)按回车，再按4“从我的账户代缴居民医保保费”（命令行：yibao premium）。"
                    + "参保以后再回到这里添加。有疑问可拨打12393。",
                en: "What you can do: first enrol \(name) in resident insurance (at the counter of the local medical "
                    + "insurance office, on the local platform, or in the national medical insurance app's section for "
                    + "your city). Your personal account may pay the premium; record it in Yibao on the Relatives "
                    + "screen: choose \(name) under \"Other relatives\", press Enter, then 4 \"Pay a resident-insurance "
                    + "premium from my account\" (command line: yibao premium). Come back here once they are insured. "
                    + "Questions: call 12393.")
        case .payerHasNoAccount:
            return .init(
                zh: "可以做的：请参加职工医保的家人（有个人账户的人）在他们自己的Yibao里添加您的这位家人。有疑问可拨打12393。",
                en: "What you can do: a family member in employee insurance (who has a personal account) can add this "
                    + "relative from their own side. Questions: call 12393.")
        case .notNearRelative, .relationNotYetAllowed:
            return .init(
                zh: "可以做的：请TA的近亲属（配偶、父母、子女、兄弟姐妹等）为TA绑定；真正的绑定在国家医保服务平台App"
                    + "的当地专区、当地医保平台或经办机构窗口办理。有疑问可拨打12393。",
                en: "What you can do: one of their own near relatives (spouse, parent, child, brother or sister…) can "
                    + "pay for them; the real binding is made in the national medical insurance app's section for the "
                    + "city, on the local platform, or at a counter. Questions: call 12393.")
        case .differentPoolingArea, .differentProvince, .regionWithoutCrossProvince:
            return .init(
                zh: "可以做的：请核对参保地；如果确实在不同地方，请向当地医保经办机构或12393问清楚能否跨地共济。",
                en: "What you can do: check where each is insured; if it is really elsewhere, ask the local medical "
                    + "insurance office or call 12393 whether sharing across places is possible there.")
        case .quotaMissing, .quotaNotPositive, .quotaTooLarge, .quotaWithinProvince, .walletTransferTooLarge:
            return .init(
                zh: "可以做的：在“额度”一栏改好金额，再按“检查并保存”。",
                en: "What you can do: change the amount in the Quota field, then press \"Check and save\" again.")
        case .alreadyBound, .tooManyPayers, .tooManyBeneficiaries, .oneRoleOnly, .notBound:
            return .init(
                zh: "可以做的：在“亲属”页查看或解除现有的绑定；真正的绑定以医保部门的记录为准，有疑问可拨打12393。",
                en: "What you can do: see or end the existing bindings on the Relatives screen; the medical insurance "
                    + "office's record is the real one. Questions: call 12393.")
        case .sexDoesNotMatch, .ageDoesNotMatch, .sameBirthDate:
            return .init(
                zh: "可以做的：核对身份证号和关系；如果是双胞胎或不清楚谁年长，可以选“兄弟”或“姐妹”。",
                en: "What you can do: check the ID number and the relation; for twins, or when it does not matter who "
                    + "is older, choose \"brother\" or \"sister\".")
        case .personDied:
            return .init(
                zh: "可以做的：账户余额的去向（由继承人办理）请看“提取规则”，或向当地医保经办机构、12393咨询。",
                en: "What you can do: what happens to the balance (the heirs apply) is under the withdrawal rules; or ask "
                    + "the local medical insurance office or call 12393.")
        case .unknownPerson, .samePerson:
            return .init(
                zh: "可以做的：核对身份证号，或先添加这位家人。",
                en: "What you can do: check the ID number, or add this relative first.")
        }
    }

    /// Where the real binding is made: Yibao only records it.
    public static let whereToBind = LocalizedText(
        zh: "这里只是在Yibao里记下；真正的家庭共济绑定要在国家医保服务平台App的当地专区、当地医保平台或医保经办机构"
            + "窗口办理。有疑问可拨打12393。",
        en: "This is only recorded in Yibao; the real family mutual-aid binding is made in the national medical "
            + "insurance app's section for your city, on the local platform, or at a medical insurance office counter. "
            + "Questions: call 12393.")
}
