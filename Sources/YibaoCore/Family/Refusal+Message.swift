extension Refusal {
    /// What is wrong and what to do instead, in short plain sentences.
    public var message: LocalizedText {
        typealias W = RefusalWords
        switch self {
        case .unknownPerson(let id, let role):
            let r = W.role(role)
            return .init(
                zh: "还没有添加身份证号为\(id.masked)的人（\(r.zh)）。请先添加这个人。",
                en: "No one with ID number \(id.masked) has been added yet (\(r.en)). Please add this person first.")

        case .samePerson(let name):
            return .init(
                zh: "出钱的人和要付钱的家人是同一个人（\(name)）。自己的账户本来就给自己用，不需要绑定。请选另一位家人。",
                en: "The payer and the relative are the same person (\(name)). Your own account already pays for you; "
                    + "no binding is needed. Please choose another family member.")

        case .payerHasNoAccount(let name, let scheme):
            let why: LocalizedText =
                switch scheme {
                case .resident:
                    .init(zh: "\(name)参加的是居民医保，没有个人账户", en: "\(name) is in resident insurance, which has no personal account")
                case .employeeWithoutAccount:
                    .init(
                        zh: "\(name)参加的是\(scheme.name.zh)，没有个人账户",
                        en: "\(name) has \(scheme.name.en), so no personal account")
                default:
                    .init(zh: "\(name)没有参加职工医保，没有个人账户", en: "\(name) is not in employee insurance and has no personal account")
                }
            return .init(
                zh: "\(why.zh)，不能为家人付钱。请选一位参加职工医保（有个人账户）的家人来出钱。",
                en: "\(why.en), so cannot pay for family. Please choose a family member with employee insurance as the payer.")

        case .notNearRelative(let relation):
            return Refusal.notNearRelativeMessage(relation)

        case .relationNotYetAllowed(let relation, let date, let allowed, let from, let certainty):
            let k = relation.kinClass.map(W.kinClass) ?? W.relation(relation)
            let d = W.date(date)
            let first: LocalizedText =
                allowed.isEmpty
                ? .init(zh: "\(d.zh)还没有家庭共济。", en: "On \(d.en) family mutual aid had not started yet.")
                : .init(
                    zh: "\(d.zh)只能为\(W.kinList(allowed).zh)共济，还不包括\(k.zh)。",
                    en: "On \(d.en) only \(W.kinList(allowed).en) could be paid for, not \(k.en).")
            let then: LocalizedText =
                from.map {
                    .init(
                        zh: "从\(W.date($0).zh)起才可以。" + Refusal.dateCaution(certainty).zh,
                        en: "This is allowed from \(W.date($0).en)." + Refusal.dateCaution(certainty).en)
                } ?? .init(
                    zh: "目前的规定还不允许。请向当地医保部门咨询，或拨打12393。",
                    en: "The rules do not allow it yet. Please ask the local medical insurance office or call 12393.")
            return .init(zh: first.zh + then.zh, en: first.en + " " + then.en)

        case .beneficiaryNotEnrolled(let name):
            return .init(
                zh: "\(name)还没有参加基本医保，您的账户还不能为\(name)付看病的钱。请先为\(name)参加城乡居民医保；保费可以用您的个人账户缴纳。",
                en: "\(name) is not enrolled in basic medical insurance yet, so cannot be paid for. "
                    + "Please enroll \(name) in resident insurance first; your account may pay that premium.")

        case .differentPoolingArea(let payer, let beneficiary, let from):
            let p = W.region(payer)
            let b = W.region(beneficiary)
            let later: LocalizedText =
                from.map {
                    .init(
                        zh: "从\(W.date($0).zh)起，同一个省内不同城市也可以。",
                        en: " From \(W.date($0).en) anywhere in the same province is allowed.")
                } ?? .init(zh: "请选在同一个城市参保的家人。", en: " Please choose a family member insured in the same city.")
            return .init(
                zh: "这时双方必须在同一个城市（统筹区）参保：出钱的人在\(p.zh)，家人在\(b.zh)。\(later.zh)",
                en: "At this date both must be insured in the same city (pooling area). The payer is insured in \(p.en), "
                    + "the relative in \(b.en).\(later.en)")

        case .differentProvince(let payer, let beneficiary, let from):
            let p = W.region(payer)
            let b = W.region(beneficiary)
            let later: LocalizedText =
                from.map {
                    .init(
                        zh: "跨省共济从\(W.date($0).zh)起才可以（设定共济额度）。在那之前，请选同一个省参保的家人。",
                        en: " Sharing across provinces (with a quota) starts on \(W.date($0).en). "
                            + "Until then, please choose a family member insured in the same province.")
                } ?? .init(
                    zh: "现在还不能跨省共济。请选同一个省参保的家人。",
                    en: " Sharing across provinces is not possible yet. Please choose a family member insured in the same province.")
            return .init(
                zh: "出钱的人在\(p.zh)参保，家人在\(b.zh)参保，不在同一个省。\(later.zh)",
                en: "The payer is insured in \(p.en) and the relative in \(b.en): different provinces.\(later.en)")

        case .regionWithoutCrossProvince(let region):
            let r = W.region(region)
            return .init(
                zh: "\(r.zh)还没有开通跨省共济，暂时不能跨省设定额度。请向当地医保部门确认，或选同一个省参保的家人。",
                en: "\(r.en) does not take part in sharing across provinces yet, so a quota is not possible for now. "
                    + "Please check with the local office, or choose a family member insured in the same province.")

        case .quotaMissing:
            return .init(
                zh: "跨省共济要设定一个额度，也就是这位家人可以用的金额。请输入额度。",
                en: "Across provinces you set a quota: the amount this relative may use. Please enter an amount.")

        case .quotaNotPositive(let quota):
            return .init(
                zh: "额度必须大于0元，现在是\(quota.formatted)。请输入大于0的金额。",
                en: "The quota must be more than zero; it is \(quota.formatted). Please enter an amount above zero.")

        case .quotaTooLarge(let quota, let available):
            return .init(
                zh: "额度\(quota.formatted)超过了还能拿出来的\(available.formatted)（已扣除给其他家人的额度）。"
                    + "请输入不超过\(available.formatted)的金额。",
                en: "The quota \(quota.formatted) is more than the \(available.formatted) you can still set aside "
                    + "(after quotas already given to others). Please enter at most \(available.formatted).")

        case .quotaWithinProvince:
            return .init(
                zh: "同一个省内不设额度：家人看病时按扣款顺序直接从您的账户付钱。请不要填写额度。",
                en: "Within one province there is no quota: the relative's costs are paid from your account "
                    + "in their payment order. Please leave the amount empty.")

        case .alreadyBound(let payer, let beneficiary):
            return .init(
                zh: "\(payer)已经在为\(beneficiary)共济了，不需要再绑定。如要改变，请先解除原来的绑定。",
                en: "\(payer) already pays for \(beneficiary); nothing more is needed. "
                    + "To change it, please end the existing binding first.")

        case .tooManyPayers(let beneficiary, let max):
            return .init(
                zh: "按当地规定，一个人最多由\(max)位家人共济，\(beneficiary)已经有\(max)位了。如要换人，请先解除原来的绑定。",
                en: "Local rules allow at most \(max == 1 ? "one payer" : "\(max) payers") per person, and \(beneficiary) "
                    + "already has \(max == 1 ? "one" : "\(max)"). To change, please end an existing binding first.")

        case .tooManyBeneficiaries(let payer, let max):
            return .init(
                zh: "按当地规定，一位共济人最多绑定\(max)人，\(payer)已经绑定了\(max)人。如要换人，请先解除原来的绑定。",
                en: "Local rules allow a payer at most \(max) relatives, and \(payer) already has \(max). "
                    + "To change, please end an existing binding first.")

        case .oneRoleOnly(let name, let already):
            let now: LocalizedText =
                already == .beneficiary
                ? .init(zh: "已经由别人为\(name)共济，所以\(name)不能再为别人共济", en: "\(name) is already paid for by someone, so cannot also pay for others")
                : .init(zh: "\(name)已经在为别人共济，所以不能再被别人共济", en: "\(name) already pays for someone, so cannot also be paid for")
            return .init(
                zh: "按当地规定，一个人只能绑定或被绑定一次：\(now.zh)。如要改变，请先解除原来的绑定。",
                en: "Local rules let a person either pay or be paid for, once: \(now.en). To change, please end the existing binding first.")

        case .walletTransferTooLarge(let amount, let limits):
            return .init(
                zh: "2025年跨省共济是往亲属的医保钱包转账：每笔最多\(limits.perTransfer.formatted)，每天最多\(limits.perDay)笔；"
                    + "\(limits.quietHours.zh)。\(amount.formatted)超过了一笔的上限，请输入不超过\(limits.perTransfer.formatted)的金额，其余分几笔再转。",
                en: "In 2025 sharing across provinces is a transfer into the relative's medical insurance wallet: at most "
                    + "\(limits.perTransfer.formatted) a transfer and \(limits.perDay) a day; \(limits.quietHours.en). "
                    + "\(amount.formatted) is more than one transfer may move; please enter at most \(limits.perTransfer.formatted) "
                    + "and send the rest as further transfers.")

        case .sexDoesNotMatch(let name, let relation, let idSex):
            let r = W.relation(relation)
            let s = W.sex(idSex)
            return .init(
                zh: "身份证号显示\(name)是\(s.zh)，但您选的关系是“\(r.zh)”。请核对身份证号和关系。",
                en: "The ID number says \(name) is \(s.en), but you chose \(r.zh) (\(r.en)). "
                    + "Please check the ID number and the relationship.")

        case .ageDoesNotMatch(let name, let payer, let relation, let mustBe):
            let r = W.relation(relation)
            let older = mustBe == .older
            return .init(
                zh: "“\(r.zh)”应该比\(payer)\(older ? "年长" : "年轻")，但身份证号显示\(name)比\(payer)\(older ? "年轻" : "年长")。"
                    + "请核对身份证号和关系。",
                en: "\(W.article(r.en).capitalisedFirst) (\(r.zh)) should be \(older ? "older" : "younger") than \(payer), but the ID numbers say "
                    + "\(name) is \(older ? "younger" : "older"). Please check the ID numbers and the relationship.")

        case .sameBirthDate(let name, let payer, let relation):
            let r = W.relation(relation)
            return .init(
                zh: "身份证号显示\(name)和\(payer)出生日期相同，但“\(r.zh)”应该有年龄差。请核对身份证号和关系。",
                en: "The ID numbers say \(name) and \(payer) were born on the same day, but \(W.article(r.en)) (\(r.zh)) "
                    + "would differ in age. Please check the ID numbers and the relationship.")

        case .notBound(let payer, let beneficiary):
            return .init(
                zh: "\(payer)没有在为\(beneficiary)共济，没有可以解除的绑定。请核对选的两个人。",
                en: "\(payer) does not pay for \(beneficiary), so there is no binding to end. Please check the two people chosen.")
        case .personDied(let name, let on):
            return LifeEventError.personDied(name: name, on: on).message
        }
    }

    /// Why a relation is not a near relative, and who can bind the person instead.
    static func notNearRelativeMessage(_ relation: Relationship) -> LocalizedText {
        let r = RefusalWords.relation(relation)
        let rule = LocalizedText(
            zh: "近亲属只有配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女。",
            en: "Near relatives are only a spouse, parents, children, brothers and sisters, grandparents and grandchildren.")
        let why: LocalizedText
        let instead: LocalizedText
        switch relation {
        case .husbandsFather, .husbandsMother, .wifesFather, .wifesMother:
            why = .init(
                zh: "\(r.zh)不是民法典第一千零四十五条规定的近亲属，住在一起也不算。",
                en: "\(RefusalWords.article(r.en).capitalisedFirst) (\(r.zh)) is not a near relative under Civil Code Art. 1045, even when living together.")
            instead = .init(
                zh: "可以请\(r.zh)自己的子女（比如您的配偶）为其绑定。",
                en: "Their own child (for example your spouse) can bind them instead.")
        case .sonInLaw, .daughterInLaw, .siblingInLaw:
            why = .init(
                zh: "\(r.zh)不是民法典第一千零四十五条规定的近亲属，住在一起也不算。",
                en: "\(RefusalWords.article(r.en).capitalisedFirst) (\(r.zh)) is not a near relative under Civil Code Art. 1045, even when living together.")
            instead = .init(
                zh: "可以请对方自己的配偶、父母或兄弟姐妹为其绑定。",
                en: "Their own spouse, parent, brother or sister can bind them instead.")
        case .exSpouse:
            why = .init(
                zh: "离婚以后，前夫或前妻就不再是近亲属。",
                en: "After a divorce, a former spouse is no longer a near relative.")
            instead = .init(
                zh: "可以请对方自己的近亲属为其绑定。", en: "One of their own near relatives can bind them instead.")
        case .partner:
            why = .init(
                zh: "没有登记结婚的伴侣不是配偶，不算近亲属。",
                en: "A partner who is not married to you is not a spouse, so is not a near relative.")
            instead = .init(
                zh: "可以请对方自己的近亲属为其绑定。", en: "One of their own near relatives can bind them instead.")
        default:
            why = .init(
                zh: "\(r.zh)不是民法典第一千零四十五条规定的近亲属。",
                en: "\(RefusalWords.article(r.en).capitalisedFirst) (\(r.zh)) is not a near relative under Civil Code Art. 1045.")
            instead = .init(
                zh: "可以请对方自己的近亲属为其绑定。", en: "One of their own near relatives can bind them instead.")
        }
        return .init(zh: why.zh + rule.zh + instead.zh, en: why.en + " " + rule.en + " " + instead.en)
    }
}

extension Refusal {
    /// What a refusal adds after a national date the data is not sure of: a `common` deadline (the
    /// latest date for the whole country, places often earlier) or an `uncertain` one. Empty otherwise.
    static func dateCaution(_ certainty: Certainty) -> LocalizedText {
        switch certainty {
        case .common:
            return .init(
                zh: "这是通常报道的全国最晚日期，您所在的省可能更早，请向当地医保部门确认。",
                en: " That is the national date as commonly reported; your province may have started earlier, so please check locally.")
        case .uncertain:
            return .init(
                zh: "这个日期尚未确认，请向当地医保部门确认。",
                en: " This date is not confirmed; please check locally.")
        case .national, .regional, .secondary:
            return .init(zh: "", en: "")
        }
    }
}
