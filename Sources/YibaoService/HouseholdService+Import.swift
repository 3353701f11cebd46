import YibaoCore
import YibaoStore

/// Bringing an export (`yibao export`) into a new or empty store: every row is checked as the change
/// that made it would have been, then the store loads the whole export in one transaction
/// (`Store.importExport`), so it is brought in whole or not at all.
extension HouseholdService {
    /// Checks `export` row by row and loads it; throws the first row that cannot be accepted
    /// (`StoreImportRefusal.invalidRow`, naming it as `persons[2]`, `ledger[15]` …), a store that is
    /// not empty (`StoreImportRefusal.notEmpty`) or a store failure. Nothing is written unless all is.
    public func importExport(_ export: StoreExport) throws {
        try validate(export)
        try store.importExport(export)
    }

    /// The checks of `importExport`, without writing.
    public func validate(_ export: StoreExport) throws {
        guard export.format == "yibao-store", (1...Store.formatVersion).contains(export.schemaVersion) else {
            throw StoreImportRefusal.wrongFormat(found: export.format, version: export.schemaVersion)
        }
        let policy = try policy()
        let today = today()
        var household = Household(date: today)
        func refuse(_ row: String, _ error: any UserFacingError) -> StoreImportRefusal {
            .invalidRow(row: row, reason: error.message)
        }
        func refuse(_ row: String, zh: String, en: String) -> StoreImportRefusal {
            .invalidRow(row: row, reason: LocalizedText(zh: zh, en: en))
        }
        for (index, person) in export.persons.enumerated() {
            let row = "persons[\(index)]"
            do {
                for change in try household.addPerson(person) {
                    guard case .addPerson(let added) = change else { continue }
                    guard added == person else {
                        throw refuse(row, zh: "姓名前后有空格。", en: "the name has spaces around it.")
                    }
                    household.persons[added.id] = added
                }
            } catch let error as StoreImportRefusal {
                throw error
            } catch let error as any UserFacingError {
                throw refuse(row, error)
            }
        }
        for (index, id) in (export.pending ?? []).enumerated() {
            guard household.persons[id] != nil else {
                throw refuse("pending[\(index)]", zh: "此人不在导出文件的人员中。", en: "this person is not one of the people in the export.")
            }
            household.pending.insert(id)
        }
        for (index, binding) in export.bindings.enumerated() {
            let row = "bindings[\(index)]"
            guard binding.since <= today else {
                throw refuse(row, zh: "开始日期在今天之后。", en: "it starts after today.")
            }
            var then = household
            then.date = binding.since
            let quota: Money? = if case .quota(let amount) = binding.form { amount } else { nil }
            do {
                try then.refuseIfPending(binding.payer)
                _ = try then.bind(
                    payer: binding.payer, beneficiary: binding.beneficiary, relation: binding.relation, quota: quota,
                    policy: policy)
            } catch let error as any UserFacingError {
                throw refuse(row, error)
            }
            household.bindings.append(binding)
        }
        var ordered: Set<ResidentID> = []
        for (index, order) in export.payerOrders.enumerated() {
            let row = "payerOrders[\(index)]"
            guard ordered.insert(order.beneficiary).inserted else {
                throw refuse(row, zh: "同一人的扣款顺序出现了两次。", en: "the same person's payer order appears twice.")
            }
            do {
                _ = try household.setPayerOrder(beneficiary: order.beneficiary, order: order.payers)
            } catch {
                throw refuse(row, error)
            }
            household.payerOrders[order.beneficiary] = order.payers
        }
        var eventIDs: Set<Int64> = []
        for (index, event) in export.personEvents.enumerated() {
            guard event.id > 0, eventIDs.insert(event.id).inserted, household.persons[event.person] != nil,
                event.date <= today
            else {
                throw refuse(
                    "personEvents[\(index)]", zh: "编号重复、人员不在导出文件中，或日期在今天之后。",
                    en: "its number is repeated, its person is not in the export, or it is dated after today.")
            }
        }
        for (index, end) in export.bindingEnds.enumerated() {
            guard household.persons[end.binding.payer] != nil, household.persons[end.binding.beneficiary] != nil,
                end.endedOn <= today, end.binding.since <= end.endedOn
            else {
                throw refuse(
                    "bindingEnds[\(index)]", zh: "人员不在导出文件中，或日期不对。",
                    en: "its people are not in the export, or its dates are wrong.")
            }
        }
        var lineIDs: Set<Int64> = []
        for (index, line) in export.ledger.enumerated() {
            let row = "ledger[\(index)]"
            guard line.id > 0, lineIDs.insert(line.id).inserted else {
                throw refuse(row, zh: "编号重复或无效。", en: "its number is repeated or not valid.")
            }
            guard household.persons[line.account] != nil else {
                throw refuse(row, zh: "账户不在导出文件的人员中。", en: "its account is not one of the people in the export.")
            }
            if let other = line.counterparty, household.persons[other] == nil {
                throw refuse(row, zh: "对方不在导出文件的人员中。", en: "its other party is not one of the people in the export.")
            }
            guard line.amount != .zero, line.amount <= Money.maximum, Money.zero - line.amount <= Money.maximum else {
                throw refuse(row, zh: "金额为零或过大。", en: "its amount is zero or too large.")
            }
            guard line.date <= today else {
                throw refuse(row, zh: "日期在今天之后。", en: "it is dated after today.")
            }
        }
        var auditIDs: Set<Int64> = []
        for (index, entry) in export.audit.enumerated() {
            let row = "audit[\(index)]"
            guard entry.id > 0, auditIDs.insert(entry.id).inserted, !entry.action.isEmpty, entry.at.count >= 10 else {
                throw refuse(row, zh: "编号、时间或动作无效。", en: "its number, time or action is not valid.")
            }
        }
    }
}
