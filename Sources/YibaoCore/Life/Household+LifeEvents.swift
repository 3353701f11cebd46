extension Household {
    /// The range a monthly contribution base (缴费基数) must fall in to be taken as typed.
    public static let plausibleBase = Money(fen: 10_000)...Money(fen: 10_000_000)

    /// Corrects or records a change to a person's record, as of this household's date: a new name,
    /// scheme, region, retirement or contribution base. A region change to another pooling area, or a
    /// scheme change that ends the insurance (`none`), ends every binding the person is in, as payer or
    /// as beneficiary; a payer leaving employee insurance ends the bindings they pay for. Unused quotas
    /// return to their payers. Each changed part is kept as a dated `PersonEvent`.
    ///
    /// Refuses an unknown person, a person whose death is recorded, an empty or over-long name, an
    /// implausible base, a retirement before birth or after `today`, and an edit that changes nothing.
    public func editPerson(
        _ id: ResidentID, _ edit: PersonEdit, pooling: PoolingAreas, today: CivilDate
    ) throws(LifeEventError) -> LifeEventResult {
        guard let person = persons[id] else { throw .unknownPerson(masked: id.masked) }
        if let died = person.diedOn { throw .personDied(name: person.name, on: died) }
        var after = person
        if let name = edit.name {
            let trimmed = Household.trimmed(name)
            guard !trimmed.isEmpty else { throw .emptyName }
            guard trimmed.count <= Household.maximumNameLength else { throw .nameTooLong(count: trimmed.count) }
            after.name = trimmed
        }
        if let scheme = edit.scheme { after.scheme = scheme }
        if let region = edit.region { after.region = region }
        if let retired = edit.retiredOn {
            if let day = retired {
                if day < id.birthDate { throw .beforeBirth(name: person.name, date: day, birth: id.birthDate) }
                if day > today { throw .afterToday(date: day, today: today) }
            }
            after.retiredOn = retired
        }
        if let base = edit.contributionBase {
            guard Household.plausibleBase.contains(base) else { throw .implausibleBase(base) }
            after.contributionBase = base
        }
        guard after != person else { throw .nothingToChange(name: person.name) }

        let events = Household.events(from: person, to: after, on: date)
        var ending: [(Binding, BindingEnd.Reason)] = []
        for binding in bindings where binding.payer == id || binding.beneficiary == id {
            if person.scheme.isEnrolled, !after.scheme.isEnrolled {
                ending.append((binding, .insuranceStopped))
            } else if !pooling.samePoolingArea(person.region, after.region) {
                ending.append((binding, .moved))
            } else if binding.payer == id, person.hasPersonalAccount, !after.hasPersonalAccount {
                ending.append((binding, .accountEnded))
            }
        }
        let ended = endBindings(ending)
        return LifeEventResult(
            changes: [.updatePerson(after)] + events.map(Change.recordPersonEvent) + ended.changes,
            ended: ended.records)
    }

    /// Records a death on this household's date: every binding the person is in ends, unused quotas
    /// return to their payers; the balance stays (for the heirs). Refuses a date before birth or after
    /// `today`, and a death already recorded.
    public func recordDeath(_ id: ResidentID, today: CivilDate) throws(LifeEventError) -> LifeEventResult {
        guard let person = persons[id] else { throw .unknownPerson(masked: id.masked) }
        if let died = person.diedOn { throw .personDied(name: person.name, on: died) }
        if date < id.birthDate { throw .beforeBirth(name: person.name, date: date, birth: id.birthDate) }
        if date > today { throw .afterToday(date: date, today: today) }
        var after = person
        after.diedOn = date
        let ending = bindings.filter { $0.payer == id || $0.beneficiary == id }.map { ($0, BindingEnd.Reason.died) }
        let ended = endBindings(ending)
        let event = PersonEvent(person: id, date: date, kind: .died, field: .diedOn, oldValue: nil, newValue: date.iso)
        return LifeEventResult(
            changes: [.updatePerson(after), .recordPersonEvent(event)] + ended.changes, ended: ended.records)
    }

    /// The changes that end `ending` one after another (each beneficiary's payer order losing the payer)
    /// and the records of what ended, with the unused quota of each.
    private func endBindings(
        _ ending: [(Binding, BindingEnd.Reason)]
    ) -> (changes: [Change], records: [BindingEnd]) {
        var household = self
        var changes: [Change] = []
        var records: [BindingEnd] = []
        for (binding, reason) in ending {
            guard let result = try? household.unbind(payer: binding.payer, beneficiary: binding.beneficiary) else {
                continue
            }
            let record = BindingEnd(binding: binding, endedOn: date, reason: reason, quotaReturned: result.returnedQuota)
            changes += result.changes + [.recordBindingEnd(record)]
            records.append(record)
            household.bindings.removeAll { $0.payer == binding.payer && $0.beneficiary == binding.beneficiary }
            for case .setPayerOrder(let order) in result.changes {
                household.payerOrders[order.beneficiary] = order.payers
            }
        }
        return (changes, records)
    }

    /// One event per part that differs between `before` and `after`.
    static func events(from before: Person, to after: Person, on date: CivilDate) -> [PersonEvent] {
        func event(_ field: PersonEvent.Field, _ old: String?, _ new: String?) -> PersonEvent? {
            old == new ? nil : PersonEvent(person: before.id, date: date, kind: .edit, field: field, oldValue: old, newValue: new)
        }
        return [
            event(.name, before.name, after.name),
            event(.scheme, before.scheme.rawValue, after.scheme.rawValue),
            event(.region, before.region.code, after.region.code),
            event(.retiredOn, before.retiredOn?.iso, after.retiredOn?.iso),
            event(.contributionBase, before.contributionBase.map { String($0.fen) }, after.contributionBase.map { String($0.fen) }),
        ].compactMap { $0 }
    }

    static func trimmed(_ name: String) -> String {
        var s = Substring(name)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
