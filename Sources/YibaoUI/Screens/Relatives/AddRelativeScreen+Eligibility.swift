import ScreenKit
import YibaoCore

/// The rules' reasons gathered with the form's own problems, so one press of "Check and save" tells
/// everything: with a valid ID number the model's every reason; while the number is still wrong, the
/// reasons that follow from the relation and the insurance alone (an in-law is refused at once).
extension AddRelativeScreen {
    /// True while a visible field has a problem.
    var hasProblems: Bool { form.fields.contains { $0.isVisible && $0.error != nil } }

    func eligibilityReasons(
        draft: AddRelativeDraft?, owner: ResidentID, household: Household, context: ScreenContext
    ) -> [Refusal] {
        let policy = context.environment.policy
        let relation = chosenRelation
        // With a usable ID number the whole check runs, whatever else still needs changing (a name
        // missing does not hide that the relation can never be bound).
        if let id = typedID(context), let relation, let region = chosenRegion(context) {
            var preview = household
            let person =
                draft?.person ?? existingPerson(context)
                ?? Person(id: id, name: form.text(AddRelativeForm.name), scheme: chosenScheme, region: region)
            if preview.persons[id] == nil { preview.persons[id] = person }
            let quotaVisible = form.field(AddRelativeForm.quota)?.isVisible == true
            let quota = draft?.quota ?? (quotaVisible ? try? Money.parse(form.text(AddRelativeForm.quota)) : nil)
            // A quota still unparseable is the field's own problem; do not repeat it as "missing".
            return preview.bindingRefusals(payer: owner, beneficiary: id, relation: relation, quota: quota, policy: policy)
                .filter { !(quotaVisible && form.field(AddRelativeForm.quota)?.error != nil && $0.isAboutQuota) }
        }
        var reasons: [Refusal] = []
        if let relation { reasons += household.relationRefusals(relation, policy: policy) }
        if existingPerson(context) == nil, chosenScheme == .none,
            policy.nationalRule(on: household.date).beneficiaryMustBeEnrolled
        {
            let name = form.text(AddRelativeForm.name)
            reasons.append(.beneficiaryNotEnrolled(name: name.isEmpty ? context.text(.init(zh: "这位家人", en: "this relative")) : name))
        }
        return reasons
    }

    /// The relation chosen, if any.
    var chosenRelation: Relationship? {
        let index = form.choice(AddRelativeForm.relation) - 1
        return AddRelativeForm.relations.indices.contains(index) ? AddRelativeForm.relations[index] : nil
    }

    /// Puts each reason beside the field it is about (a field's own problem stays first), so the marks
    /// and the first focus show where to change things.
    mutating func markReasons(_ reasons: [Refusal]) {
        for reason in reasons {
            // The owner's own account is not a field of this form: the box says that one.
            guard var id = reason.formField else { continue }
            if form.field(id)?.isVisible != true { id = AddRelativeForm.id }
            let existing = form.field(id)?.error
            let message = reason.message
            form.setError(
                id, existing.map { .init(zh: $0.zh + message.zh, en: $0.en + " " + message.en) } ?? message)
        }
    }
}

extension Refusal {
    /// The field of the add-a-relative form a reason is about (nil: about the owner, not the form).
    var formField: String? {
        switch self {
        case .notNearRelative, .relationNotYetAllowed, .sexDoesNotMatch, .ageDoesNotMatch, .sameBirthDate:
            return AddRelativeForm.relation
        case .beneficiaryNotEnrolled: return AddRelativeForm.scheme
        case .differentPoolingArea, .differentProvince, .regionWithoutCrossProvince: return AddRelativeForm.region
        case .quotaMissing, .quotaNotPositive, .quotaTooLarge, .quotaWithinProvince, .walletTransferTooLarge:
            return AddRelativeForm.quota
        case .unknownPerson, .samePerson, .alreadyBound, .tooManyPayers, .notBound, .personDied, .oneRoleOnly:
            return AddRelativeForm.id
        case .tooManyBeneficiaries: return nil
        case .payerHasNoAccount: return nil
        }
    }

    var isAboutQuota: Bool { formField == AddRelativeForm.quota }
}

