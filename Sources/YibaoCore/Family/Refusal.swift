/// One reason a family mutual-aid binding (or unbinding) cannot be made. `message` says what is wrong
/// and what to do instead, in both languages (see `Refusal+Message.swift`).
public enum Refusal: Hashable, Sendable {
    /// Nobody with this ID number has been added yet.
    case unknownPerson(ResidentID, role: Role)
    /// Payer and beneficiary are the same person.
    case samePerson(name: String)
    /// The payer has no employee personal account (resident insurance or not enrolled).
    case payerHasNoAccount(name: String, scheme: Scheme)
    /// The relation is not one of the near relatives of Civil Code Art. 1045.
    case notNearRelative(Relationship)
    /// The relation is a near relative, but the national rule on `date` did not include it yet.
    /// `fromCertainty`: how sure the data is of `allowedFrom` (a `common` national deadline is said so).
    case relationNotYetAllowed(
        Relationship, date: CivilDate, allowed: Set<KinClass>, allowedFrom: CivilDate?,
        fromCertainty: Certainty = .national)
    /// The beneficiary is not enrolled in basic medical insurance.
    case beneficiaryNotEnrolled(name: String)
    /// Before the province-wide step: both must be insured in the same pooling area (city).
    case differentPoolingArea(payer: RegionCode, beneficiary: RegionCode, sameProvinceFrom: CivilDate?)
    /// Different provinces before cross-province quotas existed.
    case differentProvince(payer: RegionCode, beneficiary: RegionCode, quotaFrom: CivilDate?)
    /// A region that does not (yet) take part in cross-province quotas.
    case regionWithoutCrossProvince(RegionCode)
    /// Across provinces a quota must be given.
    case quotaMissing
    /// A quota of zero or less.
    case quotaNotPositive(Money)
    /// A quota larger than what the payer can still earmark.
    case quotaTooLarge(quota: Money, available: Money)
    /// A quota for a binding within one province, where the ordered form applies.
    case quotaWithinProvince
    /// The payer already pays for this beneficiary.
    case alreadyBound(payer: String, beneficiary: String)
    /// The beneficiary's region allows at most `max` payers, and they have that many.
    case tooManyPayers(beneficiary: String, max: Int)
    /// The payer's region allows at most `max` beneficiaries per payer, and the payer has that many.
    case tooManyBeneficiaries(payer: String, max: Int)
    /// The region lets a person be either a payer or a beneficiary, and `name` already is the other (`already`).
    case oneRoleOnly(name: String, already: Role)
    /// In the 2025 wallet period an amount moved into a relative's wallet is one transfer, within `limits`.
    case walletTransferTooLarge(amount: Money, limits: WalletLimits)
    /// The relation implies a sex the beneficiary's ID number does not have.
    case sexDoesNotMatch(name: String, relation: Relationship, idSex: ResidentID.Sex)
    /// The relation implies the beneficiary is older (or younger) than the payer, but the birth dates
    /// say otherwise.
    case ageDoesNotMatch(name: String, payer: String, relation: Relationship, mustBe: Relationship.AgeOrder)
    /// Payer and beneficiary have the same birth date, but the relation implies an age difference.
    case sameBirthDate(name: String, payer: String, relation: Relationship)
    /// There is no such binding to end.
    case notBound(payer: String, beneficiary: String)
    /// The person's death is recorded: they can no longer be bound.
    case personDied(name: String, on: CivilDate)

    /// Which side of a binding a person is on.
    public enum Role: Hashable, Sendable {
        case payer, beneficiary
    }
}

/// A binding or unbinding that was refused, with every reason.
public struct BindingRefused: UserFacingError, Hashable {
    public var reasons: [Refusal]

    public init(reasons: [Refusal]) { self.reasons = reasons }

    /// Every reason, one per line.
    public var message: LocalizedText {
        LocalizedText(
            zh: reasons.map(\.message.zh).joined(separator: "\n"),
            en: reasons.map(\.message.en).joined(separator: "\n"))
    }
}
