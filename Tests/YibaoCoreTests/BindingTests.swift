import Testing

@testable import YibaoCore

@Suite("Binding and unbinding: the changes, the payer order and the returned quota")
struct BindingTests {
    let policy: PolicyBook
    init() throws { policy = try PolicyFixture.book() }

    @Test("An ordered binding within a province adds the binding and puts the payer in the order")
    func orderedBinding() throws {
        let h = BindingFamily.household("2025-01-01")
        let changes = try h.bind(payer: BindingFamily.payer, beneficiary: BindingFamily.mother, relation: .mother, quota: nil, policy: policy)
        #expect(
            changes == [
                .addBinding(
                    Binding(
                        payer: BindingFamily.payer, beneficiary: BindingFamily.mother, relation: .mother, form: .ordered,
                        since: PolicyTestKit.date("2025-01-01"))),
                .setPayerOrder(PayerOrder(beneficiary: BindingFamily.mother, payers: [BindingFamily.payer])),
            ])
    }

    @Test("A quota binding across provinces in 2026 carries its quota")
    func quotaBinding() throws {
        let h = BindingFamily.household("2026-02-01", balances: [BindingFamily.payer: PolicyTestKit.yuan(5_000)])
        let quota = PolicyTestKit.yuan(1_500)
        let changes = try h.bind(
            payer: BindingFamily.payer, beneficiary: BindingFamily.wenzhouMother, relation: .mother, quota: quota, policy: policy)
        #expect(
            changes.first
                == .addBinding(
                    Binding(
                        payer: BindingFamily.payer, beneficiary: BindingFamily.wenzhouMother, relation: .mother, form: .quota(quota),
                        since: PolicyTestKit.date("2026-02-01"))))
        #expect(changes.last == .setPayerOrder(PayerOrder(beneficiary: BindingFamily.wenzhouMother, payers: [BindingFamily.payer])))
    }

    @Test("A new payer goes after the saved order")
    func appendsToSavedOrder() throws {
        let existing = Binding(
            payer: BindingFamily.father, beneficiary: BindingFamily.mother, relation: .spouse, form: .ordered,
            since: PolicyTestKit.date("2023-01-01"))
        let h = BindingFamily.household("2025-01-01", bindings: [existing], payerOrders: [BindingFamily.mother: [BindingFamily.father]])
        let changes = try h.bind(payer: BindingFamily.payer, beneficiary: BindingFamily.mother, relation: .mother, quota: nil, policy: policy)
        #expect(changes.last == .setPayerOrder(PayerOrder(beneficiary: BindingFamily.mother, payers: [BindingFamily.father, BindingFamily.payer])))
    }

    @Test("Without a saved order, the existing payers keep binding order, oldest first")
    func derivesOrderFromBindings() throws {
        let newer = Binding(
            payer: BindingFamily.father, beneficiary: BindingFamily.daughter, relation: .granddaughter, form: .ordered,
            since: PolicyTestKit.date("2024-12-01"))
        let older = Binding(
            payer: BindingFamily.hangzhouPayer, beneficiary: BindingFamily.daughter, relation: .daughter, form: .ordered,
            since: PolicyTestKit.date("2023-01-01"))
        let h = BindingFamily.household("2025-01-01", bindings: [newer, older])
        let changes = try h.bind(payer: BindingFamily.payer, beneficiary: BindingFamily.daughter, relation: .daughter, quota: nil, policy: policy)
        #expect(
            changes.last
                == .setPayerOrder(
                    PayerOrder(beneficiary: BindingFamily.daughter, payers: [BindingFamily.hangzhouPayer, BindingFamily.father, BindingFamily.payer])))
    }

    @Test("A refused binding throws every reason, and the message lists them all in both languages")
    func refused() {
        let h = BindingFamily.household("2022-06-01")
        #expect(throws: BindingRefused.self) {
            try h.bind(payer: BindingFamily.mother, beneficiary: BindingFamily.motherInLaw, relation: .husbandsMother, quota: nil, policy: policy)
        }
        do {
            _ = try h.bind(
                payer: BindingFamily.mother, beneficiary: BindingFamily.motherInLaw, relation: .husbandsMother, quota: nil, policy: policy)
        } catch {
            #expect(error.reasons == [.payerHasNoAccount(name: "李秀英", scheme: .resident), .notNearRelative(.husbandsMother)])
            #expect(error.message.zh == error.reasons.map(\.message.zh).joined(separator: "\n"))
            #expect(error.message.en.split(separator: "\n").count == 2)
            let asUserFacing: any UserFacingError = error
            #expect(asUserFacing.message.en.contains("Civil Code Art. 1045"))
        }
    }

    @Test("Unbinding an ordered binding removes it and the payer from the order; nothing is returned")
    func unbindOrdered() throws {
        let a = Binding(
            payer: BindingFamily.payer, beneficiary: BindingFamily.mother, relation: .mother, form: .ordered,
            since: PolicyTestKit.date("2023-01-01"))
        let b = Binding(
            payer: BindingFamily.father, beneficiary: BindingFamily.mother, relation: .spouse, form: .ordered,
            since: PolicyTestKit.date("2023-02-01"))
        let h = BindingFamily.household("2025-01-01", bindings: [a, b], payerOrders: [BindingFamily.mother: [BindingFamily.father, BindingFamily.payer]])
        let result = try h.unbind(payer: BindingFamily.payer, beneficiary: BindingFamily.mother)
        #expect(
            result.changes == [
                .removeBinding(payer: BindingFamily.payer, beneficiary: BindingFamily.mother),
                .setPayerOrder(PayerOrder(beneficiary: BindingFamily.mother, payers: [BindingFamily.father])),
            ])
        #expect(result.returnedQuota == .zero)
    }

    @Test("Unbinding a quota returns what the relative has not used")
    func unbindQuota() throws {
        let binding = Binding(
            payer: BindingFamily.shanghaiPayer, beneficiary: BindingFamily.wenzhouMother, relation: .mother,
            form: .quota(PolicyTestKit.yuan(2_000)), since: PolicyTestKit.date("2026-01-10"))
        let key = Household.QuotaKey(payer: BindingFamily.shanghaiPayer, beneficiary: BindingFamily.wenzhouMother)
        let h = BindingFamily.household("2026-02-01", bindings: [binding], quotaUsed: [key: Money(fen: 75_050)])
        let result = try h.unbind(payer: BindingFamily.shanghaiPayer, beneficiary: BindingFamily.wenzhouMother)
        #expect(result.returnedQuota == Money(fen: 124_950))
        #expect(result.changes.last == .setPayerOrder(PayerOrder(beneficiary: BindingFamily.wenzhouMother, payers: [])))

        let spent = BindingFamily.household("2026-02-01", bindings: [binding], quotaUsed: [key: PolicyTestKit.yuan(2_000)])
        #expect(try spent.unbind(payer: BindingFamily.shanghaiPayer, beneficiary: BindingFamily.wenzhouMother).returnedQuota == .zero)
    }

    @Test("Unbinding what is not bound is refused in words")
    func unbindNothing() {
        let h = BindingFamily.household("2025-01-01")
        do {
            _ = try h.unbind(payer: BindingFamily.payer, beneficiary: BindingFamily.mother)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.reasons == [.notBound(payer: "张伟", beneficiary: "李秀英")])
            #expect(error.message.zh == "张伟没有在为李秀英共济，没有可以解除的绑定。请核对选的两个人。")
            #expect(error.message.en.hasPrefix("张伟 does not pay for 李秀英"))
        }
    }

    @Test("Binding then unbinding, applied by hand, leaves the household as it was")
    func roundTrip() throws {
        var h = BindingFamily.household("2025-01-01")
        for change in try h.bind(payer: BindingFamily.payer, beneficiary: BindingFamily.mother, relation: .mother, quota: nil, policy: policy) {
            switch change {
            case .addBinding(let b): h.bindings.append(b)
            case .setPayerOrder(let o): h.payerOrders[o.beneficiary] = o.payers
            default: Issue.record("unexpected change \(change)")
            }
        }
        #expect(h.bindings.count == 1)
        let again = h.bindingRefusals(payer: BindingFamily.payer, beneficiary: BindingFamily.mother, relation: .mother, quota: nil, policy: policy)
        #expect(again == [.alreadyBound(payer: "张伟", beneficiary: "李秀英")])
        let result = try h.unbind(payer: BindingFamily.payer, beneficiary: BindingFamily.mother)
        #expect(result.changes.contains(.setPayerOrder(PayerOrder(beneficiary: BindingFamily.mother, payers: []))))
    }
}
