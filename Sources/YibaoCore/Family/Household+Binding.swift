extension Household {
    /// Starts a binding on `date`: the payer's account may pay for the beneficiary, in the ordered form
    /// within a province or with `quota` across provinces. Returns the binding and the beneficiary's payer
    /// order with the payer added last; throws every reason it cannot be made.
    public func bind(
        payer: ResidentID, beneficiary: ResidentID, relation: Relationship, quota: Money?, policy: PolicyBook
    ) throws(BindingRefused) -> [Change] {
        let reasons = bindingRefusals(
            payer: payer, beneficiary: beneficiary, relation: relation, quota: quota, policy: policy)
        guard reasons.isEmpty else { throw BindingRefused(reasons: reasons) }
        let binding = Binding(
            payer: payer, beneficiary: beneficiary, relation: relation, form: quota.map { .quota($0) } ?? .ordered,
            since: date)
        var order = orderOfPayers(for: beneficiary)
        if !order.contains(payer) { order.append(payer) }
        return [.addBinding(binding), .setPayerOrder(PayerOrder(beneficiary: beneficiary, payers: order))]
    }

    /// Ends a binding: removes it and takes the payer out of the beneficiary's payer order. For a quota
    /// binding, `returnedQuota` is the part the beneficiary has not used, which is the payer's again.
    public func unbind(
        payer: ResidentID, beneficiary: ResidentID
    ) throws(BindingRefused) -> (changes: [Change], returnedQuota: Money) {
        guard let binding = bindings.first(where: { $0.payer == payer && $0.beneficiary == beneficiary }) else {
            throw BindingRefused(reasons: [.notBound(payer: nameForRefusal(payer), beneficiary: nameForRefusal(beneficiary))])
        }
        var returned = Money.zero
        if case .quota(let q) = binding.form {
            let used = quotaUsed[QuotaKey(payer: payer, beneficiary: beneficiary)] ?? .zero
            returned = Swift.max(.zero, q - used)
        }
        let order = orderOfPayers(for: beneficiary).filter { $0 != payer }
        return (
            [
                .removeBinding(payer: payer, beneficiary: beneficiary),
                .setPayerOrder(PayerOrder(beneficiary: beneficiary, payers: order)),
            ],
            returned
        )
    }

    /// Ends a binding because one of them asked (the app's X, `yibao relatives remove`): `unbind`, and the
    /// ended binding kept, dated this household's day, as one that ended by itself is (`BindingEnd`), so
    /// the relative's entry can say when and why.
    public func unbindOnRequest(
        payer: ResidentID, beneficiary: ResidentID
    ) throws(BindingRefused) -> (changes: [Change], returnedQuota: Money) {
        let result = try unbind(payer: payer, beneficiary: beneficiary)
        guard let binding = bindings.first(where: { $0.payer == payer && $0.beneficiary == beneficiary }) else {
            return result
        }
        let end = BindingEnd(binding: binding, endedOn: date, reason: .unbound, quotaReturned: result.returnedQuota)
        return (result.changes + [.recordBindingEnd(end)], result.returnedQuota)
    }

    /// The saved payer order, or, when none is saved, the payers in binding order (oldest first).
    private func orderOfPayers(for beneficiary: ResidentID) -> [ResidentID] {
        if let saved = payerOrders[beneficiary] { return saved }
        return bindings.enumerated()
            .filter { $0.element.beneficiary == beneficiary }
            .sorted { ($0.element.since, $0.offset) < ($1.element.since, $1.offset) }
            .map(\.element.payer)
    }
}
