extension Household {
    /// Every reason the payer may not start paying for the beneficiary on `date`, in words; empty when
    /// the binding may be made. `relation` is what the beneficiary is to the payer. Give a `quota` only
    /// for a cross-province binding.
    public func bindingRefusals(
        payer: ResidentID, beneficiary: ResidentID, relation: Relationship, quota: Money?, policy: PolicyBook
    ) -> [Refusal] {
        var reasons: [Refusal] = []
        let rule = policy.nationalRule(on: date)
        let payerPerson = persons[payer]
        let beneficiaryPerson = persons[beneficiary]
        let same = payer == beneficiary

        if payerPerson == nil { reasons.append(.unknownPerson(payer, role: .payer)) }
        if beneficiaryPerson == nil, !same { reasons.append(.unknownPerson(beneficiary, role: .beneficiary)) }
        if same { reasons.append(.samePerson(name: nameForRefusal(payer))) }
        for person in (same ? [payerPerson] : [payerPerson, beneficiaryPerson]).compactMap({ $0 }) {
            if let died = person.diedOn { reasons.append(.personDied(name: person.name, on: died)) }
        }
        if let p = payerPerson, !p.hasPersonalAccount {
            reasons.append(.payerHasNoAccount(name: nameForRefusal(payer), scheme: p.scheme))
        }

        if let kin = relation.kinClass {
            if !rule.nearRelatives.contains(kin) {
                reasons.append(
                    .relationNotYetAllowed(
                        relation, date: date, allowed: rule.nearRelatives,
                        allowedFrom: policy.firstDate(allowing: kin, after: date)))
            }
        } else {
            reasons.append(.notNearRelative(relation))
        }

        if let b = beneficiaryPerson, !same, rule.beneficiaryMustBeEnrolled, !b.scheme.isEnrolled {
            reasons.append(.beneficiaryNotEnrolled(name: nameForRefusal(beneficiary)))
        }

        if let p = payerPerson, let b = beneficiaryPerson, !same {
            reasons += placeRefusals(payer: p, beneficiary: b, quota: quota, rule: rule, policy: policy)
            reasons += existingBindingRefusals(payer: p, beneficiary: b, policy: policy)
        }
        if !same {
            reasons += plausibilityRefusals(payer: payer, beneficiary: beneficiary, relation: relation)
        }
        return reasons
    }

    /// The name to use in a sentence: the person's name, or the masked ID number when unknown.
    func nameForRefusal(_ id: ResidentID) -> String {
        guard let name = persons[id]?.name.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            return id.masked
        }
        return name
    }

    /// Where the two are insured, and the quota that goes with it.
    private func placeRefusals(
        payer p: Person, beneficiary b: Person, quota: Money?, rule: NationalRule, policy: PolicyBook
    ) -> [Refusal] {
        if p.region.sameProvince(as: b.region) {
            var reasons: [Refusal] = []
            if !rule.geography.allows(p.region, b.region) {
                reasons.append(
                    .differentPoolingArea(
                        payer: p.region, beneficiary: b.region,
                        sameProvinceFrom: policy.firstDate(of: .sameProvince, after: date)))
            }
            if quota != nil { reasons.append(.quotaWithinProvince) }
            return reasons
        }
        guard rule.crossProvinceQuota else {
            return [
                .differentProvince(
                    payer: p.region, beneficiary: b.region, quotaFrom: policy.firstCrossProvinceQuotaDate(after: date))
            ]
        }
        let outside = [p.region, b.region].filter { !policy.flags(for: $0, on: date).crossProvinceQuota }
        guard outside.isEmpty else { return outside.map { .regionWithoutCrossProvince($0) } }
        guard let quota else { return [.quotaMissing] }
        guard quota > .zero else { return [.quotaNotPositive(quota)] }
        let available = quotaAvailable(payer: p.id, policy: policy)
        return quota > available ? [.quotaTooLarge(quota: quota, available: available)] : []
    }

    /// What the payer can still set aside as a new cross-province quota on `date`: the shareable balance
    /// (only the prior-years balance where the region says so) minus what is left of quotas already given.
    public func quotaAvailable(payer: ResidentID, policy: PolicyBook) -> Money {
        guard let p = persons[payer], p.hasPersonalAccount else { return .zero }
        let totals = accounts[p.id]
        var shareable = totals?.balance ?? .zero
        if policy.flags(for: p.region, on: date).onlyPriorYearsShareable {
            shareable = Swift.min(shareable, totals?.balanceAtStartOfYear ?? .zero)
        }
        var earmarked = Money.zero
        for binding in bindings where binding.payer == p.id {
            guard case .quota(let q) = binding.form else { continue }
            let used = quotaUsed[QuotaKey(payer: binding.payer, beneficiary: binding.beneficiary)] ?? .zero
            earmarked += Swift.max(.zero, q - used)
        }
        return Swift.max(.zero, shareable - earmarked)
    }

    /// Already bound, or the beneficiary's region cap reached.
    private func existingBindingRefusals(payer p: Person, beneficiary b: Person, policy: PolicyBook) -> [Refusal] {
        if bindings.contains(where: { $0.payer == p.id && $0.beneficiary == b.id }) {
            return [.alreadyBound(payer: nameForRefusal(p.id), beneficiary: nameForRefusal(b.id))]
        }
        if let max = policy.flags(for: b.region, on: date).maxPayersPerBeneficiary,
            bindings.filter({ $0.beneficiary == b.id }).count >= max
        {
            return [.tooManyPayers(beneficiary: nameForRefusal(b.id), max: max)]
        }
        return []
    }

    /// What the ID numbers say about sex and age, against what the relation implies.
    private func plausibilityRefusals(payer: ResidentID, beneficiary: ResidentID, relation: Relationship) -> [Refusal] {
        var reasons: [Refusal] = []
        let name = nameForRefusal(beneficiary)
        if let sex = relation.impliedSex, sex != beneficiary.sex {
            reasons.append(.sexDoesNotMatch(name: name, relation: relation, idSex: beneficiary.sex))
        }
        if let order = relation.impliedAge {
            let b = beneficiary.birthDate
            let p = payer.birthDate
            if b == p {
                reasons.append(.sameBirthDate(name: name, payer: nameForRefusal(payer), relation: relation))
            } else if (order == .older) != (b < p) {
                reasons.append(.ageDoesNotMatch(name: name, payer: nameForRefusal(payer), relation: relation, mustBe: order))
            }
        }
        return reasons
    }
}
