import YibaoCore

/// The data of one signed-in kiosk person: every snapshot is scoped to them as the owner, the only
/// ledger read is their own, and only changes that are theirs to make are carried out (anything else
/// is refused in words). The language is never remembered: the next person starts afresh.
public struct ScopedDataSource<Base: AppDataSource>: AppDataSource {
    public let base: Base
    public let person: ResidentID

    public init(base: Base, person: ResidentID) {
        self.base = base
        self.person = person
    }

    public func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        try base.snapshot(asOf: date).scoped(to: person)
    }

    public func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] {
        guard account == person else { return [] }
        return try base.ledger(of: account, offset: offset, limit: limit)
    }

    public func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        guard isAllowed(request) else { throw KioskScopeRefusal.notHere }
        if let added = request.addedPerson, try base.snapshot(asOf: date).household.persons[added.id] != nil {
            // Someone already in the store but not bound to this person: the model's refusal would name
            // them, and binding a stranger by typing their ID is not for a kiosk.
            throw KioskScopeRefusal.registeredHere
        }
        do {
            return try base.apply(request, asOf: date)
        } catch {
            // Every refusal passes the kiosk's one masking rule before it can be shown: the model words
            // it for the whole household, with full names.
            var people = Array(((try? base.snapshot(asOf: date))?.household.persons ?? [:]).values)
            if let added = request.addedPerson { people.append(added) }
            throw KioskMaskedRefusal(
                message: NameMasking.maskingNames(in: describe(error), of: people, except: person))
        }
    }

    public func rememberLanguage(_ language: Language) {}

    /// The whole store's mark: a change anywhere may change what this person sees (a payer's funds).
    public func changeMark() -> Int64? { base.changeMark() }

    /// The whole store's watch, as `changeMark`.
    public func watchStore() -> StoreWatch { base.watchStore() }

    /// Changes a signed-in person may make at the kiosk: add a relative (never an owner), bind or
    /// unbind where they are one side, and their own payer order (their payers are all theirs to see).
    public func isAllowed(_ request: ChangeRequest) -> Bool {
        switch request {
        case .addPerson(let added, _): return !added.isOwner && added.id != person
        case .addRelative(let added, _, let payer, _, _):
            return payer == person && !added.isOwner && added.id != person
        case .bind(let payer, let beneficiary, _, _), .unbind(let payer, let beneficiary):
            return payer == person || beneficiary == person
        case .setPayerOrder(let beneficiary, _, _): return beneficiary == person
        case .createDemo: return false
        // Life changes are made at home, not at a kiosk; an estimated credit only to one's own account.
        case .editPerson, .recordDeath, .payPremium, .recordBalance: return false
        case .creditEstimated(let who), .creditEstimatedMonths(let who, _): return who == person
        // A kiosk records as of today only.
        case .dated: return false
        }
    }
}

extension ChangeRequest {
    /// The person a request adds to the store, if it adds one.
    fileprivate var addedPerson: Person? {
        switch self {
        case .addPerson(let added, _), .addRelative(let added, _, _, _, _): return added
        default: return nil
        }
    }
}

/// A refusal from the store or the model, its words masked for a public screen
/// (`NameMasking.maskingNames(in:of:except:)`).
public struct KioskMaskedRefusal: UserFacingError, Equatable {
    public var message: LocalizedText
}

/// A change the kiosk does not carry out for the signed-in person.
public enum KioskScopeRefusal: UserFacingError, Equatable {
    /// Not the signed-in person's change to make.
    case notHere
    /// The relative to add is already in the store (and not bound to the signed-in person).
    case registeredHere

    public var message: LocalizedText {
        switch self {
        case .notHere: return KioskWords.notAllowed
        case .registeredHere: return KioskWords.registeredHere
        }
    }
}
