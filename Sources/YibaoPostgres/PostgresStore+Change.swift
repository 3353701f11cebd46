import Foundation
import PostgresNIO
import YibaoCore
import YibaoStore

/// Changes, as the SQLite store makes them (Store+Change.swift): decided by the model inside one write
/// transaction that holds the fleet's write lock, written with one audit row, all or nothing.
extension PostgresStore {
    @discardableResult
    public func changeInSteps(
        asOf date: CivilDate, today: CivilDate?, years: InsuranceYears, action: AuditAction, summary: String,
        _ body: (ChangeSteps) throws -> Void
    ) throws -> [Change] {
        if let today, date > today { throw DatedChangeRefusal.future(date: date, today: today) }
        return try write { session in
            let steps = ChangeSteps(
                engine: PostgresStepEngine(session: session), date: date, today: today, years: years)
            do {
                try body(steps)
            } catch let failure as DecisionFailure {
                throw failure
            } catch let error as StoreError {
                throw error
            } catch let refusal as any UserFacingError {
                throw DecisionFailure(error: refusal)
            }
            guard !steps.saved.isEmpty else { return [] }
            try Self.recordAudit(
                session, at: Timestamp.iso(now()), action: action.rawValue, summary: summary,
                detail: ChangeRecord.json(steps.saved), isChange: true)
            return steps.saved
        }
    }

    static func recordAudit(
        _ session: PostgresSession, at: String, action: String, summary: String, detail: String, isChange: Bool
    ) throws {
        try session.run(
            "INSERT INTO audit (at, action, summary, detail) VALUES (\(at), \(action), \(summary), \(detail))")
        if isChange {
            try session.run(
                """
                INSERT INTO meta (key, value) VALUES ('last_change', \(at))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """)
        }
    }

    static func apply(_ change: Change, _ session: PostgresSession) throws -> Change {
        switch change {
        case .addPerson(let person):
            try session.run(
                """
                INSERT INTO persons (id, name, scheme, region, is_owner, died_on, retired_on, contribution_base_fen)
                VALUES (\(person.id.value), \(person.name), \(person.scheme.rawValue), \(person.region.code),
                        \(person.isOwner), \(person.diedOn?.iso), \(person.retiredOn?.iso), \(person.contributionBase?.fen))
                """)
        case .updatePerson(let person):
            let changed = try session.run(
                """
                UPDATE persons SET name = \(person.name), scheme = \(person.scheme.rawValue),
                region = \(person.region.code), is_owner = \(person.isOwner), died_on = \(person.diedOn?.iso),
                retired_on = \(person.retiredOn?.iso), contribution_base_fen = \(person.contributionBase?.fen)
                WHERE id = \(person.id.value)
                """)
            guard changed == 1 else {
                throw StoreError.inconsistent(detail: "no saved person \(person.id.masked) to update")
            }
        case .addBinding(let binding):
            let (form, quota): (String, Int64?) =
                switch binding.form {
                case .ordered: ("ordered", nil)
                case .quota(let amount): ("quota", amount.fen)
                }
            try session.run(
                """
                INSERT INTO bindings (payer, beneficiary, relation, form, quota_fen, since) VALUES
                (\(binding.payer.value), \(binding.beneficiary.value), \(binding.relation.rawValue), \(form),
                 \(quota), \(binding.since.iso))
                """)
        case .removeBinding(let payer, let beneficiary):
            let removed = try session.run(
                "DELETE FROM bindings WHERE payer = \(payer.value) AND beneficiary = \(beneficiary.value)")
            guard removed == 1 else {
                throw StoreError.inconsistent(detail: "no saved binding \(payer.masked) → \(beneficiary.masked)")
            }
        case .setPayerOrder(let order):
            try session.run("DELETE FROM payer_orders WHERE beneficiary = \(order.beneficiary.value)")
            for (position, payer) in order.payers.enumerated() {
                try session.run(
                    """
                    INSERT INTO payer_orders (beneficiary, position, payer)
                    VALUES (\(order.beneficiary.value), \(position), \(payer.value))
                    """)
            }
        case .addLedgerEntry(var entry):
            let rows = try session.rows(
                """
                INSERT INTO ledger (account, date, kind, amount_fen, counterparty, note)
                VALUES (\(entry.account.value), \(entry.date.iso), \(entry.kind.rawValue), \(entry.amount.fen),
                        \(entry.counterparty?.value), \(entry.note))
                RETURNING id
                """)
            guard let id = try rows.first?.decode(Int64.self) else {
                throw StoreError.inconsistent(detail: "a ledger line was saved without an id")
            }
            entry.id = id
            return .addLedgerEntry(entry)
        case .recordPersonEvent(var event):
            let rows = try session.rows(
                """
                INSERT INTO person_events (person, date, kind, field, old_value, new_value)
                VALUES (\(event.person.value), \(event.date.iso), \(event.kind.rawValue), \(event.field.rawValue),
                        \(event.oldValue), \(event.newValue))
                RETURNING id
                """)
            if let id = try rows.first?.decode(Int64.self) { event.id = id }
            return .recordPersonEvent(event)
        case .recordBindingEnd(let end):
            let binding = end.binding
            let (form, quota): (String, Int64?) =
                switch binding.form {
                case .ordered: ("ordered", nil)
                case .quota(let amount): ("quota", amount.fen)
                }
            try session.run(
                """
                INSERT INTO binding_ends (payer, beneficiary, relation, form, quota_fen, since, ended_on, reason,
                    quota_returned_fen)
                VALUES (\(binding.payer.value), \(binding.beneficiary.value), \(binding.relation.rawValue), \(form),
                        \(quota), \(binding.since.iso), \(end.endedOn.iso), \(end.reason.rawValue), \(end.quotaReturned.fen))
                """)
        case .markPending(let person):
            try session.run(
                "INSERT INTO pending_persons (person) VALUES (\(person.value)) ON CONFLICT (person) DO NOTHING")
        case .confirmPerson(let person):
            try session.run("DELETE FROM pending_persons WHERE person = \(person.value)")
        }
        return change
    }
}

/// The PostgreSQL engine's steps, on the transaction's session.
struct PostgresStepEngine: ChangeStepEngine {
    let session: PostgresSession

    func household(asOf date: CivilDate) throws -> Household { try PostgresStore.household(session, asOf: date) }
    func apply(_ change: Change) throws -> Change { try PostgresStore.apply(change, session) }
    func ledgerLines(of accounts: Set<ResidentID>, after date: CivilDate, through today: CivilDate) throws
        -> [LedgerEntry]
    {
        try PostgresStore.ledgerLines(session, of: accounts, after: date, through: today)
    }
    func hasCredit(account: ResidentID, month: String) throws -> Bool {
        try session.rows(
            """
            SELECT EXISTS (SELECT 1 FROM ledger WHERE account = \(account.value) AND date >= \(month + "-01")
                AND date <= \(month + "-31") AND kind = 'credit')
            """
        ).first?.decode(Bool.self) ?? false
    }
}
