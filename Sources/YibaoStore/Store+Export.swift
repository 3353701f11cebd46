import GRDB
import YibaoCore

/// Everything in a store, for `yibao export` (JSON): persons, bindings, payer orders, every ledger line
/// (oldest first) and the whole audit trail (oldest first). Balances are not included: they are sums.
public struct StoreExport: Hashable, Sendable, Codable {
    /// `yibao-store`.
    public var format: String
    /// The store's format version (`PRAGMA user_version`).
    public var schemaVersion: Int
    /// When the last change was saved, if ever.
    public var lastChange: String?
    public var persons: [Person]
    public var bindings: [Binding]
    public var payerOrders: [PayerOrder]
    public var ledger: [LedgerEntry]
    public var audit: [AuditEntry]
    /// People added at a kiosk and not yet confirmed; absent (not written) when there are none.
    public var pending: [ResidentID]?

    public init(
        format: String, schemaVersion: Int, lastChange: String?, persons: [Person], bindings: [Binding],
        payerOrders: [PayerOrder], ledger: [LedgerEntry], audit: [AuditEntry], pending: [ResidentID]? = nil
    ) {
        self.format = format
        self.schemaVersion = schemaVersion
        self.lastChange = lastChange
        self.persons = persons
        self.bindings = bindings
        self.payerOrders = payerOrders
        self.ledger = ledger
        self.audit = audit
        self.pending = pending
    }
}

extension Store {
    /// The whole store, read in one consistent snapshot.
    public func export() throws(StoreError) -> StoreExport {
        try read { db in
            StoreExport(
                format: try Store.meta(db, "format") ?? Schema.formatName,
                schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                lastChange: try Store.meta(db, "last_change"),
                persons: try Store.persons(db),
                bindings: try Store.bindings(db),
                payerOrders: try Store.payerOrders(db).map { PayerOrder(beneficiary: $0.key, payers: $0.value) }
                    .sorted { $0.beneficiary < $1.beneficiary },
                ledger: try Row.fetchAll(
                    db, sql: "SELECT \(StoreRows.ledgerColumns) FROM ledger ORDER BY date, id"
                ).map(StoreRows.ledgerEntry),
                audit: try Store.auditEntries(db, sql: "SELECT * FROM audit ORDER BY id"),
                pending: try Store.pendingPersons(db).sorted().nilIfEmpty)
        }
    }
}

extension Array {
    /// Nil for an empty array, so an optional list is left out of JSON when there is nothing in it.
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
