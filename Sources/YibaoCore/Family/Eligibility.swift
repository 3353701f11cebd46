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

        reasons += relationRefusals(relation, policy: policy)

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

    /// The reasons that follow from the relation alone (not a near relative; not yet allowed on `date`):
    /// a form can say them beside the relation even while the ID number is still wrong.
    public func relationRefusals(_ relation: Relationship, policy: PolicyBook) -> [Refusal] {
        guard let kin = relation.kinClass else { return [.notNearRelative(relation)] }
        let rule = policy.nationalRule(on: date)
        guard !rule.nearRelatives.contains(kin) else { return [] }
        let from = policy.firstDate(allowing: kin, after: date)
        return [
            .relationNotYetAllowed(
                relation, date: date, allowed: rule.nearRelatives, allowedFrom: from,
                fromCertainty: from.map { policy.nationalRule(on: $0).basis.certainty } ?? .national)
        ]
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
        var reasons: [Refusal] = []
        if let limits = rule.walletTransfers, quota > limits.perTransfer {
            reasons.append(.walletTransferTooLarge(amount: quota, limits: limits))
        }
        let available = quotaAvailable(payer: p.id, policy: policy)
        if quota > available { reasons.append(.quotaTooLarge(quota: quota, available: available)) }
        return reasons
    }

    /// What the payer can still set aside as a new cross-province quota on `date`: the shareable balance
    /// (only what is left of the prior-years balance where the region says so, as for ordered sharing)
    /// minus what is left of quotas already given.
    public func quotaAvailable(payer: ResidentID, policy: PolicyBook) -> Money {
        guard let p = persons[payer], p.hasPersonalAccount else { return .zero }
        let totals = accounts[p.id]
        var shareable = totals?.balance ?? .zero
        if policy.flags(for: p.region, on: date).onlyPriorYearsShareable {
            shareable = totals?.priorYearsRemaining ?? .zero
        }
        var earmarked = Money.zero
        for binding in bindings where binding.payer == p.id {
            guard case .quota(let q) = binding.form else { continue }
            let used = quotaUsed[QuotaKey(payer: binding.payer, beneficiary: binding.beneficiary)] ?? .zero
            earmarked += Swift.max(.zero, q - used)
        }
        return Swift.max(.zero, shareable - earmarked)
    }

    /// Already bound, or a region's cap reached (payers per beneficiary, beneficiaries per payer, one role).
    private func existingBindingRefusals(payer p: Person, beneficiary b: Person, policy: PolicyBook) -> [Refusal] {
        if bindings.contains(where: { $0.payer == p.id && $0.beneficiary == b.id }) {
            return [.alreadyBound(payer: nameForRefusal(p.id), beneficiary: nameForRefusal(b.id))]
        }
        var reasons: [Refusal] = []
        let payerFlags = policy.flags(for: p.region, on: date)
        let beneficiaryFlags = policy.flags(for: b.region, on: date)
        if let max = beneficiaryFlags.maxPayersPerBeneficiary,
            bindings.filter({ $0.beneficiary == b.id }).count >= max
        {
            reasons.append(.tooManyPayers(beneficiary: nameForRefusal(b.id), max: max))
        }
        if let max = payerFlags.maxBeneficiariesPerPayer, bindings.filter({ $0.payer == p.id }).count >= max {
            reasons.append(.tooManyBeneficiaries(payer: nameForRefusal(p.id), max: max))
        }
        if payerFlags.oneRolePerPerson, bindings.contains(where: { $0.beneficiary == p.id }) {
            reasons.append(.oneRoleOnly(name: nameForRefusal(p.id), already: .beneficiary))
        }
        if beneficiaryFlags.oneRolePerPerson, bindings.contains(where: { $0.payer == b.id }) {
            reasons.append(.oneRoleOnly(name: nameForRefusal(b.id), already: .payer))
        }
        return reasons
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
                // Twins share a birth date: who is the elder cannot be read from the ID numbers, so a
                // brother or sister born the same day is accepted as elder or younger.
                if relation.kinClass != .sibling {
                    reasons.append(.sameBirthDate(name: name, payer: nameForRefusal(payer), relation: relation))
                }
            } else if (order == .older) != (b < p) {
                reasons.append(.ageDoesNotMatch(name: name, payer: nameForRefusal(payer), relation: relation, mustBe: order))
            }
        }
        return reasons
    }
}
