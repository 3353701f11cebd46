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
    /// Every dated change to people's records (edits, deaths), oldest first.
    public var personEvents: [PersonEvent] = []
    /// Every binding that ended by itself, with the quota returned, oldest first.
    public var bindingEnds: [BindingEnd] = []
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
            var export = StoreExport(
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
            export.personEvents = try Store.personEvents(db)
            export.bindingEnds = try Store.bindingEnds(db)
            return export
        }
    }
}

extension StoreExport {
    /// Reads an export; one written before life events (no `personEvents`, no `bindingEnds`) reads as
    /// having none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            format: try c.decode(String.self, forKey: .format), schemaVersion: try c.decode(Int.self, forKey: .schemaVersion),
            lastChange: try c.decodeIfPresent(String.self, forKey: .lastChange),
            persons: try c.decode([Person].self, forKey: .persons), bindings: try c.decode([Binding].self, forKey: .bindings),
            payerOrders: try c.decode([PayerOrder].self, forKey: .payerOrders),
            ledger: try c.decode([LedgerEntry].self, forKey: .ledger), audit: try c.decode([AuditEntry].self, forKey: .audit))
        personEvents = try c.decodeIfPresent([PersonEvent].self, forKey: .personEvents) ?? []
        bindingEnds = try c.decodeIfPresent([BindingEnd].self, forKey: .bindingEnds) ?? []
        pending = try c.decodeIfPresent([ResidentID].self, forKey: .pending)
    }
}

extension Array {
    /// Nil for an empty array, so an optional list is left out of JSON when there is nothing in it.
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
