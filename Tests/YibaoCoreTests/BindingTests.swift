import Testing

@testable import YibaoCore

@Suite("Binding and unbinding: the changes, the payer order and the returned quota")
struct BindingTests {
    let policy: PolicyBook
    init() throws { policy = try PolicyFixture.book() }

    @Test("An ordered binding within a province adds the binding and puts the payer in the order")
    func orderedBinding() throws {
        let h = Family.household("2025-01-01")
        let changes = try h.bind(payer: Family.payer, beneficiary: Family.mother, relation: .mother, quota: nil, policy: policy)
        #expect(
            changes == [
                .addBinding(
                    Binding(
                        payer: Family.payer, beneficiary: Family.mother, relation: .mother, form: .ordered,
                        since: TestPeople.date("2025-01-01"))),
                .setPayerOrder(PayerOrder(beneficiary: Family.mother, payers: [Family.payer])),
            ])
    }

    @Test("A quota binding across provinces in 2026 carries its quota")
    func quotaBinding() throws {
        let h = Family.household("2026-02-01", balances: [Family.payer: TestPeople.yuan(5_000)])
        let quota = TestPeople.yuan(1_500)
        let changes = try h.bind(
            payer: Family.payer, beneficiary: Family.wenzhouMother, relation: .mother, quota: quota, policy: policy)
        #expect(
            changes.first
                == .addBinding(
                    Binding(
                        payer: Family.payer, beneficiary: Family.wenzhouMother, relation: .mother, form: .quota(quota),
                        since: TestPeople.date("2026-02-01"))))
        #expect(changes.last == .setPayerOrder(PayerOrder(beneficiary: Family.wenzhouMother, payers: [Family.payer])))
    }

    @Test("A new payer goes after the saved order")
    func appendsToSavedOrder() throws {
        let existing = Binding(
            payer: Family.father, beneficiary: Family.mother, relation: .spouse, form: .ordered,
            since: TestPeople.date("2023-01-01"))
        let h = Family.household("2025-01-01", bindings: [existing], payerOrders: [Family.mother: [Family.father]])
        let changes = try h.bind(payer: Family.payer, beneficiary: Family.mother, relation: .mother, quota: nil, policy: policy)
        #expect(changes.last == .setPayerOrder(PayerOrder(beneficiary: Family.mother, payers: [Family.father, Family.payer])))
    }

    @Test("Without a saved order, the existing payers keep binding order, oldest first")
    func derivesOrderFromBindings() throws {
        let newer = Binding(
            payer: Family.father, beneficiary: Family.daughter, relation: .granddaughter, form: .ordered,
            since: TestPeople.date("2024-12-01"))
        let older = Binding(
            payer: Family.hangzhouPayer, beneficiary: Family.daughter, relation: .daughter, form: .ordered,
            since: TestPeople.date("2023-01-01"))
        let h = Family.household("2025-01-01", bindings: [newer, older])
        let changes = try h.bind(payer: Family.payer, beneficiary: Family.daughter, relation: .daughter, quota: nil, policy: policy)
        #expect(
            changes.last
                == .setPayerOrder(
                    PayerOrder(beneficiary: Family.daughter, payers: [Family.hangzhouPayer, Family.father, Family.payer])))
    }

    @Test("A refused binding throws every reason, and the message lists them all in both languages")
    func refused() {
        let h = Family.household("2022-06-01")
        #expect(throws: BindingRefused.self) {
            try h.bind(payer: Family.mother, beneficiary: Family.motherInLaw, relation: .husbandsMother, quota: nil, policy: policy)
        }
        do {
            _ = try h.bind(
                payer: Family.mother, beneficiary: Family.motherInLaw, relation: .husbandsMother, quota: nil, policy: policy)
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
            payer: Family.payer, beneficiary: Family.mother, relation: .mother, form: .ordered,
            since: TestPeople.date("2023-01-01"))
        let b = Binding(
            payer: Family.father, beneficiary: Family.mother, relation: .spouse, form: .ordered,
            since: TestPeople.date("2023-02-01"))
        let h = Family.household("2025-01-01", bindings: [a, b], payerOrders: [Family.mother: [Family.father, Family.payer]])
        let result = try h.unbind(payer: Family.payer, beneficiary: Family.mother)
        #expect(
            result.changes == [
                .removeBinding(payer: Family.payer, beneficiary: Family.mother),
                .setPayerOrder(PayerOrder(beneficiary: Family.mother, payers: [Family.father])),
            ])
        #expect(result.returnedQuota == .zero)
    }

    @Test("Unbinding a quota returns what the relative has not used")
    func unbindQuota() throws {
        let binding = Binding(
            payer: Family.shanghaiPayer, beneficiary: Family.wenzhouMother, relation: .mother,
            form: .quota(TestPeople.yuan(2_000)), since: TestPeople.date("2026-01-10"))
        let key = Household.QuotaKey(payer: Family.shanghaiPayer, beneficiary: Family.wenzhouMother)
        let h = Family.household("2026-02-01", bindings: [binding], quotaUsed: [key: Money(fen: 75_050)])
        let result = try h.unbind(payer: Family.shanghaiPayer, beneficiary: Family.wenzhouMother)
        #expect(result.returnedQuota == Money(fen: 124_950))
        #expect(result.changes.last == .setPayerOrder(PayerOrder(beneficiary: Family.wenzhouMother, payers: [])))

        let spent = Family.household("2026-02-01", bindings: [binding], quotaUsed: [key: TestPeople.yuan(2_000)])
        #expect(try spent.unbind(payer: Family.shanghaiPayer, beneficiary: Family.wenzhouMother).returnedQuota == .zero)
    }

    @Test("Unbinding what is not bound is refused in words")
    func unbindNothing() {
        let h = Family.household("2025-01-01")
        do {
            _ = try h.unbind(payer: Family.payer, beneficiary: Family.mother)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.reasons == [.notBound(payer: "张伟", beneficiary: "李秀英")])
            #expect(error.message.zh == "张伟没有在为李秀英共济，没有可以解除的绑定。请核对选的两个人。")
            #expect(error.message.en.hasPrefix("张伟 does not pay for 李秀英"))
        }
    }

    @Test("Binding then unbinding, applied by hand, leaves the household as it was")
    func roundTrip() throws {
        var h = Family.household("2025-01-01")
        for change in try h.bind(payer: Family.payer, beneficiary: Family.mother, relation: .mother, quota: nil, policy: policy) {
            switch change {
            case .addBinding(let b): h.bindings.append(b)
            case .setPayerOrder(let o): h.payerOrders[o.beneficiary] = o.payers
            default: Issue.record("unexpected change \(change)")
            }
        }
        #expect(h.bindings.count == 1)
        let again = h.bindingRefusals(payer: Family.payer, beneficiary: Family.mother, relation: .mother, quota: nil, policy: policy)
        #expect(again == [.alreadyBound(payer: "张伟", beneficiary: "李秀英")])
        let result = try h.unbind(payer: Family.payer, beneficiary: Family.mother)
        #expect(result.changes.contains(.setPayerOrder(PayerOrder(beneficiary: Family.mother, payers: []))))
    }
}
